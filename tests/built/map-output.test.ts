// The map in the built HTML: classic scripts and inline data (so it works from a folder), its
// stylesheet only where there is a map, every place in the data, and the byte budgets.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assertBuilt, builtName, distPages, DIST } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import type { MapData } from '../../src/lib/map/data.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let pages: ReturnType<typeof distPages>;
const content = checkContent(readContent(process.cwd()));
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const dataOf = (page: (typeof pages)[number]) =>
  JSON.parse(page.doc.querySelector('site-map script[type="application/json"]')!.text) as MapData;

describe('the map in the built site', () => {
  it('ships its JavaScript within budget: Leaflet, markercluster and the element under 60 KB gzipped', () => {
    expect(gz(builtName('js/site-map.js'))).toBeLessThan(60 * 1024);
  });

  it('ships its basemap within budget: under 150 KB gzipped', () => {
    expect(gz(builtName('js/basemap.js'))).toBeLessThan(150 * 1024);
  });

  it.each(LANGS)('puts every place on /%s/map/, with links in that language', (lang) => {
    const page = pages.find((p) => p.url === `/${lang}/map/`)!;
    const data = dataOf(page);
    expect(data.places.map((p) => p.id).sort()).toEqual(content.places.map((p) => p.id).sort());
    for (const href of data.places.flatMap((p) => p.events.map((e) => e.href)))
      expect(href).toMatch(new RegExp(`^/${lang}/events/[a-z0-9-]+/$`));
    expect(page.doc.querySelector('site-map .map-pane')!.getAttribute('dir')).toBe('ltr');
    expect(page.doc.querySelector('site-map')!.hasAttribute('data-follow-hash')).toBe(true);
  });

  it('loads its scripts as classic deferred scripts and reads no data over the network', () => {
    for (const page of pages.filter((p) => p.doc.querySelector('site-map'))) {
      const scripts = page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
      expect(scripts, page.url).toEqual(
        expect.arrayContaining([`/${builtName('js/basemap.js')}`, `/${builtName('js/site-map.js')}`]),
      );
      for (const s of page.doc.querySelectorAll('script[src^="/js/"]')) {
        expect(s.getAttribute('type'), page.url).toBeUndefined();
        expect(s.hasAttribute('defer'), page.url).toBe(true);
      }
    }
    expect(readFileSync(join(DIST, builtName('js/site-map.js')), 'utf8')).not.toMatch(
      /\bfetch\(|XMLHttpRequest|import\(/,
    );
  });

  it('links the map stylesheet on pages with a map and nowhere else', () => {
    for (const page of pages) {
      const hasMap = Boolean(page.doc.querySelector('site-map'));
      expect(Boolean(page.doc.querySelector(`head link[href="/${builtName('js/site-map.css')}"]`)), page.url).toBe(
        hasMap,
      );
    }
  });

  it('draws a map on every event page with places, holding exactly those places', () => {
    for (const event of content.events) {
      const page = pages.find((p) => p.url === `/${event.lang}/events/${event.id}/`)!;
      if (event.data.places.length === 0) {
        expect(page.doc.querySelector('site-map'), page.url).toBeNull();
        continue;
      }
      expect(
        dataOf(page)
          .places.map((p) => p.id)
          .sort(),
        page.url,
      ).toEqual([...event.data.places].sort());
    }
  });
});
