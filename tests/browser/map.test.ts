// The map in real Chromium, with every request to another origin blocked and recorded: the
// offline basemap draws, every place has its marker, popups open by keyboard and lead to the
// event in the same language, the address follows the selection, the street map stays off until
// asked, both directions work, and axe finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSite, watchedPage, type SiteSession } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { builtName } from '../helpers/dist.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const places = JSON.parse(readFileSync('content/places.json', 'utf8')) as {
  id: string;
  name: { ar: string; en: string };
}[];
const TILES = 'tile.openstreetmap.org';

async function ready(page: Page, path: string) {
  const response = await page.goto(site.base + path);
  expect(response?.status()).toBe(200);
  // A map below the fold is drawn when the reader scrolls near it.
  await page.locator('site-map').scrollIntoViewIfNeeded();
  await page.waitForSelector('site-map[data-ready]');
}

/** Places drawn: single dots plus the count each cluster stands for. */
const placesShown = (page: Page) =>
  page.evaluate(() => {
    const singles = document.querySelectorAll('.leaflet-marker-pane .map-place').length;
    const clustered = [...document.querySelectorAll('.leaflet-marker-pane .map-cluster')].reduce(
      (n, c) => n + Number(c.textContent),
      0,
    );
    return singles + clustered;
  });

/**
 * Waits out Leaflet's zoom and fade animations and the clusters' own, so axe reads colours as
 * they end up: no animation class on the map, no CSS transition running, every popup opaque.
 */
async function settled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim') &&
          document.getAnimations().length === 0 &&
          [...document.querySelectorAll('.leaflet-popup')].every((p) => getComputedStyle(p).opacity === '1'),
      ),
    )
    .toBe(true);
}

/**
 * The street map is off: no tile layer on the map, so nothing can ask OpenStreetMap for a tile
 * (Leaflet creates a layer's tile images, and so its requests, only while the layer is on the map).
 */
async function expectNoStreetTiles(page: Page) {
  await settled(page);
  expect(await page.locator('site-map .leaflet-tile-pane img, site-map .map--street').count()).toBe(0);
}

/**
 * Resolves once the map's loader (a deferred script, so in before the load event) has looked at
 * the page: observers report in the order they were made, so one made after it reports after it.
 */
const loaderHasLooked = (page: Page) =>
  page.evaluate(async () => {
    const map = document.querySelector('site-map')!;
    await new Promise<void>((done) => {
      const observer = new IntersectionObserver(() => {
        observer.disconnect();
        done();
      });
      observer.observe(map);
    });
  });

/** The map's own files, as the page names them: its code, the basemap and its stylesheet. */
const MAP_FILES = ['js/site-map.js', 'js/basemap.js', 'js/site-map.css'].map((f) => `/${builtName(f)}`).sort();

async function axe(page: Page) {
  await settled(page);
  return axeViolations(page);
}

describe.each(LANGS)('the map page in %s', (lang) => {
  it('draws the offline basemap and the occupied Golan, with no request elsewhere and no error', async () => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    await ready(page, `/${lang}/map/`);
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    expect(await page.locator('.leaflet-overlay-pane path.map-syria').count()).toBe(1);
    expect(await page.locator('.leaflet-overlay-pane path.map-golan').count()).toBe(1);
    expect(await page.locator('.leaflet-overlay-pane path.map-border').count()).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-labels-pane .map-label--occupied').textContent()).toBe(
      lang === 'ar' ? 'الجولان السوري المحتل' : 'Occupied Syrian Golan',
    );
    expect(await page.getAttribute('.map-pane', 'dir')).toBe('ltr');
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('has one marker for every place', async () => {
    const { page, context } = await watchedPage(site);
    await ready(page, `/${lang}/map/`);
    await page.click('[data-view-toggle]');
    await expect.poll(() => placesShown(page), { timeout: 5000 }).toBe(places.length);
    await context.close();
  });

  it('puts the zoom buttons at the inline end', async () => {
    const { page, context } = await watchedPage(site);
    await ready(page, `/${lang}/map/`);
    const corner = lang === 'ar' ? '.leaflet-top.leaflet-left' : '.leaflet-top.leaflet-right';
    expect(await page.locator(`${corner} .leaflet-control-zoom`).count()).toBe(1);
    expect(await page.getAttribute('.leaflet-control-zoom-in', 'title')).toBe(lang === 'ar' ? 'تكبير' : 'Zoom in');
    await context.close();
  });

  it('opens a popup from the keyboard, in the page language, whose link reaches the event in that language', async () => {
    const { page, context, errors } = await watchedPage(site);
    await ready(page, `/${lang}/map/`);
    const marker = page.locator('.leaflet-marker-pane .map-place').first();
    await marker.focus();
    const name = await marker.getAttribute('title');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup .map-popup');
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.getAttribute('lang')).toBe(lang);
    expect(await popup.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await popup.locator('h3').textContent()).toBe(name);
    // Focus moved into the popup: the next Tab reaches its first link.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('map-popup-name'))).toBe(true);
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(new RegExp(`^/${lang}/events/[a-z0-9-]+/$`));
    await page.keyboard.press('Enter');
    await page.waitForURL(site.base + href);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says "approximate" in the popup of an estimated place', async () => {
    const { page, context } = await watchedPage(site);
    await ready(page, `/${lang}/map/#tal-al-nasr-cemetery`);
    const popup = page.locator('.leaflet-popup .map-popup');
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.locator('h3').textContent()).toBe(
      places.find((p) => p.id === 'tal-al-nasr-cemetery')!.name[lang],
    );
    expect(await popup.locator('.map-popup-approx').textContent()).toMatch(lang === 'ar' ? /تقريبي/ : /Approximate/);
    // Its precision circle is drawn once its dot stands alone.
    await expect.poll(() => page.locator('.leaflet-overlay-pane path.map-precision').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('passes axe, with a popup open too', async () => {
    const { page, context } = await watchedPage(site);
    await ready(page, `/${lang}/map/`);
    await page.evaluate(() => document.fonts.ready);
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => (location.hash = '#daraa'));
    await page.waitForSelector('.leaflet-popup .map-popup');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe.each(LANGS)('the map page’s layout in %s', (lang) => {
  it('keeps the map’s room from the first paint: nothing moves when the map arrives', async () => {
    const { page, context, errors } = await watchedPage(site, { viewport: { width: 412, height: 823 } });
    // The map's code is held back until the page has been measured without it.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    let asked!: () => void;
    const requested = new Promise<void>((done) => (asked = done));
    await page.route(`${site.base}/${builtName('js/site-map.js')}`, async (route) => {
      asked();
      await held;
      await route.continue();
    });
    // Not waiting for the load event: a script added before it holds it back.
    await page.goto(`${site.base}/${lang}/map/`, { waitUntil: 'domcontentloaded' });
    await requested;
    await page.evaluate(() => document.fonts.ready);
    const boxes = () =>
      page.evaluate(() =>
        ['site-map .map-frame', 'site-map .map-pane', '#places-list'].map((selector) => {
          const { x, y, width, height } = document.querySelector(selector)!.getBoundingClientRect();
          return { selector, x, y, width, height };
        }),
      );
    const before = await boxes();
    expect(before[1]!.height).toBeGreaterThan(200);
    const shifts = await page.evaluateHandle(() => {
      const seen: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift' });
      return seen;
    });
    release();
    await page.waitForSelector('site-map[data-ready]');
    await settled(page);
    expect(await boxes()).toEqual(before);
    expect(await shifts.evaluate((seen) => seen)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the map address', () => {
  it('opens with the place in the hash selected, and follows the selection', async () => {
    const { page, context, errors } = await watchedPage(site);
    await ready(page, '/en/map/#tadamon');
    await expect.poll(() => page.locator('.leaflet-popup h3').textContent()).toBe('Tadamon neighbourhood');
    await page.locator('.leaflet-popup-close-button').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    await page.evaluate(() => (location.hash = '#daraa'));
    await expect.poll(() => page.locator('.leaflet-popup h3').textContent()).toBe('Daraa');
    await page.locator('.leaflet-popup-close-button').click();
    await page.locator('.leaflet-marker-pane .map-place[title="Daraa"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#daraa');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['#nowhere', '#%E0%A4%A', '#<b>x</b>', '#'])('ignores a bad hash (%s) and still draws', async (hash) => {
    const { page, context, errors } = await watchedPage(site);
    await ready(page, `/ar/map/${hash}`);
    expect(await page.locator('.leaflet-popup').count()).toBe(0);
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the optional street map', () => {
  it('requests no tile until the reader turns it on, then remembers the choice', async () => {
    const { page, context, foreignRequests } = await watchedPage(site);
    await ready(page, '/en/map/');
    const button = page.locator('[data-street-toggle]');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.map-street').textContent()).toContain('tile.openstreetmap.org');
    await page.mouse.wheel(0, 0);
    await expectNoStreetTiles(page);
    expect(foreignRequests).toEqual([]);

    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => foreignRequests.filter((u) => u.includes(TILES)).length).toBeGreaterThan(0);
    expect(foreignRequests.every((u) => u.startsWith(`https://${TILES}/`))).toBe(true);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');

    // Remembered on this device: the next visit starts with it on.
    foreignRequests.length = 0;
    await ready(page, '/ar/map/');
    expect(await page.getAttribute('[data-street-toggle]', 'aria-pressed')).toBe('true');
    await expect.poll(() => foreignRequests.filter((u) => u.includes(TILES)).length).toBeGreaterThan(0);

    // And turned off again, it stays off.
    await page.click('[data-street-toggle]');
    foreignRequests.length = 0;
    await ready(page, '/en/map/');
    await expectNoStreetTiles(page);
    expect(await page.getAttribute('[data-street-toggle]', 'aria-pressed')).toBe('false');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the map on an event page', () => {
  it('loads the map’s files only when the reader comes near it, then draws it', async () => {
    const { page, context, errors } = await watchedPage(site, { viewport: { width: 390, height: 844 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.base}/en/events/tadamon-massacre/`);
    await loaderHasLooked(page);
    // The place list is there, the map's frame keeps its room, and none of the map's files is asked for.
    expect(await page.locator('site-map .place').count()).toBeGreaterThan(0);
    expect(await page.locator('site-map .map-frame').isVisible()).toBe(true);
    expect(await page.locator(MAP_FILES.map((f) => `script[src="${f}"], link[href="${f}"]`).join(', ')).count()).toBe(
      0,
    );
    expect(requested.filter((path) => MAP_FILES.includes(path))).toEqual([]);
    expect(await page.locator('site-map[data-ready]').count()).toBe(0);

    await page.locator('site-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('site-map[data-ready]');
    expect(requested.filter((path) => MAP_FILES.includes(path)).sort()).toEqual(MAP_FILES);
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(LANGS)('shows every place of the event (%s), cleanly', async (lang) => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    await ready(page, `/${lang}/events/victoria-documents/`);
    const count = await page.locator('site-map .place').count();
    expect(count).toBeGreaterThan(1);
    await expect.poll(() => placesShown(page), { timeout: 5000 }).toBe(count);
    expect(await page.locator(`link[href="/${builtName('js/site-map.css')}"]`).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('loads neither map nor map styles on an event page without places', async () => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/en/events/geneva-ii-opens/`);
    expect(await page.locator('site-map').count()).toBe(0);
    expect(await page.locator('link[href^="/js/site-map."], script[src^="/js/site-map."]').count()).toBe(0);
    await context.close();
  });
});
