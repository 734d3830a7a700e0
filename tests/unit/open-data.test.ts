import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { EventData, Place, Source } from '../../src/lib/content-schema.ts';
import { BYTE_ORDER_MARK, csvField, csvFile, eventRow, EVENT_COLUMNS } from '../../src/lib/open-data/csv.ts';
import { allDaySpan, foldLine, icsText } from '../../src/lib/open-data/icalendar.ts';
import { eventsIcs } from '../../src/lib/open-data/dataset.ts';
import { placesGeoJson } from '../../src/lib/open-data/geojson.ts';
import {
  datasetPeriod,
  datasetUpdated,
  dateRecord,
  eventRecord,
  type EventRecord,
} from '../../src/lib/open-data/records.ts';

const place: Place = {
  id: 'tadamon',
  name: { ar: 'حي التضامن', en: 'Tadamon' },
  lat: 33.48,
  lng: 36.31,
  precision: 1500,
  basis: 'estimated',
  source: 'g1',
};
const source: Source = {
  id: 'g1',
  publisher: { ar: 'الغارديان', en: 'The Guardian' },
  title: 'Massacre in Tadamon',
  date: '2022-04-27',
  url: 'https://example.com/عربي',
  language: 'en',
};
const data: EventData = {
  title: 'Killings in Tadamon, "revealed"',
  summary: 'First line, with a comma;\nsecond line.',
  date: { start: '2013-04-16', approximate: false },
  revealed: { start: '2022-04', approximate: false, status: 'single-source' },
  kind: 'violation',
  chapter: 'tadamon',
  lead: true,
  places: ['tadamon'],
  sources: ['g1'],
  claims: [
    {
      topic: 'killed',
      label: 'People killed',
      value: 41,
      qualifier: 'at-least',
      scope: 'in one video',
      source: 'g1',
      status: 'confirmed',
    },
  ],
  related: [],
  corrections: [{ date: '2026-11-30', note: 'The day was corrected.' }],
  updated: '2026-11-30',
};
const record = (over: Partial<EventData> = {}, id = 'tadamon-massacre'): EventRecord =>
  eventRecord(
    { id, data: { ...data, ...over } },
    'en',
    `https://example.org/en/events/${id}/`,
    new Map([[place.id, place]]),
    new Map([[source.id, source]]),
  );

describe('event records', () => {
  it('give each date its precision, and a date with no standing the standing "confirmed"', () => {
    expect(dateRecord({ start: '2013', approximate: true })).toEqual({
      start: '2013',
      end: null,
      precision: 'year',
      approximate: true,
      standing: 'confirmed',
    });
    const r = record();
    expect(r.happened.precision).toBe('day');
    expect(r.revealed).toMatchObject({ start: '2022-04', precision: 'month', standing: 'single-source' });
    expect(record({ revealed: undefined }).revealed).toBeNull();
  });

  it('look places and sources up in the page language, with source addresses as URIs', () => {
    const r = record();
    expect(r.places).toEqual([{ id: 'tadamon', name: 'Tadamon', lat: 33.48, lng: 36.31 }]);
    expect(r.sources[0]).toMatchObject({
      publisher: 'The Guardian',
      url: 'https://example.com/%D8%B9%D8%B1%D8%A8%D9%8A',
    });
    expect(r.claims[0]).toMatchObject({ value: 41, qualifier: 'at-least', standing: 'confirmed' });
  });

  it('name the event and the field when a place is unknown', () => {
    expect(() => record({ places: ['nowhere'] }, 'x-event')).toThrow(/x-event.*places.*"nowhere"/);
  });

  it('cover the period from the earliest start to the latest end, happened or revealed', () => {
    const spans = [
      record({ date: { start: '2011-03', end: '2013-08', approximate: false }, revealed: undefined }),
      record(
        { date: { start: '2013', approximate: false }, revealed: { start: '2022-04-27', approximate: false } },
        'b',
      ),
      record({ date: { start: '2011-02-15', approximate: false }, revealed: undefined }, 'c'),
    ];
    expect(datasetPeriod(spans)).toEqual({ start: '2011-02-15', end: '2022-04-27' });
    // "2022" ends after "2022-04-27": compared by period, not by the text.
    expect(
      datasetPeriod([...spans, record({ date: { start: '2022', approximate: false }, revealed: undefined }, 'd')]),
    ).toEqual({
      start: '2011-02-15',
      end: '2022',
    });
  });

  it('date the dataset by its latest update', () => {
    expect(datasetUpdated([record({ updated: '2026-01-02' }), record({ updated: '2026-11-30' }, 'b')])).toBe(
      '2026-11-30',
    );
  });
});

describe('CSV (RFC 4180)', () => {
  it('quotes only fields that hold a comma, a quote or a line break, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('حي التضامن')).toBe('حي التضامن');
  });

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("https://example.com","x")')).toBe('"\'=HYPERLINK(""https://example.com"",""x"")"');
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('2013-04-16')).toBe('2013-04-16');
    expect(csvField('a = b')).toBe('a = b');
  });

  it('starts with a BOM, ends every line with CRLF, and reads back as written', () => {
    const rows = [
      ['1', 'a,"b"\nc'],
      ['2', 'دمشق'],
    ];
    const text = csvFile(['id', 'text'], rows);
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text, { bom: true, strict: true } as never)).toEqual([['id', 'text'], ...rows]);
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(() => csvFile(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields, not 2/);
  });

  it('writes one event per row, under the documented columns', () => {
    const row = eventRow(record());
    expect(row).toHaveLength(EVENT_COLUMNS.length);
    const cell = (name: (typeof EVENT_COLUMNS)[number]) => row[EVENT_COLUMNS.indexOf(name)];
    expect(cell('happened_precision')).toBe('day');
    expect(cell('revealed_standing')).toBe('single-source');
    expect(cell('figures')).toBe('People killed = at-least 41 [g1, confirmed]');
    expect(cell('corrections')).toBe('2026-11-30: The day was corrected.');
    expect(eventRow(record({ revealed: undefined })).slice(12, 17)).toEqual(['', '', '', '', '']);
  });
});

describe('iCalendar (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(icsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds long lines at 75 octets without splitting an Arabic letter', () => {
    const line = `SUMMARY:${'مجزرة حي التضامن '.repeat(12)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  });

  it('spans all-day entries over the precision of the date, DTEND exclusive', () => {
    expect(allDaySpan({ start: '2013-04-16', end: null })).toEqual({ start: '20130416', end: '20130417' });
    expect(allDaySpan({ start: '2013-08', end: null })).toEqual({ start: '20130801', end: '20130901' });
    expect(allDaySpan({ start: '2013-12', end: null })).toEqual({ start: '20131201', end: '20140101' });
    expect(allDaySpan({ start: '2014', end: null })).toEqual({ start: '20140101', end: '20150101' });
    expect(allDaySpan({ start: '2011-03', end: '2013-08' })).toEqual({ start: '20110301', end: '20130901' });
  });

  it('gives a page made public later a second entry, and reads back with ical.js', () => {
    const text = eventsIcs([record()], 'en', 'example.org', { page: 'https://example.org/en/data/', schema: '' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(entries.map((e) => e.uid)).toEqual([
      'tadamon-massacre.en@example.org',
      'tadamon-massacre-revealed.en@example.org',
    ]);
    expect(entries[0]!.summary).toBe(data.title);
    expect(entries[0]!.description).toContain(data.summary);
    expect(entries[1]!.summary).toBe(`Made public: ${data.title}`);
    expect(entries[1]!.startDate.toString()).toBe('2022-04-01');
    expect(entries[1]!.endDate.toString()).toBe('2022-05-01');
    expect(entries[1]!.description).toContain('Only one source gives this date.');
  });
});

describe('GeoJSON (RFC 7946)', () => {
  it('puts longitude first and lists the events at each place', () => {
    const geo = placesGeoJson([place], [record()], 'ar', 'description');
    expect(geo.features[0]!.geometry.coordinates).toEqual([36.31, 33.48]);
    expect(geo.features[0]!.properties).toMatchObject({ name: 'حي التضامن', precision_m: 1500, basis: 'estimated' });
    expect(geo.features[0]!.properties.events).toEqual([
      { id: 'tadamon-massacre', title: data.title, url: 'https://example.org/en/events/tadamon-massacre/' },
    ]);
  });
});
