// The timeline as data: one plain record per event, in one language, built from the same front
// matter the pages render. Every file of the open dataset (JSON, CSV, GeoJSON, iCalendar) is
// written from these records, so the files and the pages cannot disagree.
import type { Lang } from '../../i18n/locales.ts';
import type { EventData, EventDate, Place, Source } from '../content-schema.ts';
import { mustParsePartialDate, type Precision } from '../partial-date.ts';
import type { Chapter, EventKind } from '../taxonomy.ts';

/** The content licence of the site's text, and so of every data file. */
export { CONTENT_LICENCE as DATA_LICENCE } from '../licence.ts';

/** How far sources support a date or a figure; the About page explains each. A date the content
 * gives no standing is one that independent sources confirm. */
export type Standing = 'confirmed' | 'one-origin' | 'single-source' | 'disputed';

export interface DateRecord {
  /** As written in the content: "2013", "2013-04" or "2013-04-16". */
  start: string;
  /** Last day, month or year of a span, as written; null for a single date. */
  end: string | null;
  /** The precision of start (and end): "year", "month" or "day". */
  precision: Precision;
  /** The sources give the date only roughly. */
  approximate: boolean;
  standing: Standing;
}

export interface EventRecord {
  /** The page's id, the last segment of its URL, the same in both languages. */
  id: string;
  url: string;
  lang: Lang;
  title: string;
  summary: string;
  chapter: Chapter;
  kind: EventKind;
  /** The chapter's long-form page. */
  lead: boolean;
  happened: DateRecord;
  /** When it became public, where that differs from when it happened. */
  revealed: DateRecord | null;
  places: { id: string; name: string; lat: number; lng: number }[];
  sources: { id: string; title: string; publisher: string; date: string | null; url: string | null }[];
  claims: {
    topic: string;
    label: string;
    value: number;
    qualifier: string;
    scope: string;
    source: string;
    standing: Standing;
  }[];
  contentNote: string | null;
  corrections: { date: string; note: string }[];
  /** The day the page last changed in substance, YYYY-MM-DD. */
  updated: string;
}

export function dateRecord(date: EventDate): DateRecord {
  return {
    start: date.start,
    end: date.end ?? null,
    precision: mustParsePartialDate(date.start).precision,
    approximate: date.approximate,
    standing: date.status ?? 'confirmed',
  };
}

export interface EventInput {
  id: string;
  data: EventData;
}

/** One event as data. `url` is the page's absolute address; places and sources are looked up by
 * id (the content check has made sure every id exists). */
export function eventRecord(
  event: EventInput,
  lang: Lang,
  url: string,
  places: ReadonlyMap<string, Place>,
  sources: ReadonlyMap<string, Source>,
): EventRecord {
  const { data } = event;
  return {
    id: event.id,
    url,
    lang,
    title: data.title,
    summary: data.summary,
    chapter: data.chapter,
    kind: data.kind,
    lead: data.lead,
    happened: dateRecord(data.date),
    revealed: data.revealed ? dateRecord(data.revealed) : null,
    places: data.places.map((id) => {
      const place = mustFind(places, id, event.id, 'places');
      return { id, name: place.name[lang], lat: place.lat, lng: place.lng };
    }),
    sources: data.sources.map((id) => {
      const source = mustFind(sources, id, event.id, 'sources');
      return {
        id,
        title: source.title,
        publisher: source.publisher[lang],
        date: source.date ?? null,
        // As a URI (percent-encoded), which every tool reads; some sources' addresses hold Arabic.
        url: source.url ? new URL(source.url).href : null,
      };
    }),
    claims: data.claims.map((c) => ({
      topic: c.topic,
      label: c.label,
      value: c.value,
      qualifier: c.qualifier,
      scope: c.scope,
      source: c.source,
      standing: c.status,
    })),
    contentNote: data.contentNote ?? null,
    corrections: data.corrections.map((c) => ({ date: c.date, note: c.note })),
    updated: data.updated,
  };
}

/** The latest `updated` day of the records: the dataset's own last update. */
export function datasetUpdated(records: readonly EventRecord[]): string {
  return records.reduce((latest, r) => (r.updated > latest ? r.updated : latest), '');
}

function mustFind<T>(map: ReadonlyMap<string, T>, id: string, event: string, field: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`content/events/*/${event}.mdx: ${field} names "${id}", which does not exist`);
  return found;
}

/** The first and last dates the records cover, as written: the earliest start and the latest end
 * (or start) of any date, happened or revealed. Compared by period, so "2013" ends after "2013-04". */
export function datasetPeriod(records: readonly EventRecord[]): { start: string; end: string } {
  const dates = records.flatMap((r) => (r.revealed ? [r.happened, r.revealed] : [r.happened]));
  if (dates.length === 0) throw new Error('a dataset with no events has no period');
  const first = (d: DateRecord) => mustParsePartialDate(d.start);
  const last = (d: DateRecord) => mustParsePartialDate(d.end ?? d.start);
  const start = dates.reduce((a, b) => (first(b).startMs < first(a).startMs ? b : a));
  const end = dates.reduce((a, b) => (last(b).endMs > last(a).endMs ? b : a));
  return { start: start.start, end: end.end ?? end.start };
}
