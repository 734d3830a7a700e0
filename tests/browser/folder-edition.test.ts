// The folder edition as a reader gets it: the archive from dist/download/ unzipped into a fresh
// temporary folder and opened from file:// in Chromium with no special flag. Navigation by links
// alone, the timeline and the map drawn, and no console error (module scripts, fetch and workers
// would all fail here, loudly).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';
import { launchChromium, recordCspViolations } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let browser: Browser;
let folder: string;
let root: string;

beforeAll(async () => {
  assertBuilt();
  folder = mkdtempSync(join(tmpdir(), 'folder-edition-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(DIST, ARCHIVE_FILE))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  root = join(folder, ARCHIVE_FOLDER);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A page that records console errors, failed loads, Content-Security-Policy violations (the
 * folder edition keeps the web edition's policy, docs/security.md) and any request that is not a
 * local file. */
async function filePage(): Promise<{ page: Page; errors: string[]; notFile: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  await recordCspViolations(context, errors);
  const page = await context.newPage();
  const notFile: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`failed to load ${request.url()}`));
  page.on('request', (request) => {
    if (!/^(file|data|about):/.test(request.url())) notFile.push(request.url());
  });
  return { page, errors, notFile };
}

describe('the folder edition, opened from file://', () => {
  it('is one folder with the bilingual chooser at its top', () => {
    const entries = Object.keys(unzipSync(readFileSync(join(DIST, ARCHIVE_FILE))));
    expect(entries.every((name) => name.startsWith(`${ARCHIVE_FOLDER}/`))).toBe(true);
    expect(entries).toContain(`${ARCHIVE_FOLDER}/index.html`);
    expect(entries.some((name) => name.includes('sw.js') || name.endsWith('.zip'))).toBe(false);
  });

  it('goes from index.html to an Arabic event page by links, with its map drawn', async () => {
    const { page, errors, notFile } = await filePage();
    await page.goto(pathToFileURL(join(root, 'index.html')).href);
    await page.click('a[hreflang="ar"]');
    expect(page.url()).toMatch(/\/ar\/index\.html$/);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // Under the web edition's policy ('self' is the folder here): any refusal is an error below.
    expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).toContain(
      "default-src 'self'",
    );
    await page.locator('.event-list a, ol a').filter({ hasText: 'مجزرة التضامن' }).first().click();
    expect(page.url()).toMatch(/\/ar\/events\/tadamon-massacre\/index\.html$/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('التضامن');
    await page.locator('site-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('site-map[data-ready]');
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    expect(
      await page.locator('.leaflet-marker-pane .map-place, .leaflet-marker-pane .map-cluster').count(),
    ).toBeGreaterThan(0);
    // The language switch leads to the same event in English.
    await page.click('a.lang-switch');
    expect(page.url()).toMatch(/\/en\/events\/tadamon-massacre\/index\.html$/);
    expect(errors).toEqual([]);
    expect(notFile).toEqual([]);
  });

  it.each([
    ['ar', 'قيصر', 'صور قيصر'],
    ['en', 'photographs', 'Caesar'],
  ] as const)(
    'searches in %s from the header box, with MiniSearch, and a result opens its page',
    async (lang, query, expected) => {
      const { page, errors, notFile } = await filePage();
      await page.goto(pathToFileURL(join(root, lang, 'about', 'index.html')).href);
      await page.fill('.header-search input[name="q"]', query);
      await page.press('.header-search input[name="q"]', 'Enter');
      await page.waitForURL(/\/search\/index\.html\?q=/);
      const results = page.locator('site-search .search-results li');
      await expect.poll(() => results.count()).toBeGreaterThan(0);
      const titles = await page.locator('site-search .search-results h3').allTextContents();
      expect(titles.join(' | ')).toContain(expected);
      expect(await page.locator('site-search .search-results mark').count()).toBeGreaterThan(0);
      expect(await page.locator('site-search .search-status').textContent()).toMatch(/\d/);
      // Typing again searches as the reader types, and the address keeps the query.
      await page.fill('site-search input[name="q"]', lang === 'ar' ? 'التضامن' : 'Tadamon');
      await expect
        .poll(() => page.locator('site-search .search-results h3').first().textContent())
        .toMatch(lang === 'ar' ? /التضامن/ : /Tadamon/);
      await page.locator('site-search .search-results h3 a').first().click();
      await page.waitForURL(/\/events\/[a-z0-9-]+\/index\.html$/);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(errors).toEqual([]);
      expect(notFile).toEqual([]);
    },
  );

  it.each(LANGS)('draws the timeline in %s and its marks lead to event pages', async (lang) => {
    const { page, errors, notFile } = await filePage();
    await page.goto(pathToFileURL(join(root, lang, 'index.html')).href);
    await page.click(`.site-header nav a[href$="timeline/index.html"]`);
    await page.waitForSelector('site-timeline .tl-mark');
    expect(await page.locator('site-timeline .tl-mark').count()).toBeGreaterThan(10);
    // Choosing a mark opens its detail with a link built from the page's data, relative here.
    await page.locator('site-timeline .tl-mark[data-event-id="caesar-act"]').first().click();
    const href = await page.locator('site-timeline a[href*="caesar-act"]').first().getAttribute('href');
    expect(href).toMatch(/^\.\.\/events\/caesar-act\/index\.html$/);
    expect(errors).toEqual([]);
    expect(notFile).toEqual([]);
  });

  it.each(LANGS)('draws the map page in %s, and a popup links to an event file', async (lang) => {
    const { page, errors, notFile } = await filePage();
    await page.goto(pathToFileURL(join(root, lang, 'map', 'index.html')).href);
    await page.waitForSelector('site-map[data-ready]', { state: 'attached', timeout: 15_000 });
    expect(await page.locator('.leaflet-overlay-pane path.map-syria').count()).toBe(1);
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    const marker = page.locator('.leaflet-marker-pane .map-place').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.leaflet-popup .map-popup').count()).toBe(1);
    const link = page.locator('.leaflet-popup .map-popup a[href*="events/"]').first();
    expect(await link.getAttribute('href')).toMatch(/^\.\.\/events\/[a-z0-9-]+\/index\.html$/);
    // Followed as a click on the link itself: while the popup pans the map into view, a pointer
    // click can land on whatever is moving under it (it once waited out the test's time).
    await link.evaluate((a) => (a as HTMLAnchorElement).click());
    await page.waitForURL(/\/events\/[a-z0-9-]+\/index\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(errors).toEqual([]);
    expect(notFile).toEqual([]);
  });
});
