// The explore page: the timeline and the map as one view, with its state in the address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type SiteSession } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const ready = async (page: import('playwright-core').Page) => {
  await page.waitForSelector('site-map[data-ready]');
  await page.waitForSelector('site-timeline .tl-mark');
};

describe.each(LANGS)('the explore page in %s', (lang) => {
  it('opens an event’s place on the map when the event is chosen on the timeline', async () => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/explore/`);
    await ready(page);
    await page.click('site-timeline .tl-mark[data-event-id="tadamon-massacre"] rect');
    await expect
      .poll(() => page.locator('.leaflet-popup-content').textContent())
      .toContain(lang === 'ar' ? 'التضامن' : 'Tadamon');
    expect(page.url()).toContain('event=tadamon-massacre');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('narrows the map to the places of the chapters and the time still shown', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/explore/`);
    await ready(page);
    for (const chapter of ['tadamon', 'caesar-photos', 'caesar-act', 'none'])
      await page.uncheck(`site-timeline input[value="${chapter}"]`);
    // Only the Victoria chapter is left: Istanbul, Homs, al-Waer, the hospital and the cemetery.
    await expect.poll(() => page.getAttribute('site-map', 'data-shown-places')).toBe('5');
    expect(page.url()).toContain('hide=tadamon,caesar-photos,caesar-act,none');
    await page.check('site-timeline input[value="none"]');
    await expect.poll(async () => Number(await page.getAttribute('site-map', 'data-shown-places'))).toBeGreaterThan(5);
    await context.close();
  });

  it('selects a place’s first event on the timeline when the place is chosen on the map', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/explore/#at=41.01,28.98,9`);
    await ready(page);
    await page.locator('.leaflet-marker-icon.map-place').first().click();
    await expect
      .poll(() => page.locator('site-timeline .tl-mark[aria-current="true"]').getAttribute('data-event-id'))
      .toBe('victoria-documents');
    await context.close();
  });
});

describe('the explore page’s address', () => {
  it('restores selection and filters, and ignores what it does not know', async () => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(`${site.base}/en/explore/#event=caesar-act&hide=tadamon,martians&from=2019-01-01&to=2021-12-31`);
    await ready(page);
    await expect
      .poll(() => page.locator('site-timeline .tl-mark[aria-current="true"]').getAttribute('data-event-id'))
      .toBe('caesar-act');
    expect(await page.isChecked('site-timeline input[value="tadamon"]')).toBe(false);
    const ticks = (await page.locator('site-timeline .tl-axis .tick text').allTextContents()).join(' ');
    expect(ticks).not.toMatch(/2012|2024/);
    // 2019–2021 without Tadamon: the Caesar Act's Washington and the Koblenz court.
    await expect.poll(() => page.getAttribute('site-map', 'data-shown-places')).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });
});
