// Classroom pages, "Cite this page" and the printed handout, in real Chromium: axe's WCAG 2.1 AA
// rules on the new pages, copy buttons that copy the citation, and the print media that drops
// navigation and widgets but keeps the content note, the sources' full addresses and the head
// line with the permanent address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type SiteSession } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe.each(LANGS)('in %s', (lang) => {
  it.each(['/{lang}/classroom/', '/{lang}/classroom/tadamon/', '/{lang}/classroom/caesar-act/'])(
    '%s loads cleanly and passes axe',
    async (template) => {
      const path = template.replace('{lang}', lang);
      const { page, context, errors, foreignRequests } = await watchedPage(site);
      expect((await page.goto(site.base + path))?.status()).toBe(200);
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    },
  );

  it('a classroom page prints without navigation, with its head line and content note', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/classroom/tadamon/`);
    expect(await page.locator('.print-head').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.print-head').isVisible()).toBe(true);
    expect(await page.locator('.content-note').isVisible()).toBe(true);
    expect(await page.locator('.print-head').textContent()).toContain(`https://example.org/${lang}/classroom/tadamon/`);
    await context.close();
  });

  it('an event page prints as a handout: no navigation, map or cite section; full source addresses; content note kept', async () => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/events/tadamon-massacre/`);
    // The map starts when it comes near the viewport.
    await page.locator('site-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('site-map[data-ready]', { state: 'attached' });
    expect(await page.locator('.map-frame').isVisible()).toBe(true);
    expect(await page.locator('.site-header nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-footer',
      '.skip-link',
      '.map-frame',
      '.cite-page',
      'section[aria-labelledby="related-heading"]',
      '.classroom-link',
    ])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    for (const shown of ['.print-head', '.content-note', '.claims', '.source-notes', '.corrections', '.place-grid'])
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    // The address of each source link is printed after it.
    const after = await page
      .locator('.source-notes .source-links a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" https?:\/\//);
    // Entries are not split across pages.
    expect(
      await page
        .locator('.source-notes li')
        .first()
        .evaluate((li) => getComputedStyle(li).breakInside),
    ).toBe('avoid');
    expect(await page.locator('.content-note').evaluate((n) => getComputedStyle(n).breakInside)).toBe('avoid');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Cite this page" copies a citation, and names each copy button', async () => {
    const { page, context, errors } = await watchedPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
    await page.goto(`${site.base}/${lang}/events/caesar-act/`);
    const buttons = page.locator('.cite-page button.cite-copy');
    expect(await buttons.count()).toBe(3);
    expect(await buttons.nth(1).getAttribute('aria-label')).toMatch(/MLA/);
    await buttons.nth(0).click();
    await expect.poll(() => page.locator('.cite-copy-status').first().textContent()).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('.citation[data-style="apa"]').textContent())!.replace(/\s+/g, ' ').trim());
    expect(copied).toContain(`https://example.org/${lang}/events/caesar-act/`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
