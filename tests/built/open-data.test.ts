// The open dataset as a reuser gets it, read back by real parsers: events.json validated against
// its published schema by Ajv, events.csv by a CSV parser, places.geojson checked as RFC 7946, and
// events.ics by ical.js. Each is compared with the content itself, not with what the build wrote.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { unzipSync } from 'fflate';
import { assertBuilt, distPages, DIST, resolveInDist } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { DATA_FILES } from '../../src/lib/open-data/dataset.ts';
import { EVENT_COLUMNS } from '../../src/lib/open-data/csv.ts';
import { mustParsePartialDate } from '../../src/lib/partial-date.ts';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';

const checked = checkContent(readContent(process.cwd()));
const SITE = 'https://example.org';
beforeAll(assertBuilt);

const read = (lang: string, file: string) => readFileSync(join(DIST, lang, 'data', file), 'utf8');
const eventsOf = (lang: string) => checked.events.filter((e) => e.lang === lang);
/** A permalink of the preview build → the built file it serves. */
const builtFileOf = (url: string) => resolveInDist(new URL(url).pathname);

describe.each(LANGS)('/%s/data/', (lang) => {
  it('events.json is valid against the published events.schema.json, and holds every event', () => {
    const schema = JSON.parse(read(lang, 'events.schema.json'));
    const data = JSON.parse(read(lang, 'events.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.$schema).toBe(schema.$id);
    expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');

    const events = eventsOf(lang);
    expect(data.events.map((e: { id: string }) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const record of data.events) {
      const source = events.find((e) => e.id === record.id)!.data;
      expect(record.url, record.id).toBe(`${SITE}/${lang}/events/${record.id}/`);
      expect(builtFileOf(record.url), record.url).not.toBeNull();
      expect(record.title).toBe(source.title);
      expect(record.happened.start).toBe(source.date.start);
      expect(record.happened.precision).toBe(mustParsePartialDate(source.date.start).precision);
      expect(record.revealed?.start ?? null).toBe(source.revealed?.start ?? null);
      expect(record.sources.map((s: { id: string }) => s.id)).toEqual(source.sources);
      expect(record.claims.map((c: { value: number; standing: string }) => [c.value, c.standing])).toEqual(
        source.claims.map((c) => [c.value, c.status]),
      );
      expect(record.corrections).toEqual(source.corrections);
      expect(record.updated).toBe(source.updated);
    }
  });

  it('events.csv opens as one row per event, with a BOM and the Arabic intact', () => {
    const bytes = readFileSync(join(DIST, lang, 'data', 'events.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parseCsv(bytes, { bom: true, columns: true, strict: true } as never);
    const header = Object.keys(rows[0]!);
    expect(header).toEqual([...EVENT_COLUMNS]);
    const events = eventsOf(lang);
    expect(rows).toHaveLength(events.length);
    for (const event of events) {
      const row = rows.find((r) => r.id === event.id)!;
      expect(row, event.id).toBeDefined();
      // A cell a spreadsheet would run as a formula starts with an apostrophe (csv.ts).
      const text = (cell: string | undefined) => cell!.replace(/^'(?=[=+\-@\t\r])/, '');
      expect(text(row.title)).toBe(event.data.title);
      expect(text(row.summary)).toBe(event.data.summary);
      expect(row.happened_start).toBe(event.data.date.start);
      expect(row.source_ids!.split('; ')).toEqual(event.data.sources);
    }
    if (lang === 'ar') expect(rows.some((r) => /[\u0600-\u06FF]/.test(r.title!))).toBe(true);
  });

  it('places.geojson is an RFC 7946 FeatureCollection, longitude first, within bounds', () => {
    const geo = JSON.parse(read(lang, 'places.geojson'));
    expect(geo.type).toBe('FeatureCollection');
    // RFC 7946 §4: WGS 84 only; the old "crs" member must not appear.
    expect(geo).not.toHaveProperty('crs');
    expect(geo.features).toHaveLength(checked.places.length);
    for (const feature of geo.features) {
      const place = checked.places.find((p) => p.id === feature.id)!;
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const [lng, lat] = feature.geometry.coordinates;
      expect([lng, lat], feature.id).toEqual([place.lng, place.lat]);
      expect(Math.abs(lng)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(feature.properties.precision_m).toBe(place.precision);
      expect(['sourced', 'estimated']).toContain(feature.properties.basis);
      expect(feature.properties.name).toBe(place.name[lang]);
      const there = eventsOf(lang).filter((e) => e.data.places.includes(place.id));
      expect(feature.properties.events.map((e: { id: string }) => e.id).sort()).toEqual(there.map((e) => e.id).sort());
    }
  });

  it('events.ics parses with ical.js: an all-day entry per date, spanning what is known of it', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(lang, 'events.ics')));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const events = eventsOf(lang);
    expect(entries).toHaveLength(events.length + events.filter((e) => e.data.revealed).length);
    expect(new Set(entries.map((e) => e.uid)).size).toBe(entries.length);
    for (const event of events) {
      const entry = entries.find((e) => e.uid.startsWith(`${event.id}.`))!;
      expect(entry, event.id).toBeDefined();
      expect(entry.summary).toBe(event.data.title);
      expect(entry.startDate.isDate).toBe(true);
      const first = mustParsePartialDate(event.data.date.start);
      const last = mustParsePartialDate(event.data.date.end ?? event.data.date.start);
      expect(entry.startDate.toString()).toBe(new Date(first.startMs).toISOString().slice(0, 10));
      expect(entry.endDate.toString()).toBe(new Date(last.endMs).toISOString().slice(0, 10));
      const url = entry.component.getFirstPropertyValue('url');
      expect(url).toBe(`${SITE}/${lang}/events/${event.id}/`);
    }
  });

  it('the data page links every file, the bibliography and the standings, and the files exist', () => {
    const page = distPages().find((p) => p.url === `/${lang}/data/`)!;
    expect(page).toBeDefined();
    const hrefs = page.doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!);
    for (const file of DATA_FILES) {
      expect(hrefs, file).toContain(`/${lang}/data/${file}`);
      expect(resolveInDist(`/${lang}/data/${file}`), file).not.toBeNull();
    }
    expect(hrefs).toContain(`/${lang}/sources/bibliography.json`);
    expect(hrefs).toContain(`/${lang}/about/#standings`);
  });

  it('the data page describes the dataset as JSON-LD, each download a file of the site', () => {
    const page = distPages().find((p) => p.url === `/${lang}/data/`)!;
    const blocks = page.doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!.textContent);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.inLanguage).toBe(lang);
    expect(ld.url).toBe(`${SITE}/${lang}/data/`);
    expect(ld.dateModified).toBe(JSON.parse(read(lang, 'events.json')).updated);
    const starts = eventsOf(lang).flatMap((e) => [
      e.data.date.start,
      ...(e.data.revealed ? [e.data.revealed.start] : []),
    ]);
    const earliest = starts.reduce((a, b) =>
      mustParsePartialDate(b).startMs < mustParsePartialDate(a).startMs ? b : a,
    );
    expect(ld.temporalCoverage.split('/')[0]).toBe(earliest);
    expect(ld.distribution.map((d: { contentUrl: string }) => new URL(d.contentUrl).pathname)).toEqual(
      DATA_FILES.map((file) => `/${lang}/data/${file}`),
    );
    for (const d of ld.distribution) expect(builtFileOf(d.contentUrl), d.contentUrl).not.toBeNull();
  });

  it('About and the download page link to the data page', () => {
    for (const from of ['about', 'download']) {
      const page = distPages().find((p) => p.url === `/${lang}/${from}/`)!;
      const hrefs = page.doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href'));
      expect(hrefs, from).toContain(`/${lang}/data/`);
    }
  });
});

it('the folder edition holds the data files', () => {
  const names = Object.keys(unzipSync(readFileSync(join(DIST, ARCHIVE_FILE))));
  for (const lang of LANGS) {
    for (const file of DATA_FILES) expect(names, file).toContain(`${ARCHIVE_FOLDER}/${lang}/data/${file}`);
  }
});
