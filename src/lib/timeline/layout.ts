// Where every mark goes for a given scale and clock: pixel extent, lane, label. Pure, so it
// is unit-tested and snapshot-tested for both directions, and cheap enough to run on every
// zoom frame: only the events inside the visible window are laid out (binary search).
import { intervalFor, otherInterval } from './clock.ts';
import { assignLanes, estimateLabelWidth, truncateLabel } from './lanes.ts';
import { readingOffset, type TimeScale } from './scale.ts';
import type { Clock, Direction, Interval, TimelineEvent } from './types.ts';

export interface LayoutOptions {
  scale: TimeScale;
  width: number;
  dir: Direction;
  clock: Clock;
  maxLanes: number;
  fontSize: number;
  /** Events hidden by a filter are left out. */
  include?: (event: TimelineEvent) => boolean;
  /** Longest label in characters before it is shortened. */
  maxLabelChars?: number;
}

export interface MarkLayout {
  event: TimelineEvent;
  /** Screen extent of the mark, x0 ≤ x1. */
  x0: number;
  x1: number;
  /** A span (drawn as a bar) or a point in time (drawn as a dot at cx). */
  isSpan: boolean;
  cx: number;
  /** Lane index from the top, or -1 for the unlabelled overflow row. */
  lane: number;
  label: string;
  /** Where the label is anchored: the mark's inline start (its right end in Arabic), or, near
   * the inline end of the chart, the mark's inline end with the label running back. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** Centre of the event's interval under the other clock, when it has one. */
  otherX?: number;
}

/** Below this width a period is drawn as a dot: a bar a few pixels wide would read as noise. */
export const MIN_SPAN_PX = 10;
export const DOT_RADIUS = 5;

/** Index of the first event whose interval starts at or after `t` (events ordered by start). */
function firstStartingAt(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events ordered for one clock, with what the visible-window search needs. */
export interface ClockIndex {
  clock: Clock;
  events: TimelineEvent[];
  starts: Float64Array;
  /** Longest interval, so a span that began before the window is still found. */
  maxDuration: number;
}

export function indexForClock(orderedEvents: TimelineEvent[], clock: Clock): ClockIndex {
  const starts = new Float64Array(orderedEvents.length);
  let maxDuration = 0;
  orderedEvents.forEach((e, i) => {
    const [s, end] = intervalFor(e, clock);
    starts[i] = s;
    maxDuration = Math.max(maxDuration, end - s);
  });
  return { clock, events: orderedEvents, starts, maxDuration };
}

/** The events that overlap the time window [from, to), in order. */
export function visibleEvents(index: ClockIndex, window: Interval): TimelineEvent[] {
  const first = firstStartingAt(index.starts, window[0] - index.maxDuration);
  const last = firstStartingAt(index.starts, window[1]);
  const out: TimelineEvent[] = [];
  for (let i = first; i < last; i++) {
    const e = index.events[i]!;
    if (intervalFor(e, index.clock)[1] > window[0]) out.push(e);
  }
  return out;
}

export function layoutMarks(events: readonly TimelineEvent[], options: LayoutOptions): MarkLayout[] {
  const { scale, width, dir, clock, maxLanes, fontSize, include = () => true, maxLabelChars = 34 } = options;
  const marks: MarkLayout[] = [];
  for (const event of events) {
    if (!include(event)) continue;
    const [s, e] = intervalFor(event, clock);
    const a = scale(s);
    const b = scale(e);
    const x0 = Math.min(a, b);
    const x1 = Math.max(a, b);
    const isSpan = x1 - x0 >= MIN_SPAN_PX;
    const cx = (x0 + x1) / 2;
    const other = otherInterval(event, clock);
    const mark: MarkLayout = {
      event,
      x0: isSpan ? x0 : cx - DOT_RADIUS,
      x1: isSpan ? x1 : cx + DOT_RADIUS,
      isSpan,
      cx,
      lane: -1,
      label: truncateLabel(event.title, maxLabelChars),
      labelX: 0,
      labelAnchor: 'start',
    };
    mark.labelX = dir === 'rtl' ? mark.x1 : mark.x0;
    if (other) mark.otherX = (scale(other[0]) + scale(other[1])) / 2;
    marks.push(mark);
  }
  const lanes = assignLanes(
    marks.map((m) => {
      const r0 = readingOffset(dir === 'rtl' ? m.x1 : m.x0, width, dir);
      const r1 = r0 + (m.x1 - m.x0);
      const labelWidth = estimateLabelWidth(m.label, fontSize);
      if (r0 + labelWidth <= width) return { start: r0, end: r1, labelWidth };
      // No room before the chart's edge: the label ends at the mark's inline end instead,
      // or, where even that does not fit, ends at the chart's edge.
      const labelEnd = r1 - labelWidth >= 0 ? r1 : Math.min(width, labelWidth);
      m.labelAnchor = 'end';
      m.labelX = dir === 'rtl' ? width - labelEnd : labelEnd;
      const start = Math.min(r0, labelEnd - labelWidth);
      return { start, end: Math.max(r1, labelEnd), labelWidth: labelEnd - start };
    }),
    maxLanes,
  );
  marks.forEach((m, i) => (m.lane = lanes[i]!));
  return marks;
}
