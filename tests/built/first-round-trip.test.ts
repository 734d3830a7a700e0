// What a reader on a slow link gets in the first round trip: the page's head, its CSS and its first
// screen (to the end of the page's <h1>) within about 14 KB gzipped, with no stylesheet to fetch
// before the page can render; and the language alternates as absolute addresses, as search
// engines require.
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { assertBuilt, distPages } from '../helpers/dist.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

/** TCP's first window on a new connection: ten segments of about 1,460 bytes. */
const FIRST_ROUND_TRIP = 14_600;

let pages: ReturnType<typeof distPages>;
beforeAll(() => {
  assertBuilt();
  pages = distPages().filter((p) => LANGS.some((lang) => p.url.startsWith(`/${lang}/`)));
});

describe('the first round trip', () => {
  it('holds the head, every style and the first screen of each page', () => {
    for (const page of pages) {
      const h1 = page.doc.querySelector('h1');
      expect(h1, page.url).not.toBeNull();
      const firstScreen = page.html.slice(0, h1!.range[1]);
      expect(gzipSync(firstScreen).length, page.url).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    }
  });

  it('makes the reader wait for no stylesheet but the map’s (when the page has a map)', () => {
    for (const page of pages) {
      const sheets = page.doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href') ?? '');
      expect(
        sheets.filter((href) => !/\/js\/site-map\.\w+\.css$/.test(href)),
        page.url,
      ).toEqual([]);
      expect(page.doc.querySelectorAll('style').length, page.url).toBeGreaterThan(0);
    }
  });
});

describe('the language alternates', () => {
  it('name both versions of each page by their absolute address', () => {
    const site = siteUrl();
    for (const page of pages) {
      const alternates = page.doc.querySelectorAll('link[rel="alternate"][hreflang]');
      const hrefs = Object.fromEntries(alternates.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
      for (const lang of LANGS) {
        const twin = page.url.replace(/^\/(ar|en)\//, `/${lang}/`);
        expect(hrefs[lang], `${page.url} → ${lang}`).toBe(
          new URL(twin.slice(1), site.endsWith('/') ? site : `${site}/`).href,
        );
      }
    }
  });
});
