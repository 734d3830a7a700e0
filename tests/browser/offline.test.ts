// Saving the web edition for offline reading, in real Chromium over http://127.0.0.1: the
// reader saves once, the network is cut, and pages never visited open (with or without the
// trailing slash), with the timeline and the map; a cache with files missing falls back to the
// network; a save the server cannot complete names the missing files, keeps nothing and succeeds
// once they are back; a new version, published while two pages are open, waits (never shown as
// 100% saved) until the reader reloads, and then every open page runs the new code, while an
// embedded view (which the worker does not store) runs the new code at once. The site is
// served from a copy of dist/, so a test can take a file away or publish a "new version".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';

let browser: Browser;
let server: Server;
let copy: string;
let base: string;

beforeAll(async () => {
  assertBuilt();
  copy = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(DIST, copy, { recursive: true });
  server = await serve(copy, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  foreign: string[];
}

async function session(): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  context.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  return { context, page, errors, foreign };
}

/** Presses "Save for offline reading" on a page and waits for the control to say it is done. */
async function saveForOffline(page: Page, path: string): Promise<void> {
  await page.goto(base + path);
  const control = page.locator('site-offline');
  await expect.poll(() => control.isVisible()).toBe(true);
  await page.click('site-offline .save-button');
  await page.waitForSelector('site-offline[data-state="done"]', { timeout: 90_000 });
}

describe('saving the web edition for offline reading', () => {
  it('shows the size before saving, then progress, then done', async () => {
    const { context, page } = await session();
    await page.goto(`${base}/ar/`);
    const hint = page.locator('site-offline .hint');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/نحو [\d.]+ (ميغابايت|كيلوبايت)/);
    const seen = new Set<string>();
    page.on('console', () => {}); // keep the page busy-free; progress is read from the DOM
    await page.click('site-offline .save-button');
    await expect
      .poll(
        async () => {
          seen.add((await page.getAttribute('site-offline', 'data-state')) ?? '');
          return seen.has('done');
        },
        { timeout: 90_000, interval: 100 },
      )
      .toBe(true);
    expect(seen.has('saving')).toBe(true);
    expect(await page.locator('site-offline .state').textContent()).toBe(
      'تمّ الحفظ. صار الموقع يُفتح في هذا المتصفح دون اتصال.',
    );
    await context.close();
  }, 150_000);

  it('opens five pages never visited once the network is cut, with the timeline and the map', async () => {
    const { context, page, errors, foreign } = await session();
    await saveForOffline(page, '/en/');
    await context.setOffline(true);
    const pages: [string, string][] = [
      ['/ar/events/caesar-act/', 'قانون قيصر'],
      ['/en/events/victoria-documents/', 'Victoria'],
      ['/ar/about/', ''],
      ['/en/about', 'About'],
      ['/en/timeline/', ''],
      ['/ar/map/', ''],
    ];
    for (const [path, title] of pages) {
      const response = await page.goto(base + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').first().textContent(), path).toContain(title);
      // Asked for without its slash, the page is sent to the stored one.
      expect(page.url(), path).toBe(`${base}${path.replace(/\/?$/, '/')}`);
    }

    await page.waitForSelector('site-map[data-ready]');
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    // In Debian's Chromium 150, navigator.onLine stayed true in these pages (all served by the
    // service worker) after the context went offline; setting this page's own session offline
    // flips it and fires the "offline" event the notice listens for.
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect.poll(() => page.locator('site-offline .offline-now').isVisible()).toBe(true);
    await page.goto(`${base}/en/timeline/`);
    await page.waitForSelector('site-timeline .tl-mark');
    expect(await page.locator('site-offline .offline-now').textContent()).toBe('You are reading offline.');
    // Search, in both languages, from Pagefind's precached index (every file by its content-hashed name).
    for (const [lang, query, expected] of [
      ['ar', 'قيصر', 'صور «قيصر»'],
      ['en', 'photographs', 'Caesar'],
    ] as const) {
      expect((await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`))?.ok()).toBe(true);
      const titles = page.locator('site-search .search-results h3');
      await expect.poll(() => titles.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect((await titles.allTextContents()).join(' | ')).toContain(expected);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 150_000);

  it('falls back to the network when files are missing from the stored copy, and offers to save again', async () => {
    const { context, page, errors } = await session();
    await saveForOffline(page, '/en/');
    const removed = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('workbox-precache'))!;
      const cache = await caches.open(name);
      const keys = (await cache.keys()).filter((request) => /\/ar\/sources\/index\.html/.test(request.url));
      await Promise.all(keys.map((request) => cache.delete(request)));
      return keys.length;
    });
    expect(removed).toBe(1);
    const response = await page.goto(`${base}/ar/sources/`);
    expect(response?.ok()).toBe(true);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    // The control notices the gap and lets the reader save again, which refills the copy.
    await page.waitForSelector('site-offline[data-state="failed"]');
    await page.click('site-offline .save-button');
    await page.waitForSelector('site-offline[data-state="done"]', { timeout: 90_000 });
    await context.setOffline(true);
    expect((await page.goto(`${base}/ar/sources/`))?.ok()).toBe(true);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  }, 150_000);

  it('names the files a save could not fetch, keeps nothing, and saves once the server has them', async () => {
    const { context, page } = await session();
    const missing = join(copy, 'ar', 'sources', 'index.html');
    renameSync(missing, `${missing}.away`);
    try {
      await page.goto(`${base}/en/about/`);
      await page.click('site-offline .save-button');
      await page.waitForSelector('site-offline[data-state="failed"]', { timeout: 90_000 });
      expect(await page.locator('site-offline .state').textContent()).toBe(
        "Saving did not finish: 1 of the site's files could not be fetched (\u2068/ar/sources/\u2069). Nothing was kept; try again later.",
      );
      const left = await page.evaluate(async () => ({
        caches: (await caches.keys()).filter((name) => name.startsWith('workbox-precache')),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(left).toEqual({ caches: [], workers: 0 });
    } finally {
      renameSync(`${missing}.away`, missing);
    }
    await page.click('site-offline .save-button');
    await page.waitForSelector('site-offline[data-state="done"]', { timeout: 90_000 });
    await context.close();
  }, 200_000);

  it('publishes a new version while two pages are open: no page says 100% until it is used, then all use it', async () => {
    const { context, page: home, errors } = await session();
    // Every text the control shows, from every page, across reloads.
    await context.addInitScript(() => {
      const seen = JSON.parse(sessionStorage.getItem('states') ?? '[]') as string[];
      const record = () => {
        const state = document.querySelector('site-offline .state');
        if (state?.textContent) seen.push(state.textContent);
        sessionStorage.setItem('states', JSON.stringify(seen));
      };
      document.addEventListener('DOMContentLoaded', () => {
        const control = document.querySelector('site-offline');
        if (control)
          new MutationObserver(record).observe(control, { subtree: true, childList: true, characterData: true });
      });
    });
    await saveForOffline(home, '/en/');
    const timeline = await context.newPage();
    await timeline.goto(`${base}/en/timeline/`);
    await timeline.waitForSelector('site-timeline .tl-mark');

    // A new build: a changed timeline script (so a new name) and the two pages that load it.
    const oldScript = readdirSync(join(copy, 'js')).find((f) => /^site-timeline\.[0-9a-f]{10}\.js$/.test(f))!;
    const newCode = `${readFileSync(join(copy, 'js', oldScript), 'utf8')};window.siteBuild="new";`;
    const newScript = `site-timeline.${createHash('sha256').update(newCode).digest('hex').slice(0, 10)}.js`;
    const changed = ['en/index.html', 'en/timeline/index.html'];
    const embed = 'embed/en/timeline/index.html';
    const originals = new Map([...changed, embed, 'sw.js'].map((f) => [f, readFileSync(join(copy, f), 'utf8')]));
    try {
      writeFileSync(join(copy, 'js', newScript), newCode);
      for (const file of [...changed, embed])
        writeFileSync(
          join(copy, file),
          originals.get(file)!.replaceAll(oldScript, newScript).replace('</h1>', ' (new version)</h1>'),
        );
      // generateSW lists each file with a hash of its content: the changed pages get new ones.
      let sw = originals.get('sw.js')!.replace(`js/${oldScript}`, `js/${newScript}`);
      for (const file of changed)
        sw = sw.replace(new RegExp(`(url:"${file.replaceAll('/', '\\/')}",revision:")[0-9a-f]+`), '$1new-version');
      expect(sw.match(/new-version/g)).toHaveLength(2);
      writeFileSync(join(copy, 'sw.js'), sw);

      // The embedded view is not stored: it comes from the network, new, and runs the new code
      // though the old version is still in use (its script's name is not in the stored copy).
      const view = await context.newPage();
      await view.goto(`${base}/embed/en/timeline/`);
      expect(await view.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await expect.poll(() => view.evaluate(() => (window as { siteBuild?: string }).siteBuild)).toBe('new');
      await view.close();

      // A page opened now finds the new version; the stored copy still serves the old one.
      const about = await context.newPage();
      await about.goto(`${base}/en/about/`);
      for (const page of [home, timeline, about]) {
        const notice = page.locator('site-offline .update');
        await expect.poll(() => notice.isVisible(), { timeout: 60_000 }).toBe(true);
        expect(await notice.textContent()).toContain('A new version of this site is available.');
      }
      await about.waitForSelector('site-offline[data-state="update-ready"]');
      expect(await about.locator('site-offline .state').textContent()).toBe(
        'A newer version of the site is saved; it is used once you reload.',
      );
      expect(await home.locator('h1').first().textContent()).not.toContain('(new version)');

      await about.click('site-offline .reload');
      for (const page of [home, timeline]) {
        const build = () => page.evaluate(() => (window as { siteBuild?: string }).siteBuild).catch(() => undefined);
        await expect.poll(build, { timeout: 30_000 }).toBe('new');
        expect(await page.locator('h1').first().textContent()).toContain('(new version)');
        const scripts = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => new URL(r.name).pathname)
            .filter((p) => p.startsWith('/js/site-timeline.')),
        );
        expect(scripts).toEqual([`/js/${newScript}`]);
      }
      const seen = JSON.parse((await about.evaluate(() => sessionStorage.getItem('states'))) ?? '[]') as string[];
      const seenHome = JSON.parse((await home.evaluate(() => sessionStorage.getItem('states'))) ?? '[]') as string[];
      expect(seen).toContain('A newer version of the site is saved; it is used once you reload.');
      for (const text of [...seen, ...seenHome]) expect(text).not.toMatch(/100/);
    } finally {
      for (const [file, text] of originals) writeFileSync(join(copy, file), text);
      rmSync(join(copy, 'js', newScript), { force: true });
    }
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  }, 200_000);
});
