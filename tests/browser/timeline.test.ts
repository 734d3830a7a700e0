// The D3 timeline in real Chromium: direction, keyboard, deep links, the two clocks,
// scrollytelling on the home page, reduced motion, console and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchedPage, type SiteSession } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const mark = (id: string) => `site-timeline .tl-mark[data-event-id="${id}"]`;
async function markCentre(page: Page, id: string): Promise<number> {
  const box = await page.locator(mark(id)).first().locator('rect').boundingBox();
  if (!box) throw new Error(`no mark for ${id}`);
  return box.x + box.width / 2;
}
/**
 * A mark's centre once it has stopped moving: switching clocks animates the marks (for 600 ms
 * unless the reader asks for reduced motion), so read until two reads 100 ms apart agree.
 */
async function settledMarkCentre(page: Page, id: string): Promise<number> {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await markCentre(page, id);
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 100 },
    )
    .toBe(true);
  return last;
}
const activeId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.eventId ?? null);

describe.each(LANGS)('the timeline page in %s', (lang) => {
  it('draws the chart with no console error, no request elsewhere, and passes axe', async () => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/`);
    await page.waitForSelector('site-timeline .tl-mark');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it(`runs time ${lang === 'ar' ? 'right to left' : 'left to right'}: the 2013 Tadamon mark and the 2021 Victoria mark`, async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/`);
    const tadamon2013 = await markCentre(page, 'tadamon-massacre');
    await page.check('site-timeline input[value="revealed"]');
    const victoria2021 = await settledMarkCentre(page, 'victoria-documents');
    if (lang === 'ar') expect(tadamon2013).toBeGreaterThan(victoria2021);
    else expect(tadamon2013).toBeLessThan(victoria2021);
    await context.close();
  });

  it('walks through every event with the arrow keys, in time order, following reading direction', async () => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/`);
    const listOrder = await page.$$eval('site-timeline ol.event-list > li', (lis) =>
      lis.map((li) => (li as HTMLElement).dataset.eventId),
    );
    await page.focus('site-timeline .tl-mark[tabindex="0"]');
    await page.keyboard.press('Home');
    const walked = [await activeId(page)];
    const next = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    for (let i = 1; i < listOrder.length; i++) {
      await page.keyboard.press(next);
      walked.push(await activeId(page));
    }
    expect(walked).toEqual(listOrder);
    // The other arrow goes back in time; End and Home reach the ends.
    await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
    expect(await activeId(page)).toBe(listOrder[listOrder.length - 2]);
    await page.keyboard.press('Home');
    expect(await activeId(page)).toBe(listOrder[0]);
    // The selection is announced.
    const firstTitle = await page
      .locator(`site-timeline ol.event-list > li[data-event-id="${listOrder[0]}"] .what`)
      .textContent();
    expect(await page.locator('site-timeline [aria-live]').textContent()).toContain(firstTitle!.trim());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the focused event with Enter', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/#caesar-act`);
    await page.focus(mark('caesar-act'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.base}/${lang}/events/caesar-act/`);
    await context.close();
  });

  it('zooms with + and - and the buttons', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/`);
    const span = async () =>
      Math.abs((await markCentre(page, 'tadamon-massacre')) - (await markCentre(page, 'caesar-flees')));
    const before = await span();
    await page.focus(mark('tadamon-massacre'));
    await page.keyboard.press('+');
    expect(await span()).toBeCloseTo(before * 2, 0);
    await page.keyboard.press('-');
    expect(await span()).toBeCloseTo(before, 0);
    await page.click('site-timeline button[data-zoom="in"]');
    await expect.poll(span).toBeGreaterThan(before * 1.9);
    await page.click('site-timeline button[data-zoom="reset"]');
    await expect.poll(span).toBeLessThan(before * 1.1);
    await context.close();
  });
});

describe('deep links', () => {
  it.each(LANGS)('open with the event selected and in view, and the URL follows the selection (%s)', async (lang) => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/#victoria-documents`);
    const selected = page.locator('site-timeline .tl-mark[aria-current="true"]');
    await expect.poll(() => selected.getAttribute('data-event-id')).toBe('victoria-documents');
    const chart = (await page.locator('site-timeline .tl-chart').boundingBox())!;
    const x = await markCentre(page, 'victoria-documents');
    expect(x).toBeGreaterThan(chart.x);
    expect(x).toBeLessThan(chart.x + chart.width);
    await expect
      .poll(() => page.locator('site-timeline .tl-detail a').getAttribute('href'))
      .toBe(`/${lang}/events/victoria-documents/`);

    await page.click(`${mark('caesar-flees')} rect`);
    await page.waitForURL(`${site.base}/${lang}/timeline/#caesar-flees`);
    await page.goBack();
    await page.waitForURL(`${site.base}/${lang}/timeline/#victoria-documents`);
    await expect.poll(() => selected.getAttribute('data-event-id')).toBe('victoria-documents');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a range of dates from #from=…&to=…', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/en/timeline/#from=2013-01&to=2014-12`);
    const axis = await page.locator('site-timeline .tl-axis .tick text').allTextContents();
    expect(axis.join(' ')).toMatch(/2013|2014/);
    expect(axis.join(' ')).not.toMatch(/2020/);
    await context.close();
  });

  it.each([
    ['malformed escape', '#%E0%A4%A'],
    ['unknown id', '#no-such-event'],
    ['backwards range', '#from=2020&to=2010'],
    ['4,000 characters of markup', `#${'<b>x</b>'.repeat(500)}`],
  ])('ignores a bad fragment: %s', async (_name, hash) => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(`${site.base}/en/timeline/${hash}`);
    await page.waitForSelector('site-timeline .tl-mark');
    expect(await page.locator('site-timeline .tl-mark[aria-current="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the two clocks', () => {
  it.each(LANGS)('move marks between when it happened and when it became public (%s)', async (lang) => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${lang}/timeline/`);
    const happened = await markCentre(page, 'tadamon-massacre');
    const act = await markCentre(page, 'caesar-act');
    await page.check('site-timeline input[value="revealed"]');
    const revealed = await settledMarkCentre(page, 'tadamon-massacre');
    // 2013 → 2022: later, so further towards the inline end; an event with one date stays put.
    if (lang === 'ar') expect(revealed).toBeLessThan(happened);
    else expect(revealed).toBeGreaterThan(happened);
    expect(await settledMarkCentre(page, 'caesar-act')).toBeCloseTo(act, 0);
    // The link between the two dates is drawn.
    expect(await page.locator('site-timeline .tl-link').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('jumps without animation when the reader asks for reduced motion', async () => {
    const { page, context } = await watchedPage(site);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.base}/en/timeline/`);
    await page.check('site-timeline input[value="revealed"]');
    const immediately = await markCentre(page, 'tadamon-massacre');
    expect(await settledMarkCentre(page, 'tadamon-massacre')).toBeCloseTo(immediately, 0);
    await context.close();
  });

  it('filters by chapter', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/en/timeline/`);
    await page.uncheck('site-timeline input[value="tadamon"]');
    expect(await page.locator('site-timeline .tl-mark[data-chapter="tadamon"]').count()).toBe(0);
    expect(await page.locator('site-timeline .tl-mark[data-chapter="caesar-act"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the home page', () => {
  it.each([
    ['ar', 'desktop, chart sticky', { width: 1280, height: 900 }, 0.66],
    ['en', 'desktop, chart sticky', { width: 1280, height: 900 }, 0.66],
    ['ar', 'phone', { width: 390, height: 844 }, 0.47],
  ] as const)(
    'highlights the event being read as the reader scrolls the list (%s, %s)',
    async (lang, _mode, viewport, at) => {
      const { page, context, errors } = await watchedPage(site, { viewport });
      await page.goto(`${site.base}/${lang}/`);
      await page.waitForSelector('site-timeline .tl-mark');
      // Bring the entry into the band the reader's eye is on: below the sticky chart on wide screens.
      await page.locator('site-timeline li[data-event-id="caesar-act"]').evaluate((li, ratio) => {
        window.scrollBy(0, li.getBoundingClientRect().top - innerHeight * ratio);
      }, at);
      await expect
        .poll(() => page.locator('site-timeline .tl-mark[aria-current="true"]').getAttribute('data-event-id'))
        .toBe('caesar-act');
      expect(await page.locator('site-timeline li.is-reading').getAttribute('data-event-id')).toBe('caesar-act');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('keeps the list readable without JavaScript, and shows no control that would need it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/ar/`);
    expect(await page.locator('site-timeline .tl').isVisible()).toBe(false);
    expect(await page.locator('site-timeline ol.event-list > li').count()).toBeGreaterThan(20);
    await context.close();
  });
});

describe('the space the chart takes', () => {
  // The page reserves the chart's place, so drawing it moves nothing: what follows the chart
  // (the list) is where it was before the script ran. Fonts are settled before each reading.
  it.each(LANGS)('is reserved before the script runs, on a phone and on a wide screen (%s)', async (lang) => {
    const { page, context, errors } = await watchedPage(site);
    const listTop = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        return document.querySelector('site-timeline ol.event-list')!.getBoundingClientRect().top + scrollY;
      });
    for (const [path, width] of [
      [`/${lang}/timeline/`, 390],
      [`/${lang}/timeline/`, 1280],
      [`/${lang}/`, 1280],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.route('**/js/site-timeline.*', (route) => route.abort());
      await page.goto(`${site.base}${path}`);
      const before = await listTop();
      expect(await page.locator('site-timeline .tl-mark').count()).toBe(0);
      await page.unrouteAll();
      await page.goto(`${site.base}${path}`);
      await page.waitForSelector('site-timeline .tl-mark');
      expect(await listTop(), `${path} at ${width} px`).toBe(before);
    }
    // The blocked script is the only error.
    expect(errors.every((e) => /site-timeline/.test(e) || /ERR_FAILED/.test(e))).toBe(true);
    await context.close();
  });
});
