// The embedded views as a teacher's page shows them: each view inside
// <iframe sandbox="allow-scripts allow-popups"> on a page from another origin (127.0.0.2; the
// site is on 127.0.0.1), with the host script /embed.js. Checks that each renders in both
// languages, that the frame follows its content's height as it grows, that deep links work inside
// the frame, that "open in the full site" opens a tab, that nothing is requested from any other
// origin and nothing is logged as an error; then axe on the views and the embed code panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { openSite, watchedPage, type SiteSession } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { serveHost } from '../../scripts/lib/host-page.mjs';
import { LANGS } from '../../src/i18n/locales.ts';

let site: SiteSession;
let host: { server: Server; origin: string };
beforeAll(async () => {
  site = await openSite();
  host = await serveHost(site.base);
});
afterAll(async () => {
  await new Promise((done) => host?.server.close(done));
  await site?.close();
});

interface Hosted {
  page: Page;
  frame: Frame;
  errors: string[];
  foreign: string[];
  close(): Promise<void>;
}

/** A host page on the other origin embedding `path` of the site; requests anywhere else are blocked and recorded. */
async function hosted(
  path: string,
  options: { script?: boolean; height?: number; colorScheme?: 'light' | 'dark'; sandbox?: string } = {},
): Promise<Hosted> {
  const context = await site.browser.newContext({
    viewport: { width: 1100, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const errors: string[] = [];
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.base) || url.startsWith(host.origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  context.on('page', (p) => {
    p.on('console', (m) => m.type() === 'error' && errors.push(`${p.url()}: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
  });
  const page = await context.newPage();
  const src = site.base + path;
  await page.goto(
    `${host.origin}/?src=${encodeURIComponent(src)}&height=${options.height ?? 300}&script=${options.script === false ? 0 : 1}${options.sandbox ? `&sandbox=${encodeURIComponent(options.sandbox)}` : ''}`,
  );
  const frame = await waitForFrame(page);
  await frame.waitForLoadState('load');
  return { page, frame, errors, foreign, close: () => context.close() };
}

async function waitForFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
  return page.frames().find((f) => f.url().includes('/embed/'))!;
}

/** The iframe's height on the host page, and its content's height inside. */
async function heights(h: Hosted): Promise<{ frame: number; content: number }> {
  const frame = await h.page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  const content = await h.frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { frame, content };
}

async function expectFitted(h: Hosted): Promise<number> {
  await expect
    .poll(async () => {
      const { frame, content } = await heights(h);
      return Math.abs(frame - content) <= 1 && frame > 300;
    })
    .toBe(true);
  return (await heights(h)).frame;
}

describe.each(LANGS)('embedded views in %s, sandboxed on another origin', (lang) => {
  it('an event: renders, folds the text behind its content note, and the frame grows when it is shown', async () => {
    const h = await hosted(`/embed/${lang}/events/tadamon-massacre/?note=require`);
    expect(await h.frame.getAttribute('html', 'lang')).toBe(lang);
    expect(await h.frame.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    // A sandbox without allow-same-origin: the view runs with an opaque origin (no storage, no cookies).
    expect(await h.frame.evaluate(() => self.origin)).toBe('null');
    expect(await h.frame.locator('h1').textContent()).toBeTruthy();
    expect(await h.frame.locator('[data-embed-text]').isHidden()).toBe(true);
    const folded = await expectFitted(h);

    // Actions time out before the test does, so a failure names the step that hung (one such
    // timeout was seen once in CI and never reproduced).
    await h.frame.locator('[data-reveal] button').click({ timeout: 10_000 });
    expect(await h.frame.locator('[data-embed-text] .prose').isVisible()).toBe(true);
    await expect.poll(async () => (await heights(h)).frame).toBeGreaterThan(folded + 200);
    await expectFitted(h);
    // Footnotes are links within the view.
    const footnote = h.frame.locator('.prose a.cite-ref').first();
    const target = await footnote.getAttribute('href');
    await footnote.click({ timeout: 10_000 });
    expect(new URL(h.frame.url()).hash).toBe(target);
    expect(h.errors).toEqual([]);
    expect(h.foreign).toEqual([]);
    await h.close();
  });

  it('the timeline: one chapter, a deep link to an event, links that stay in the frame', async () => {
    const h = await hosted(`/embed/${lang}/timeline/?chapter=tadamon&theme=dark#tadamon-footage-leaked`);
    await h.frame.locator('site-timeline .tl-mark').first().waitFor();
    // Only the chapter's events are drawn, and only they are listed.
    const chapters = await h.frame
      .locator('site-timeline li[data-event-id]:visible')
      .evaluateAll((items) => [...new Set(items.map((i) => (i as HTMLElement).dataset.chapter))]);
    expect(chapters).toEqual(['tadamon']);
    const listed = await h.frame
      .locator('site-timeline li[data-event-id]:visible')
      .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.eventId));
    const data = await h.frame
      .locator('script.timeline-data')
      .evaluate((s) => (JSON.parse(s.textContent!) as { id: string }[]).map((e) => e.id));
    expect(data).toEqual(listed);
    // The deep link zooms in on its event: the marks drawn are some of the chapter's.
    const marks = await h.frame
      .locator('.tl-mark')
      .evaluateAll((els) => els.map((e) => (e as SVGGElement).dataset.eventId));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((id) => !listed.includes(id))).toEqual([]);
    // The deep link selects its event and shows its detail.
    const detail = h.frame.locator('.tl-detail');
    await detail.waitFor();
    expect(await h.frame.locator('.tl-mark[data-event-id="tadamon-footage-leaked"]').getAttribute('class')).toMatch(
      /selected/,
    );
    // The theme asked for, whatever the reader's setting (light here).
    expect(await h.frame.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await expectFitted(h);
    // Another event, chosen in the frame, goes into the frame's address (a deep link to share).
    const other = marks.find((id) => id !== 'tadamon-footage-leaked')!;
    await h.frame.locator(`.tl-mark[data-event-id="${other}"]`).click();
    await expect.poll(() => new URL(h.frame.url()).hash).toBe(`#${other}`);
    // Its detail links to the event's embedded view, opened in the frame.
    await h.frame.locator('.tl-detail a').click();
    await expect.poll(() => new URL(h.frame.url()).pathname).toBe(`/embed/${lang}/events/${other}/`);
    await h.frame.locator('h1').waitFor();
    await expectFitted(h);
    expect(h.errors).toEqual([]);
    expect(h.foreign).toEqual([]);
    await h.close();
  });

  it('the map: one chapter’s places, drawn with nothing from elsewhere, and the frame grows with the list', async () => {
    const h = await hosted(`/embed/${lang}/map/?chapter=victoria`);
    await h.frame.locator('site-map[data-ready]').waitFor();
    const shown = await h.frame
      .locator('site-map .places > li:not([hidden]) .place')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.placeId).sort());
    expect(shown).toEqual(['al-waer', 'homs', 'istanbul', 'shaqfa-hospital', 'tal-al-nasr-cemetery']);
    expect(await h.frame.locator('[data-street-toggle]').count()).toBe(0);
    const before = await expectFitted(h);
    await h.frame.locator('.embed-places > summary').click();
    await expect.poll(async () => (await heights(h)).frame).toBeGreaterThan(before + 300);
    await expectFitted(h);
    expect(h.errors).toEqual([]);
    expect(h.foreign).toEqual([]);
    await h.close();
  });
});

// The frame settles: whatever the host page's width, the frame's first height and where it lies
// (above the fold, or below it where the view is not rendered until seen), the view's height
// reaches the host in at most three messages, is its true height, and stays there once the view
// is seen. One page per view, reloaded at each width; each width is tried above the fold for some
// views and below it for the others.
describe('the frame settles', () => {
  const WIDTHS = [360, 768, 1280];
  it.each([
    ['/embed/ar/map/', 'site-map[data-ready]', 0],
    ['/embed/en/map/?chapter=victoria', 'site-map[data-ready]', 1],
    ['/embed/ar/events/tadamon-massacre/?note=require', 'h1', 1],
    ['/embed/en/timeline/?chapter=tadamon', 'site-timeline .tl-mark', 0],
  ])('%s: in at most three messages, at several widths, above and below the fold', async (path, drawn, parity) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    // The host page records every height message it receives.
    await context.addInitScript(() => {
      const w = window as unknown as { heights: number[] };
      w.heights = [];
      addEventListener('message', (event) => {
        const data = event.data as { type?: string; height?: number } | null;
        if (data?.type === 'syria-evidence:embed-height') w.heights.push(data.height!);
      });
    });
    const page = await context.newPage();
    for (const [i, width] of WIDTHS.entries()) {
      const below = (i + parity) % 2 === 1;
      await page.setViewportSize({ width, height: 800 });
      // The frame's first height changes nothing (the review saw 118 px grow to 800 over 13 messages).
      await page.goto(
        `${host.origin}/?src=${encodeURIComponent(site.base + path)}&height=${below ? 1200 : 118}&below=${below ? 1500 : 0}&lazy=1`,
      );
      const frame = await waitForFrame(page);
      await frame.waitForLoadState('load');
      await frame.locator(drawn).first().waitFor({ state: 'attached' });
      const iframe = page.locator('iframe');
      const fitted = async () => {
        const box = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return Math.abs(box - content) <= 1 ? box : null;
      };
      await expect.poll(fitted).not.toBe(null);
      const first = (await fitted())!;
      expect((await iframe.evaluate((f) => f.getBoundingClientRect().top)) > 800, `${width}: below the fold`).toBe(
        below,
      );
      // Seen, the view renders and would report any change: two of its frames later, nothing moved.
      await iframe.scrollIntoViewIfNeeded();
      await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      const last = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      expect(heights.length, `${width}: ${heights.join(' → ')}`).toBeGreaterThan(0);
      expect(heights.length, `${width}: ${heights.join(' → ')}`).toBeLessThanOrEqual(3);
      expect(Math.max(...heights, first, last) - Math.min(...heights, first, last), `${width}`).toBeLessThanOrEqual(2);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('in the sandbox, without help', () => {
  it('"open in the full site" opens the page in a new tab (the sandbox blocks the top window)', async () => {
    const h = await hosted('/embed/en/events/tadamon-massacre/');
    const popup = h.page.context().waitForEvent('page');
    await h.frame.locator('.embed-bar a[data-full-link]').click();
    const tab = await popup;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`${site.base}/en/events/tadamon-massacre/`);
    // The host page stays where it was.
    expect(h.page.url().startsWith(host.origin)).toBe(true);
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it('why: Chromium refuses target="_top" from this sandbox, and allows it from an unsandboxed frame', async () => {
    const h = await hosted('/embed/en/events/tadamon-massacre/');
    await h.frame.evaluate(() => (document.querySelector<HTMLAnchorElement>('.embed-bar a')!.target = '_top'));
    await h.frame.locator('.embed-bar a').click();
    await expect.poll(() => h.errors.some((e) => /Unsafe attempt to initiate navigation/.test(e))).toBe(true);
    expect(h.page.url().startsWith(host.origin)).toBe(true);
    await h.close();

    const open = await hosted('/embed/en/events/tadamon-massacre/', { sandbox: 'none' });
    expect(await open.frame.locator('.embed-bar a').getAttribute('target')).toBe('_top');
    await open.frame.locator('.embed-bar a').click();
    await expect.poll(() => open.page.url()).toBe(`${site.base}/en/events/tadamon-massacre/`);
    expect(open.errors).toEqual([]);
    await open.close();
  });

  it('the host script ignores height messages from any other window', async () => {
    const h = await hosted('/embed/en/events/tadamon-massacre/?view=card');
    const fitted = await expectFitted(h);
    await h.page.evaluate(() => {
      const message = { type: 'syria-evidence:embed-height', version: 1, height: 4321 };
      // Counted by a listener added after the host script's: once it has heard both messages, the
      // host script has handled them too (it resizes synchronously, or not at all).
      const heard = window as unknown as { forgedHeard: number };
      heard.forgedHeard = 0;
      addEventListener('message', (event) => {
        if ((event.data as { height?: number } | null)?.height === message.height) heard.forgedHeard += 1;
      });
      // The host page itself, and another frame on it, both try to resize the view.
      window.postMessage(message, '*');
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.postMessage(${JSON.stringify(message)}, '*')</script>`;
      document.body.append(other);
    });
    await h.page.waitForFunction(() => (window as unknown as { forgedHeard: number }).forgedHeard === 2);
    expect((await heights(h)).frame).toBe(fitted);
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it('without the host script the frame keeps its height and scrolls', async () => {
    const h = await hosted('/embed/ar/timeline/', { script: false, height: 420 });
    await h.frame.locator('site-timeline .tl-mark').first().waitFor();
    expect((await heights(h)).frame).toBe(420);
    const scroll = await h.frame.evaluate(() => {
      const before = document.scrollingElement!.scrollTop;
      window.scrollBy(0, 300);
      return [document.scrollingElement!.scrollHeight > innerHeight, document.scrollingElement!.scrollTop > before];
    });
    expect(scroll).toEqual([true, true]);
    expect(h.errors).toEqual([]);
    await h.close();
  });

  it('bad options fall back to the defaults and break nothing', async () => {
    const h = await hosted(
      '/embed/en/timeline/?chapter=%3Cscript%3E&kind=&from=2020&to=1999&theme=neon&note=%E0%A4%A#nope',
    );
    await h.frame.locator('site-timeline .tl-mark').first().waitFor();
    expect(await h.frame.locator('[data-filtered]').isHidden()).toBe(true);
    expect(await h.frame.locator('.tl-mark').count()).toBe(
      await h.frame.locator('site-timeline li[data-event-id]').count(),
    );
    expect(h.errors).toEqual([]);
    await h.close();
  });
});

describe('accessibility', () => {
  it.each([
    '/embed/ar/events/tadamon-massacre/?note=require',
    '/embed/en/events/tadamon-massacre/?view=card',
    '/embed/ar/timeline/',
    '/embed/en/map/?chapter=tadamon',
  ])('%s passes axe', async (path) => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    await page.goto(site.base + path);
    await page.evaluate(() => document.fonts.ready);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the embed code panel', () => {
  it.each(LANGS)(
    'on an event page in %s: options change the snippet and the preview, the copy button copies',
    async (lang) => {
      const { page, context, errors, foreignRequests } = await watchedPage(site);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
      await page.goto(`${site.base}/${lang}/events/tadamon-massacre/`);
      const panel = page.locator('site-embed-code');
      // The panel's script is loaded only when a reader opens it.
      expect(await page.evaluate(() => customElements.get('site-embed-code') === undefined)).toBe(true);
      await panel.locator('summary').click();
      const snippet = panel.locator('textarea');
      await expect.poll(() => snippet.inputValue()).toContain(`${site.base}/embed/${lang}/events/tadamon-massacre/`);
      await panel.locator('select[name="view"]').selectOption('card');
      await panel.locator('select[name="note"]').selectOption('require');
      await panel.locator('select[name="lang"]').selectOption(lang === 'ar' ? 'en' : 'ar');
      const other = lang === 'ar' ? 'en' : 'ar';
      const snippetSrc = async () => /src="([^"]+)"/.exec(await snippet.inputValue())?.[1]?.replace(/&amp;/g, '&');
      await expect.poll(snippetSrc).toBe(`${site.base}/embed/${other}/events/tadamon-massacre/?view=card&note=require`);
      // The preview shows that very view, in a frame sandboxed as the snippet says.
      const preview = panel.locator('[data-preview] iframe');
      expect(await preview.getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-popups-to-escape-sandbox');
      await expect
        .poll(() => preview.getAttribute('src'))
        .toBe(`${site.base}/embed/${other}/events/tadamon-massacre/?view=card&note=require`);
      await panel.locator('[data-copy]').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
      // The preview frame is the embedded view, checked on its own above.
      expect(
        await axeViolations(page, { include: 'site-embed-code', exclude: '[data-preview]', preload: false }),
      ).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await context.close();
    },
  );
});
