// The map in the built HTML: classic scripts and inline data (so it works from a folder), its
// stylesheet only where there is a map, every place in the data, the basemap with the occupied
// Golan, and the byte budgets.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { assertBuilt, builtName, distPages, DIST } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import type { MapData } from '../../src/lib/map/data.ts';
import { unpackBasemap, type PackedBasemap } from '../../src/lib/map/basemap-packed.ts';
import { GOLAN_LABEL } from '../../src/lib/map/labels.ts';
import { pointInRing } from '../../src/lib/geo/geometry.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let pages: ReturnType<typeof distPages>;
const content = checkContent(readContent(process.cwd()));
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
/** What js/basemap.js sets, read by running it as the page does. */
function builtBasemap(): PackedBasemap {
  const page = { window: {} as { SITE_BASEMAP?: PackedBasemap } };
  runInNewContext(readFileSync(join(DIST, builtName('js/basemap.js')), 'utf8'), page);
  return page.window.SITE_BASEMAP!;
}
/** [latitude, longitude] of towns either side of the 1967 line. */
const GOLAN_TOWNS = {
  quneitra: [33.126, 35.824],
  majdalShams: [33.269, 35.771],
  katzrin: [32.993, 35.691],
  tiberias: [32.792, 35.531],
  damascus: [33.514, 36.277],
  daraa: [32.619, 36.102],
} satisfies Record<string, [number, number]>;
const dataOf = (page: (typeof pages)[number]) =>
  JSON.parse(page.doc.querySelector('site-map script[type="application/json"]')!.text) as MapData;

describe('the map in the built site', () => {
  it('ships its JavaScript within budget: Leaflet, markercluster and the element under 60 KB gzipped', () => {
    expect(gz(builtName('js/site-map.js'))).toBeLessThan(60 * 1024);
  });

  it('ships its basemap within budget: at most 40 KB gzipped', () => {
    expect(gz(builtName('js/basemap.js'))).toBeLessThanOrEqual(40 * 1024);
  });

  it('ships a basemap that draws Syria and the occupied Golan, closed by the Israel–Syria line', () => {
    const packed = builtBasemap();
    const { land, syria, ceasefire, golan } = unpackBasemap(packed, (lng, lat): [number, number] => [lng, lat]);
    const ring = golan[0]!;
    expect(golan).toHaveLength(1);
    expect(ring.at(-1)![0]).toBeCloseTo(ring[0]![0], 9);
    expect(ring.at(-1)![1]).toBeCloseTo(ring[0]![1], 9);
    // Its eastern edge is the very line drawn dashed, point for point.
    const line = ceasefire;
    expect(line).toHaveLength(1);
    const key = ([x, y]: number[]) => `${x!.toFixed(9)},${y!.toFixed(9)}`;
    const onRing = new Set(ring.map(key));
    expect(line[0]!.filter((p) => !onRing.has(key(p)))).toEqual([]);
    const inGolan = ([lat, lng]: [number, number]) => pointInRing(lng, lat, ring);
    const inSyria = ([lat, lng]: [number, number]) =>
      land[syria]!.some((polygon) => pointInRing(lng, lat, polygon[0]!));
    // Quneitra, Majdal Shams and Katzrin are in the occupied Golan; Tiberias, Damascus and Daraa are not.
    for (const place of [GOLAN_TOWNS.quneitra, GOLAN_TOWNS.majdalShams, GOLAN_TOWNS.katzrin])
      expect(inGolan(place), String(place)).toBe(true);
    for (const place of [GOLAN_TOWNS.tiberias, GOLAN_TOWNS.damascus, GOLAN_TOWNS.daraa])
      expect(inGolan(place), String(place)).toBe(false);
    expect(inSyria(GOLAN_TOWNS.damascus)).toBe(true);
    expect(packed.labels).toContainEqual(GOLAN_LABEL);
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
    const mapScripts = [`/${builtName('js/basemap.js')}`, `/${builtName('js/site-map.js')}`];
    for (const page of pages.filter((p) => p.doc.querySelector('site-map'))) {
      const scripts = page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
      // An embedded view is the map: its files come with it. Elsewhere the loader brings them.
      const eager = page.doc.querySelector('site-map')!.hasAttribute('data-eager');
      if (eager) expect(scripts, page.url).toEqual(expect.arrayContaining(mapScripts));
      else expect(scripts, page.url).toContain(`/${builtName('js/site-map-loader.js')}`);
      for (const s of page.doc.querySelectorAll('script[src^="/js/"]')) {
        expect(s.getAttribute('type'), page.url).toBeUndefined();
        expect(s.hasAttribute('defer'), page.url).toBe(true);
      }
    }
    expect(readFileSync(join(DIST, builtName('js/site-map.js')), 'utf8')).not.toMatch(
      /\bfetch\(|XMLHttpRequest|import\(/,
    );
  });

  it('names its files on the map for the loader, and puts no tag for them in a page that is not the map', () => {
    const withMap = pages.filter((p) => p.doc.querySelector('site-map'));
    expect(withMap.some((p) => p.url.includes('/events/'))).toBe(true);
    for (const page of withMap) {
      const map = page.doc.querySelector('site-map')!;
      expect(
        [map.getAttribute('data-script'), map.getAttribute('data-basemap'), map.getAttribute('data-stylesheet')],
        page.url,
      ).toEqual([
        `/${builtName('js/site-map.js')}`,
        `/${builtName('js/basemap.js')}`,
        `/${builtName('js/site-map.css')}`,
      ]);
      // The data and the list of places, the alternative without JavaScript, are in the page.
      expect(map.querySelector('script[type="application/json"]'), page.url).not.toBeNull();
      expect(map.querySelectorAll('.place').length, page.url).toBeGreaterThan(0);
      if (map.hasAttribute('data-eager')) continue;
      const tags = page.doc
        .querySelectorAll('script[src], link[href]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href'));
      expect(
        tags.filter((url) => /\/js\/(site-map|basemap)\.[0-9a-f]+\.(js|css)$/.test(url!)),
        page.url,
      ).toEqual([]);
    }
  });

  it('links the map stylesheet only in embedded views of the map, which draw it at once', () => {
    for (const page of pages) {
      const eager = Boolean(page.doc.querySelector('site-map[data-eager]'));
      expect(Boolean(page.doc.querySelector(`head link[href="/${builtName('js/site-map.css')}"]`)), page.url).toBe(
        eager,
      );
    }
    expect(pages.some((p) => p.doc.querySelector('site-map[data-eager]'))).toBe(true);
  });

  it('gives the map its room with the page’s styles, not with the stylesheet that comes later', () => {
    // The frame is in the page from the start (not hidden), sized by the page's own styles; the
    // sheet that comes with the map styles only what Leaflet draws inside it
    // (the browser test in tests/browser/map.test.ts sees that nothing moves).
    const later = readFileSync(join(DIST, builtName('js/site-map.css')), 'utf8');
    for (const outside of ['.map-frame', '.map-tools', '.map-legend', '.map-street'])
      expect(later).not.toContain(outside);
    for (const page of pages.filter((p) => p.doc.querySelector('site-map')))
      expect(page.doc.querySelector('site-map .map-frame')!.hasAttribute('hidden'), page.url).toBe(false);
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
