// All content queries in one place. Pages and components ask here, never getCollection directly.
import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from './i18n/locales.ts';
import type { Place, Source } from './lib/content-schema.ts';
import { sortEvents } from './lib/event-order.ts';
import { mapData } from './lib/map/data.ts';
import { citedIds } from './lib/mdx-body.ts';
import { citationOrder } from './lib/footnote-numbers.ts';
import { eventRecord } from './lib/open-data/records.ts';
import { eventPath, permalink } from './lib/paths.ts';

export type EventEntry = CollectionEntry<'events'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ClassroomEntry = CollectionEntry<'classroom'>;

/** "ar/tadamon-massacre" → "tadamon-massacre": the id shared by both languages. */
export function eventId(entry: EventEntry | PageEntry | ClassroomEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

export async function eventsByLang(lang: Lang): Promise<EventEntry[]> {
  const entries = await getCollection('events', (e) => e.id.startsWith(`${lang}/`));
  return sortEvents(entries, (e) => ({ date: e.data.date, id: eventId(e) }));
}

/** Every event page in both languages, as Astro's getStaticPaths() wants them: the event page,
 * its embedded view and its oEmbed document all use this. */
export async function eventStaticPaths(): Promise<
  { params: { lang: Lang; id: string }; props: { event: EventEntry } }[]
> {
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      (await eventsByLang(lang)).map((event) => ({ params: { lang, id: eventId(event) }, props: { event } })),
    ),
  );
  return perLang.flat();
}

/** The sources an event's page lists, in the order its footnotes number them: first those cited in
 * the text, then its figures' sources and the rest of its front matter. */
export function eventSourceOrder(event: EventEntry): { inText: string[]; order: string[] } {
  const inText = citedIds(event.body ?? '');
  return { inText, order: citationOrder(inText, [...event.data.claims.map((c) => c.source), ...event.data.sources]) };
}

/** The long-form page of each chapter, in the order of the story. */
export async function chapterLeads(lang: Lang): Promise<EventEntry[]> {
  return (await eventsByLang(lang)).filter((e) => e.data.lead);
}

export async function pageById(lang: Lang, id: string): Promise<PageEntry | undefined> {
  return (await getCollection('pages')).find((p) => p.id === `${lang}/${id}`);
}

/** Classroom pages in one language, in the order of the chapters' lead pages. */
export async function classroomPages(lang: Lang): Promise<ClassroomEntry[]> {
  const [pages, leads] = await Promise.all([
    getCollection('classroom', (p) => p.id.startsWith(`${lang}/`)),
    chapterLeads(lang),
  ]);
  const order = leads.map((e) => e.data.chapter as string);
  return pages.sort((a, b) => order.indexOf(eventId(a)) - order.indexOf(eventId(b)));
}

export async function placesById(): Promise<Map<string, Place>> {
  return new Map((await getCollection('places')).map((p) => [p.data.id, p.data]));
}

export async function sourcesById(): Promise<Map<string, Source>> {
  return new Map((await getCollection('sources')).map((s) => [s.data.id, s.data]));
}

/** What a page with the map of every place needs: the events, every place, the sources, and the map's data. */
export async function allPlacesMap(lang: Lang) {
  const [events, places, sources] = await Promise.all([eventsByLang(lang), placesById(), sourcesById()]);
  const all = [...places.values()];
  const data = mapData(
    all,
    events.map((e) => ({ id: eventId(e), data: e.data })),
    lang,
  );
  return { events, all, sources, data };
}

/** The open dataset in one language: every event as a record, and every place (src/lib/open-data/). */
export async function openData(lang: Lang, site: URL | string) {
  const [events, places, sources] = await Promise.all([eventsByLang(lang), placesById(), sourcesById()]);
  const records = events.map((e) =>
    eventRecord({ id: eventId(e), data: e.data }, lang, permalink(eventPath(lang, eventId(e)), site), places, sources),
  );
  return { records, places: [...places.values()] };
}
