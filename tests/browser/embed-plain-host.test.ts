// Embedded views on a host that sends no headers but Content-Type (GitHub Pages and plain static
// servers send no Access-Control-Allow-Origin): each view, in both languages, inside
// <iframe sandbox="allow-scripts allow-popups"> on a page from another origin (127.0.0.2), logs
// no error and has no failed request. A sandboxed frame's origin is opaque, so any web font it
// loaded would be a CORS request refused by such a host: the views load none
// (src/layouts/EmbedLayout.astro). The full site, served the same way, keeps its own fonts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../helpers/browser.ts';
import { serveHost } from '../../scripts/lib/host-page.mjs';

let site: SiteSession;
let host: { server: Server; origin: string };
beforeAll(async () => {
  site = await openSite({ bare: true });
  host = await serveHost(site.base);
});
afterAll(async () => {
  await new Promise((done) => host?.server.close(done));
  await site?.close();
});

interface Watched {
  page: Page;
  errors: string[];
  failed: string[];
  fonts: string[];
  close(): Promise<void>;
}

async function watched(): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const errors: string[] = [];
  const failed: string[] = [];
  const fonts: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.base) || url.startsWith(host.origin) || url.startsWith('data:')) return route.continue();
    failed.push(`foreign ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  return { page, errors, failed, fonts, close: () => context.close() };
}

describe.each(['ar', 'en'] as const)('embedded views in %s on a host that sends no headers', (lang) => {
  it.each([
    `/embed/${lang}/events/tadamon-massacre/`,
    `/embed/${lang}/timeline/?chapter=caesar-photos`,
    `/embed/${lang}/map/`,
  ])('%s: no console error, no failed request', async (path) => {
    const w = await watched();
    await w.page.goto(`${host.origin}/?src=${encodeURIComponent(site.base + path)}&height=400&script=1`);
    await expect.poll(() => w.page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
    const frame = w.page.frames().find((f) => f.url().includes('/embed/'))!;
    await frame.waitForLoadState('load');
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    await frame.locator('h1').first().waitFor();
    if (path.includes('timeline')) await frame.locator('site-timeline .tl-mark').first().waitFor();
    if (path.includes('map')) await frame.locator('site-map[data-ready]').waitFor();
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    // The host script sized the frame: the page and the frame talked across origins.
    await expect
      .poll(() => w.page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height))
      .toBeGreaterThan(400);
    // The text is set in the families the site names, as the reader's system has them.
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily)).toMatch(/serif/);
    expect(w.fonts).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
    await w.close();
  });
});

describe('the full site on the same host', () => {
  it.each(['ar', 'en'] as const)('/%s/ loads its own fonts, with no error', async (lang) => {
    const w = await watched();
    await w.page.goto(`${site.base}/${lang}/events/tadamon-massacre/`);
    await w.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const family = lang === 'ar' ? 'Noto Naskh Arabic' : 'Source Serif 4';
    expect(
      await w.page.evaluate(
        (f) => [...document.fonts].some((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded'),
        family,
      ),
    ).toBe(true);
    expect(w.fonts.length).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
    await w.close();
  });
});
