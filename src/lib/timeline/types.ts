// The timeline's data, as the page hands it to the browser (inline JSON): one record per event
// with both of its clocks already resolved to instants, and its labels already formatted, so
// the browser never parses dates or formats text itself. What only the detail panel shows
// travels apart (TimelineDetail), read when the reader first selects an event: the first
// render of ten thousand events parses only what it draws.
import type { Chapter, EventKind } from '../taxonomy.ts';

/** Which date places an event on the axis: when it happened, or when it became public. */
export type Clock = 'happened' | 'revealed';

/** [first instant, first instant after] in UTC milliseconds: a day, a month, a year or a span. */
export type Interval = readonly [number, number];

export interface TimelineEvent {
  id: string;
  title: string;
  kind: EventKind;
  chapter: Chapter;
  /** The chapter's long-form page: its label is kept visible in crowded stretches. */
  lead?: boolean;
  happened: Interval;
  /** Only where the event became public at another time than it happened. */
  revealed?: Interval;
  happenedLabel: string;
  revealedLabel?: string;
}

/** What the detail panel shows of an event, beyond its mark. */
export interface TimelineDetail {
  summary: string;
  href: string;
  /** Place names in the page's language. */
  places: string[];
  /** Publisher names of the event's sources, in the page's language. */
  sources: string[];
}

export type Direction = 'ltr' | 'rtl';
