// Byte budgets for the JavaScript each kind of page ships (sizes, not timings: timings are
// measured by `npm run bench`).
import { describe, expect, it } from 'vitest';
import { pageScripts, totalGzip } from '../../scripts/lib/page-scripts.mjs';
import { DIST, assertBuilt, builtName } from '../helpers/dist.ts';
import { LANGS } from '../../src/i18n/locales.ts';

describe('JavaScript budgets', () => {
  it.each(LANGS)('the timeline page ships under 35 KB gzip (%s)', (lang) => {
    assertBuilt();
    const scripts = pageScripts(DIST, `${lang}/timeline`);
    expect(scripts.map((s) => s.name)).toContain(`/${builtName('js/site-timeline.js')}`);
    expect(totalGzip(scripts)).toBeLessThan(35 * 1024);
  });

  it.each(LANGS)(
    'the map page ships under 5 KB gzip at load, and the map under 215 KB once it has loaded (%s)',
    (lang) => {
      const atLoad = pageScripts(DIST, `${lang}/map`);
      expect(atLoad.map((s) => s.name)).toContain(`/${builtName('js/site-map-loader.js')}`);
      expect(totalGzip(atLoad)).toBeLessThan(5 * 1024);
      // With what the page loads later: the map's code and basemap (under 60 KB and the basemap's
      // own budget, tests/built/map-output.test.ts), and the embed panel's script.
      const all = pageScripts(DIST, `${lang}/map`, { later: true });
      expect(all.map((s) => s.name)).toEqual(
        expect.arrayContaining([`/${builtName('js/site-map.js')}`, `/${builtName('js/basemap.js')}`]),
      );
      expect(totalGzip(all)).toBeLessThan(215 * 1024);
    },
  );

  it.each(LANGS)('an event page with a map ships under 5 KB gzip until the reader comes near the map (%s)', (lang) => {
    const scripts = pageScripts(DIST, `${lang}/events/tadamon-massacre`);
    expect(scripts.map((s) => s.name)).toContain(`/${builtName('js/site-map-loader.js')}`);
    expect(scripts.map((s) => s.name)).not.toContain(`/${builtName('js/site-map.js')}`);
    expect(totalGzip(scripts)).toBeLessThan(5 * 1024);
  });

  it.each(['about', 'sources', 'places'])(
    'a page without a chart ships only the search shortcut and the offline control, under 2 KB gzip (%s)',
    (page) => {
      const scripts = pageScripts(DIST, `en/${page}`);
      expect(scripts.map((s) => s.name).sort()).toEqual([
        `/${builtName('js/search-key.js')}`,
        `/${builtName('js/site-offline.js')}`,
      ]);
      expect(totalGzip(scripts)).toBeLessThan(2 * 1024);
    },
  );

  it.each(LANGS)(
    "the search page ships under 10 KB gzip of its own, and Pagefind's boot script under 15 KB (%s)",
    (lang) => {
      const scripts = pageScripts(DIST, `${lang}/search`);
      const pagefind = scripts.filter((s) => s.name.startsWith('/pagefind/'));
      const own = scripts.filter((s) => !s.name.startsWith('/pagefind/'));
      // pagefind-start.js starts Pagefind from the head (src/lib/search/pagefind-start.ts).
      expect(own.map((s) => s.name).sort()).toEqual([
        `/${builtName('js/pagefind-start.js')}`,
        `/${builtName('js/search-key.js')}`,
        `/${builtName('js/site-offline.js')}`,
        `/${builtName('js/site-search.js')}`,
      ]);
      expect(totalGzip(own)).toBeLessThan(10 * 1024);
      // Pagefind's JavaScript with the site's options and warm-up (its WebAssembly and index are not JavaScript).
      expect(pagefind.map((s) => s.name)).toEqual([`/${builtName('pagefind/pagefind-boot.js')}`]);
      expect(totalGzip(pagefind)).toBeLessThan(15 * 1024);
    },
  );
});
