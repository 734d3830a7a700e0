// Hostile URL input, one table: queries, hashes, embed options, the explore page's address, and
// messages from a hostile page that frames a view. Each case must leave the page working (what it
// is for is drawn or found), log no error, open no dialog, request nothing from another origin and
// leave no handler or script carrying the payload in the page. Every payload calls alert() with a
// marker: run, it would open a dialog (or, in a sandbox without allow-modals, log an error), and
// its <img src=x> would log a failed request. One browser page serves the whole table. Narrower
// cases with their expected fallbacks live beside each feature (search.test.ts "bad input",
// explore.test.ts, embed.test.ts "bad options").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { openSite, type SiteSession } from '../helpers/browser.ts';
import { serveHost } from '../../scripts/lib/host-page.mjs';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/results.ts';

const MARK = 'PWNED';
const TAGS = `"'><script>alert('${MARK}1')</script><img src=x onerror=alert('${MARK}2')><svg onload=alert('${MARK}3')>`;
const enc = encodeURIComponent;

let site: SiteSession;
let host: { server: Server; origin: string };
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const dialogs: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  site = await openSite();
  host = await serveHost(site.base);
  context = await site.browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.base) || url.startsWith(host.origin) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await context?.close();
  await new Promise((done) => host?.server.close(done));
  await site?.close();
});

interface Case {
  /** A page of the site, or with `framed` an embedded view on a host page of another origin. */
  path: string;
  framed?: boolean;
  /** What shows the page works: it is there (attached) once the page has done its job. */
  ready: string;
  /** What a hostile reader or host page does once it is loaded. */
  act?: (target: Frame) => Promise<void>;
}

/** Waits until what shows the page works is there. */
async function working(target: Frame, ready: string): Promise<void> {
  await target.locator(ready).first().waitFor({ state: 'attached' });
}

const searchAnswered = (target: Frame) =>
  target.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset.searched !== undefined);

const CASES: Record<string, Case> = {
  'search ?q= with markup': { path: `/en/search/?q=${enc(`${TAGS} Tadamon`)}`, ready: 'site-search[data-searched]' },
  'search: a malformed escape, filters and order that are markup or prototype keys': {
    path: `/ar/search/?q=%E0%A4%A&chapter=${enc(TAGS)}&kind=__proto__&year=constructor&place=${enc(TAGS)}&sort=${enc(TAGS)}`,
    ready: 'site-search[data-searched]',
  },
  'search: a pasted 100 KB text goes into the address only as far as it is searched, and the address reloads': {
    path: '/en/search/',
    ready: 'site-search',
    act: async (target) => {
      const pasted = `${TAGS} ${'Tadamon massacre evidence '.repeat(4000)}`;
      await target.locator('#search-q').fill(pasted);
      await target.waitForFunction(
        (q) => document.querySelector<HTMLElement>('site-search')?.dataset.searched === q,
        pasted,
      );
      const q = new URL(target.url()).searchParams.get('q') ?? '';
      // Its length first: a failure should not print the whole paste.
      expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(q).toBe(pasted.slice(0, MAX_QUERY_LENGTH));
      expect(target.url().length).toBeLessThan(2000);
      await page.goto(target.url());
      await searchAnswered(page.mainFrame());
      expect(await page.inputValue('#search-q')).toBe(q);
    },
  },
  'timeline: markup in the hash': { path: `/en/timeline/#${enc(TAGS)}`, ready: 'site-timeline .tl-mark' },
  'timeline: a range that is markup and out of any calendar': {
    path: `/ar/timeline/#from=${enc(TAGS)}&to=99999-99-99`,
    ready: 'site-timeline .tl-mark',
  },
  'map: markup and a prototype key in the hash': {
    path: `/en/map/#${enc(TAGS)}`,
    ready: 'site-map[data-ready]',
    act: async (target) => {
      await target.evaluate(() => (location.hash = '#__proto__'));
      await target.evaluate(() => (location.hash = '#constructor'));
    },
  },
  'explore: an event, hidden chapters and a span that are markup or prototype keys': {
    path: `/en/explore/#event=${enc(TAGS)}&hide=__proto__,constructor,${enc(TAGS)}&from=NaN&to=${enc(TAGS)}`,
    ready: 'site-map[data-ready]',
    act: (target) => target.locator('site-timeline .tl-mark').first().waitFor({ state: 'attached' }),
  },
  'an event page with markup in its query and hash': {
    path: `/ar/events/tadamon-massacre/?q=${enc(TAGS)}#${enc(TAGS)}`,
    ready: 'article h1',
  },
  'embedded event: ?view=, ?note= and ?theme= that are markup': {
    path: `/embed/en/events/tadamon-massacre/?view=${enc(TAGS)}&note=${enc(TAGS)}&theme=${enc(`</style>${TAGS}`)}#${enc(TAGS)}`,
    framed: true,
    ready: '[data-embed-text] .prose',
  },
  'embedded map: ?chapter= a prototype key, ?theme= markup': {
    path: `/embed/ar/map/?chapter=__proto__&theme=${enc(TAGS)}#${enc(TAGS)}`,
    framed: true,
    ready: 'site-map[data-ready]',
  },
  'embedded timeline: ?chapter=, ?kind=, ?from=, ?to= that are prototype keys, markup or impossible dates': {
    path: `/embed/en/timeline/?chapter=constructor&kind=${enc(TAGS)}&from=${enc(TAGS)}&to=2011-02-31#from=${enc(TAGS)}`,
    framed: true,
    ready: 'site-timeline .tl-mark',
  },
  'embedded event: a hostile host page posts junk, floods of hellos and forged heights': {
    path: '/embed/ar/events/tadamon-massacre/?view=card',
    framed: true,
    ready: 'h1',
    act: async (target) => {
      await page.evaluate(
        ([mark, tags]) => {
          const view = document.querySelector('iframe')!.contentWindow!;
          let nested: unknown = { type: 'syria-evidence:embed-hello' };
          for (let i = 0; i < 500; i += 1) nested = [nested];
          const junk: unknown[] = [
            null,
            undefined,
            tags,
            1e308,
            new ArrayBuffer(8),
            nested,
            { type: 'syria-evidence:embed-hello', version: tags },
            { type: 'syria-evidence:embed-hello', version: 1, height: -1, html: tags },
            { type: 'syria-evidence:embed-height', version: 1, height: 1e9 },
            { subject: 'lti.frameResize', height: `${mark}` },
            JSON.parse('{"__proto__": {"type": "syria-evidence:embed-hello"}}'),
          ];
          for (const message of junk) view.postMessage(message, '*');
          for (let i = 0; i < 300; i += 1) view.postMessage({ type: 'syria-evidence:embed-hello', version: 1 }, '*');
        },
        [MARK, TAGS],
      );
      // The view still answers, and the host still sizes it to its content.
      await expect
        .poll(async () => {
          const frame = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
          const content = await target.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          return Math.abs(frame - content) <= 1 && content > 200;
        })
        .toBe(true);
    },
  },
};

describe('hostile URL input leaves the page working and runs nothing', () => {
  it.each(Object.entries(CASES))('%s', async (_name, c) => {
    errors.length = 0;
    dialogs.length = 0;
    foreign.length = 0;
    let target: Frame;
    if (c.framed) {
      await page.goto(`${host.origin}/?src=${enc(site.base + c.path)}&height=300`);
      await expect.poll(() => page.frames().some((f) => f.url().includes('/embed/'))).toBe(true);
      target = page.frames().find((f) => f.url().includes('/embed/'))!;
      await target.waitForLoadState('load');
    } else {
      await page.goto(site.base + c.path);
      target = page.mainFrame();
    }
    await working(target, c.ready);
    if (c.act) await c.act(target);
    const planted = await target.evaluate((mark) => {
      const handlers = [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on') && a.value.includes(mark)),
      );
      const scripts = [...document.scripts].filter((s) => s.text.includes(mark));
      return handlers.length + scripts.length;
    }, MARK);
    expect(planted).toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
