// The map's pure parts: its address, its labels, its frame and the data written into the page.
import { describe, expect, it } from 'vitest';
import { hashForPlace, placeIdFromHash } from '../../src/lib/map/hash.ts';
import { COUNTRY_LABELS, GOLAN_LABEL, REFERENCE_CITIES, labelsAt, storyCityLabels } from '../../src/lib/map/labels.ts';
import { atLeast, placesBounds, startCorner, zoomControlCorner } from '../../src/lib/map/view.ts';
import { mapData } from '../../src/lib/map/data.ts';
import { mapFiles, missingFiles } from '../../src/lib/map/map-files.ts';
import type { Place } from '../../src/lib/content-schema.ts';

const known = new Set(['tadamon', 'tal-al-nasr-cemetery']);

describe('placeIdFromHash', () => {
  it('reads a known place id', () => {
    expect(placeIdFromHash('#tadamon', known)).toBe('tadamon');
    expect(placeIdFromHash('#tal-al-nasr-cemetery', known)).toBe('tal-al-nasr-cemetery');
    expect(placeIdFromHash('#Tadamon', known)).toBe('tadamon');
  });

  it.each([
    '',
    '#',
    '#nowhere',
    '#%E0%A4%A',
    '#<script>alert(1)</script>',
    '#tadamon/../x',
    '#' + 'a'.repeat(500),
    '#%20tadamon%20',
  ])('never throws and selects nothing for %j unless it names a place', (hash) => {
    const got = placeIdFromHash(hash, known);
    expect(got === null || known.has(got)).toBe(true);
  });

  it('selects nothing for an unknown or malformed hash', () => {
    expect(placeIdFromHash('#nowhere', known)).toBeNull();
    expect(placeIdFromHash('#%E0%A4%A', known)).toBeNull();
    expect(placeIdFromHash('#', known)).toBeNull();
  });
});

describe('hashForPlace', () => {
  it('round-trips through placeIdFromHash', () => {
    expect(placeIdFromHash(hashForPlace('tadamon'), known)).toBe('tadamon');
    expect(hashForPlace(null)).toBe('');
  });
});

describe('labelsAt', () => {
  const labels = [...COUNTRY_LABELS, ...REFERENCE_CITIES, GOLAN_LABEL];

  it('writes every label in the page language', () => {
    const ar = labelsAt(labels, 12, 'ar').map((l) => l.text);
    const en = labelsAt(labels, 12, 'en').map((l) => l.text);
    expect(ar).toContain('سوريا');
    expect(ar).toContain('الجولان السوري المحتل');
    expect(en).toContain('Occupied Syrian Golan');
    expect(en).not.toContain('سوريا');
    expect(ar.every((text) => /[\u0600-\u06FF]/.test(text))).toBe(true);
  });

  it('shows fewer names zoomed out: countries first, then cities', () => {
    const far = labelsAt(labels, 4, 'en').map((l) => l.text);
    expect(far).toContain('Syria');
    expect(far).not.toContain('Aleppo');
    expect(labelsAt(labels, 7, 'en').map((l) => l.text)).toContain('Aleppo');
    expect(labelsAt(labels, 3, 'en').length).toBeLessThan(labelsAt(labels, 8, 'en').length);
  });

  it('names the occupied Golan as soon as it is big enough to see', () => {
    expect(labelsAt([GOLAN_LABEL], 5, 'en')).toEqual([]);
    expect(labelsAt([GOLAN_LABEL], 6, 'ar')).toEqual([
      { text: 'الجولان السوري المحتل', lat: GOLAN_LABEL.lat, lng: GOLAN_LABEL.lng, kind: 'occupied' },
    ]);
  });
});

describe('storyCityLabels', () => {
  it('labels the cities of the story at their content coordinates, and nothing else', () => {
    const labels = storyCityLabels([
      { id: 'damascus', name: { ar: 'دمشق', en: 'Damascus' }, lat: 33.5131, lng: 36.2919 },
      { id: 'tadamon', name: { ar: 'حي التضامن', en: 'Tadamon neighbourhood' }, lat: 33.4778, lng: 36.3094 },
    ]);
    expect(labels).toEqual([
      { name: { ar: 'دمشق', en: 'Damascus' }, lat: 33.5131, lng: 36.2919, kind: 'story', minZoom: 6 },
    ]);
  });
});

describe('zoomControlCorner', () => {
  it('puts the zoom buttons at the inline end: right in English, left in Arabic', () => {
    expect(zoomControlCorner('ltr')).toBe('topright');
    expect(zoomControlCorner('rtl')).toBe('topleft');
    expect(startCorner('rtl')).toBe('topright');
  });
});

describe('atLeast', () => {
  it('widens a tiny box around its centre and leaves a large one alone', () => {
    expect(
      atLeast(
        [
          [33.4, 36.2],
          [33.6, 36.4],
        ],
        2,
      ),
    ).toEqual([
      [32.5, 35.3],
      [34.5, 37.3],
    ]);
    expect(
      atLeast(
        [
          [30, 30],
          [40, 40],
        ],
        2,
      ),
    ).toEqual([
      [30, 30],
      [40, 40],
    ]);
  });
});

describe('mapData', () => {
  const place = (id: string, lat: number, lng: number, basis: Place['basis'], precision = 2000): Place => ({
    id,
    name: { ar: `${id}-ar`, en: `${id}-en` },
    lat,
    lng,
    precision,
    basis,
    source: 'g1',
  });
  const places = [
    place('tadamon', 33.4778, 36.3094, 'sourced', 1000),
    place('koblenz', 50.357, 7.589, 'estimated', 5000),
  ];
  const events = [
    {
      id: 'tadamon-massacre',
      data: { title: 'مجزرة التضامن', date: { start: '2013-04-16', approximate: false }, places: ['tadamon'] },
    },
    {
      id: 'raslan-verdict',
      data: { title: 'الحكم على رسلان', date: { start: '2022-01-13', approximate: false }, places: ['koblenz'] },
    },
  ];

  it('lists each place in the page language with its events, dates and links in that language', () => {
    const { places: got } = mapData(places, events, 'ar');
    expect(got[0]).toEqual({
      id: 'tadamon',
      name: 'tadamon-ar',
      lat: 33.4778,
      lng: 36.3094,
      precision: 1000,
      approximate: false,
      precisionText: 'الموقع ضمن نحو 1 كم، بحسب المصدر',
      events: [
        { id: 'tadamon-massacre', title: 'مجزرة التضامن', date: '16 نيسان 2013', href: '/ar/events/tadamon-massacre/' },
      ],
    });
  });

  it('marks estimated places approximate, in words', () => {
    const koblenz = mapData(places, events, 'en').places[1]!;
    expect(koblenz.approximate).toBe(true);
    expect(koblenz.precisionText).toBe('Approximate position, within about 5 km');
  });

  it('opens on the places in Syria, and can show them all', () => {
    const { focus, all } = mapData(places, events, 'en');
    expect(focus![1][0]).toBeLessThan(34);
    expect(all![1][0]).toBeGreaterThan(50);
    expect(placesBounds([])).toBeNull();
  });
});

describe('the files a map needs', () => {
  const dataset = { stylesheet: '/js/site-map.1.css', basemap: '/js/basemap.2.js', script: '/js/site-map.3.js' };
  const resolve = (name: string) => new URL(name, 'https://example.org/en/events/x/').href;

  it('lists the stylesheet, then the basemap before the code that draws it', () => {
    expect(mapFiles(dataset)).toEqual({
      stylesheet: '/js/site-map.1.css',
      scripts: ['/js/basemap.2.js', '/js/site-map.3.js'],
    });
  });

  it('leaves out what is not named', () => {
    expect(mapFiles({ script: '/js/site-map.3.js', basemap: ' ' })).toEqual({
      stylesheet: null,
      scripts: ['/js/site-map.3.js'],
    });
  });

  it('asks only for what the page does not load yet, however the page writes it', () => {
    const wanted = mapFiles({
      stylesheet: '../../../js/site-map.1.css',
      basemap: '../../../js/basemap.2.js',
      script: '../../../js/site-map.3.js',
    });
    const present = {
      stylesheets: ['https://example.org/js/site-map.1.css'],
      scripts: ['https://example.org/js/basemap.2.js'],
    };
    expect(missingFiles(wanted, present, resolve)).toEqual({
      stylesheet: null,
      scripts: ['../../../js/site-map.3.js'],
    });
    expect(missingFiles(wanted, { stylesheets: [], scripts: [] }, resolve)).toEqual(wanted);
  });
});
