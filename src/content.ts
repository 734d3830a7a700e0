// All content queries in one place. Pages and components ask here, never getCollection directly.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './i18n/locales.ts';
import type { Place, Source } from './lib/content-schema.ts';
import { sortEvents } from './lib/event-order.ts';
import { mapData } from './lib/map/data.ts';

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

/** The long-form page of each chapter, in the order of the story. */
export async function chapterLeads(lang: Lang): Promise<EventEntry[]> {
  return (await eventsByLang(lang)).filter((e) => e.data.lead);
}

export async function pageById(lang: Lang, id: string): Promise<PageEntry | undefined> {
  return (await getCollection('pages')).find((p) => p.id === `${lang}/${id}`);
}

/** Classroom pages in one language, in the order of the chapters' lead pages. */
export async function classroomPages(lang: Lang): Promise<ClassroomEntry[]> {
  const [pages, leads] = await Promise.all([getCollection('classroom', (p) => p.id.startsWith(`${lang}/`)), chapterLeads(lang)]);
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
  const data = mapData(all, events.map((e) => ({ id: eventId(e), data: e.data })), lang);
  return { events, all, sources, data };
}
