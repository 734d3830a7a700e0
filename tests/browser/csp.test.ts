// The site under its own Content-Security-Policy: every kind of page in both languages, served
// with the headers of public/_headers (scripts/serve.mjs sends them), with what each page's
// scripts do exercised: timeline marks drawn, maps drawn, the street map turned on, search results
// shown, the embed panel's snippet and preview, saving for offline started. Any
// securitypolicyviolation event or console error fails the test. Then the headers themselves: no
// other site may frame a page, but it may frame an embedded view. One page per language, reused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { openSite, recordCspViolations, watchedPage, type SiteSession, type WatchedPage } from '../helpers/browser.ts';
import { serveHost } from '../../scripts/lib/host-page.mjs';
import { LANGS } from '../../src/i18n/locales.ts';
import { STREET_TILE_ORIGIN } from '../../src/lib/csp.ts';

const POLICY = 'meta[http-equiv="content-security-policy"]';
// A 1×1 transparent PNG: what the stand-in tile server answers.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(LANGS)('the site in %s under its Content-Security-Policy', (lang) => {
  let watched: WatchedPage;
  const violations: string[] = [];
  const tiles: string[] = [];

  beforeAll(async () => {
    watched = await watchedPage(site);
    await recordCspViolations(watched.context, violations);
    // The street map's tiles, answered here instead of by OpenStreetMap: the policy is what may
    // refuse them, before any request.
    await watched.page.route(`${STREET_TILE_ORIGIN}/**`, (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
    });
  });
  afterAll(async () => {
    await watched?.context.close();
  });

  /** Opens a page of the site; it must come with its policy. */
  async function visit(path: string): Promise<void> {
    const response = await watched.page.goto(site.base + path);
    expect(response?.status(), path).toBe(200);
    expect(await watched.page.getAttribute(POLICY, 'content'), path).toContain("default-src 'self'");
  }

  /** Nothing refused by the policy, nothing logged as an error, nothing asked of another origin. */
  function clean(): void {
    expect(violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  }

  it('draws the timeline on the home, timeline and explore pages, and the explore map', async () => {
    const { page } = watched;
    for (const path of [`/${lang}/`, `/${lang}/timeline/`, `/${lang}/explore/`]) {
      await visit(path);
      await page.waitForSelector('site-timeline .tl-mark');
    }
    await page.waitForSelector('site-map[data-ready]');
    clean();
  });

  it('draws an event page’s map, and its embed panel makes the snippet and the preview', async () => {
    const { page } = watched;
    await visit(`/${lang}/events/tadamon-massacre/`);
    await page.locator('site-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('site-map[data-ready]');
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    const panel = page.locator('site-embed-code');
    await panel.locator('summary').click();
    // The panel's script loads on opening (embed-code-loader.js), shows the copy button and the preview.
    await panel.locator('[data-copy]').waitFor();
    await expect
      .poll(() => panel.locator('textarea').inputValue())
      .toContain(`${site.base}/embed/${lang}/events/tadamon-massacre/`);
    await panel.locator('select[name="view"]').selectOption('card');
    await expect.poll(() => panel.locator('textarea').inputValue()).toContain('view=card');
    const preview = page.frameLocator('[data-preview] iframe');
    await preview.locator('.embed-main').waitFor();
    clean();
  });

  it('draws the map page and lets the street map’s tiles in once the reader turns it on', async () => {
    const { page } = watched;
    await visit(`/${lang}/map/`);
    await page.waitForSelector('site-map[data-ready]');
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    expect(tiles).toEqual([]);
    await page.click('[data-street-toggle]');
    await expect.poll(() => page.locator('.leaflet-tile-pane img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(tiles.every((url) => url.startsWith(`${STREET_TILE_ORIGIN}/`))).toBe(true);
    await page.click('[data-street-toggle]'); // off again: the choice is remembered in this context
    clean();
  });

  it('shows search results (Pagefind and its WebAssembly)', async () => {
    const { page } = watched;
    await visit(`/${lang}/search/?q=${encodeURIComponent(lang === 'ar' ? 'حمص' : 'Homs')}`);
    await expect.poll(() => page.locator('site-search .search-results li').count()).toBeGreaterThan(0);
    expect(await page.locator('site-search .search-results mark').count()).toBeGreaterThan(0);
    clean();
  });

  it('shows the sources, about, classroom and download pages; a violation there would be heard', async () => {
    for (const path of ['sources', 'about', 'classroom', 'download']) await visit(`/${lang}/${path}/`);
    clean();
    // The recorder works: a style attribute set from script is refused, and heard.
    await watched.page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await expect.poll(() => violations.join()).toContain('style-src-attr');
    violations.length = 0;
    watched.errors.length = 0; // the browser logs the refusal too
  });

  it('draws the embedded event, timeline and map views', async () => {
    const { page } = watched;
    await visit(`/embed/${lang}/events/tadamon-massacre/`);
    await page.waitForSelector('.embed-main h1, .embed-main h2');
    await visit(`/embed/${lang}/timeline/`);
    await page.waitForSelector('site-timeline .tl-mark');
    await visit(`/embed/${lang}/map/`);
    await page.waitForSelector('site-map[data-ready]');
    clean();
  });

  it('starts saving the site for offline reading', async () => {
    const { page } = watched;
    await visit(`/${lang}/about/`);
    await page.click('site-offline .save-button');
    // The worker is registered and filling its cache: files are being stored.
    await expect
      .poll(() => page.locator('site-offline .progress').evaluate((bar) => (bar as HTMLProgressElement).value))
      .toBeGreaterThan(0);
    expect(await page.locator('site-offline').getAttribute('data-state')).not.toBe('failed');
    clean();
  });
});

describe('the policy’s headers (public/_headers)', () => {
  let host: { server: Server; origin: string };
  beforeAll(async () => {
    host = await serveHost(site.base);
  });
  afterAll(async () => {
    await new Promise((done) => host?.server.close(done));
  });

  it('are sent with the pages: frame-ancestors except on embedded views, nosniff, no-referrer', async () => {
    for (const [path, framed] of [
      ['/', false],
      ['/ar/', false],
      ['/en/search/', false],
      ['/embed/ar/timeline/', true],
    ] as const) {
      const { headers } = await fetch(site.base + path);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(headers.get('content-security-policy'), path).toContain("object-src 'none'");
      expect(headers.get('content-security-policy')!.includes("frame-ancestors 'none'"), path).toBe(!framed);
    }
  });

  it('let a page on another site frame an embedded view, and no other page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const hostPage = (src: string) => `${host.origin}/?script=0&src=${encodeURIComponent(src)}`;

    await page.goto(hostPage(`${site.base}/embed/en/timeline/`));
    await page.frameLocator('#embedded').locator('site-timeline .tl-mark').first().waitFor();

    const refused: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && msg.text().includes('frame-ancestors')) refused.push(msg.text());
    });
    await page.goto(hostPage(`${site.base}/en/about/`));
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    // The frame holds the browser's error page, not the site's.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(frame.url()).not.toContain(site.base);
    await context.close();
  });
});
