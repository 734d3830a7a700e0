// Turns content entries into the timeline's records: both clocks as instants, labels already
// formatted in the page's language; and, apart, what the detail panel shows (places and sources
// by name).
import type { Lang } from '../../i18n/locales.ts';
import type { EventData, EventDate, Place, Source } from '../content-schema.ts';
import { formatEventDate } from '../format.ts';
import { mustParsePartialDate } from '../partial-date.ts';
import { eventPath } from '../paths.ts';
import type { Interval, TimelineDetail, TimelineEvent } from './types.ts';

export function dateInterval(date: EventDate): Interval {
  const start = mustParsePartialDate(date.start);
  const end = date.end ? mustParsePartialDate(date.end) : start;
  return [start.startMs, end.endMs];
}

export function toTimelineEvent(id: string, data: EventData, lang: Lang): TimelineEvent {
  return {
    id,
    title: data.title,
    kind: data.kind,
    chapter: data.chapter,
    ...(data.lead ? { lead: true } : {}),
    happened: dateInterval(data.date),
    ...(data.revealed
      ? { revealed: dateInterval(data.revealed), revealedLabel: formatEventDate(data.revealed, lang) }
      : {}),
    happenedLabel: formatEventDate(data.date, lang),
  };
}

/** `hrefFor` gives where the event links to when not its page (an embedded timeline keeps readers in the frame). */
export function toTimelineDetail(
  id: string,
  data: EventData,
  lang: Lang,
  places: Map<string, Place>,
  sources: Map<string, Source>,
  hrefFor?: (id: string) => string,
): TimelineDetail {
  return {
    summary: data.summary,
    href: hrefFor ? hrefFor(id) : eventPath(lang, id),
    places: data.places.map((p) => places.get(p)?.name[lang] ?? p),
    sources: [...new Set(data.sources.map((s) => sources.get(s)?.publisher[lang] ?? s))],
  };
}
