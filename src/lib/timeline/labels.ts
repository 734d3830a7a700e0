// The words of the timeline, gathered on the server from the site's strings: those of its controls
// are written into the page, those the element writes itself travel in one data-labels attribute.
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { CHAPTERS, EVENT_KINDS, type Chapter, type EventKind } from '../taxonomy.ts';
import { formatInstantToParts, formatNumber } from '../format.ts';
import type { TickCalendar, TickPart, TickUnit } from './calendar.ts';

/** The words the element writes itself: announcements, marks' names, the detail panel, the axis.
 * The words of its controls are in the page (Timeline.astro). */
export interface TimelineLabels {
  happened: string;
  revealed: string;
  kinds: Record<EventKind, string>;
  announce: string;
  places: string;
  sources: string;
  comma: string;
  /** The axis labels' words. */
  calendar: TickCalendar;
}

export function timelineLabels(lang: Lang): TimelineLabels {
  return {
    happened: t(lang, 'timeline.happened'),
    revealed: t(lang, 'timeline.revealed'),
    kinds: kindNames(lang),
    announce: t(lang, 'timeline.announce'),
    places: t(lang, 'event.places'),
    sources: t(lang, 'event.sources'),
    comma: LOCALES[lang].comma,
    calendar: tickCalendar(lang),
  };
}

export function kindNames(lang: Lang): Record<EventKind, string> {
  return Object.fromEntries(EVENT_KINDS.map((k) => [k, t(lang, `kind.${k}`)])) as Record<EventKind, string>;
}

export function chapterNames(lang: Lang): Record<Chapter, string> {
  return Object.fromEntries(CHAPTERS.map((c) => [c, t(lang, `chapter.${c}`)])) as Record<Chapter, string>;
}

const UNITS: readonly TickUnit[] = ['year', 'month', 'day'];
const isField = (type: string): type is TickUnit => (UNITS as readonly string[]).includes(type);

/** The axis labels' words, read from the formats that write every other date on the site. */
export function tickCalendar(lang: Lang): TickCalendar {
  const parts = (ms: number, unit: TickUnit) => formatInstantToParts(ms, unit, lang);
  const pattern = (unit: TickUnit): TickPart[] =>
    parts(Date.UTC(2013, 3, 16), unit).map((p) => (isField(p.type) ? { field: p.type } : p.value));
  const months = (unit: 'day' | 'month') =>
    Array.from({ length: 12 }, (_, m) => parts(Date.UTC(2013, m, 16), unit).find((p) => p.type === 'month')!.value);
  return {
    patterns: { year: pattern('year'), month: pattern('month'), day: pattern('day') },
    months: { day: months('day'), month: months('month') },
    digits: Array.from({ length: 10 }, (_, d) => formatNumber(d, lang)).join(''),
  };
}
