// The files of the open dataset, in one language, from the event records: what each file holds
// beyond the records themselves (title, licence, address of its description) is decided here.
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { allDaySpan, icsCalendar, type CalendarEntry } from './icalendar.ts';
import { DATA_LICENCE, datasetUpdated, type DateRecord, type EventRecord } from './records.ts';

/** The files, by name; the data page describes them in this order. */
export const DATA_FILES = ['events.json', 'events.schema.json', 'events.csv', 'places.geojson', 'events.ics'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export const DATA_MEDIA_TYPES: Record<DataFile, string> = {
  'events.json': 'application/json; charset=utf-8',
  'events.schema.json': 'application/schema+json; charset=utf-8',
  'events.csv': 'text/csv; charset=utf-8; header=present',
  'places.geojson': 'application/geo+json; charset=utf-8',
  'events.ics': 'text/calendar; charset=utf-8',
};

export interface DatasetAddresses {
  /** The data page, which describes the files and how to cite them. */
  page: string;
  /** The published JSON Schema. */
  schema: string;
}

export function eventsJson(records: readonly EventRecord[], lang: Lang, at: DatasetAddresses) {
  return {
    $schema: at.schema,
    title: t(lang, 'data.datasetTitle', { site: t(lang, 'site.name') }),
    language: lang,
    license: DATA_LICENCE.url,
    url: at.page,
    updated: datasetUpdated(records),
    events: records,
  };
}

/** What a calendar entry's description says about its date: the precision, and any caution. */
function dateNote(date: DateRecord, lang: Lang): string {
  const notes = [t(lang, `data.ics.precision.${date.precision}`)];
  if (date.approximate) notes.push(t(lang, 'data.ics.approximate'));
  if (date.standing !== 'confirmed') notes.push(t(lang, `data.ics.standing.${date.standing}`));
  return notes.join(' ');
}

function calendarEntry(record: EventRecord, lang: Lang, host: string, revealed: boolean): CalendarEntry {
  const date = revealed ? record.revealed! : record.happened;
  return {
    uid: `${record.id}${revealed ? '-revealed' : ''}.${lang}@${host}`,
    updated: record.updated,
    span: allDaySpan(date),
    summary: revealed ? t(lang, 'data.ics.revealed', { title: record.title }) : record.title,
    description: [record.summary, dateNote(date, lang), record.url].join('\n\n'),
    url: record.url,
    location: record.places.length > 0 ? record.places.map((p) => p.name).join(LOCALES[lang].comma) : null,
    // A context event's chapter and kind have the same name: list it once.
    categories: [...new Set([t(lang, `chapter.${record.chapter}`), t(lang, `kind.${record.kind}`)])],
  };
}

/** Every event as an all-day entry, and a second entry for the day it became public, if later. */
export function eventsIcs(records: readonly EventRecord[], lang: Lang, host: string, at: DatasetAddresses): string {
  const entries = records.flatMap((r) => [
    calendarEntry(r, lang, host, false),
    ...(r.revealed ? [calendarEntry(r, lang, host, true)] : []),
  ]);
  return icsCalendar(
    {
      product: `-//${host}//${t(lang, 'site.name')}//${lang.toUpperCase()}`,
      name: t(lang, 'data.datasetTitle', { site: t(lang, 'site.name') }),
      description: t(lang, 'data.ics.description', { licence: DATA_LICENCE.name, url: at.page }),
    },
    entries,
  );
}
