// Saving the web edition for offline reading, in real Chromium over http://127.0.0.1: the
// reader saves once, the network is cut, and pages never visited open, with the timeline and the
// map; a cache with files missing falls back to the network; a new version waits until the
// reader reloads. The site is served from a copy of dist/, so a test can publish a "new version".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      ['/en/timeline/', ''],
      ['/ar/map/', ''],
    ];
    for (const [path, title] of pages) {
      const response = await page.goto(base + path);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator('h1').first().textContent(), path).toContain(title);
    }
    await page.waitForSelector('site-map[data-ready]');
    expect(await page.locator('.leaflet-overlay-pane path.map-land').count()).toBeGreaterThan(20);
    expect(await page.locator('site-offline .offline-now').isVisible()).toBe(true);
    await page.goto(`${base}/en/timeline/`);
    await page.waitForSelector('site-timeline .tl-mark');
    expect(await page.locator('site-offline .offline-now').textContent()).toBe('You are reading offline.');
    // Search, in both languages, from Pagefind's precached index (its ?ts= request included).
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

  it('tells the reader about a new version and reloads the page whole into it', async () => {
    const { context, page } = await session();
    await saveForOffline(page, '/en/about/');
    // Publish a new version: a changed page, and so a changed service worker.
    const aboutFile = join(copy, 'en', 'about', 'index.html');
    const original = readFileSync(aboutFile, 'utf8');
    const swFile = join(copy, 'sw.js');
    const originalSw = readFileSync(swFile, 'utf8');
    try {
      writeFileSync(aboutFile, original.replace('</h1>', ' (new version)</h1>'));
      // generateSW lists each file with a hash of its content: the changed page gets a new one.
      const changedSw = originalSw.replace(/(url:"en\/about\/index\.html",revision:")[0-9a-f]+/, '$1new-version');
      expect(changedSw).not.toBe(originalSw);
      writeFileSync(swFile, changedSw);
      await page.reload();
      // The old version still serves this page until the reader chooses to reload.
      expect(await page.locator('h1').textContent()).not.toContain('(new version)');
      const notice = page.locator('site-offline .update');
      await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await notice.textContent()).toContain('A new version of this site is available.');
      await Promise.all([page.waitForEvent('load'), page.click('site-offline .reload')]);
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toContain('(new version)');
    } finally {
      writeFileSync(aboutFile, original);
      writeFileSync(swFile, originalSw);
    }
    await context.close();
  }, 150_000);
});
