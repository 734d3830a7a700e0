// Where every mark goes for a given scale and clock: pixel extent, lane, label. Pure, so it
// is unit-tested and snapshot-tested for both directions, and cheap enough to run on every
// zoom frame: only the events inside the visible window are laid out (binary search).
import { intervalFor, orderByClock, otherInterval } from './clock.ts';
import { LaneSet, estimateWidthOfLength, truncateLabel } from './lanes.ts';
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
  events: readonly TimelineEvent[];
  starts: Float64Array;
  /** Middle of each event's interval: the overview strip's ticks. */
  mids: Float64Array;
  /** Longest interval, so a span that began before the window is still found. */
  maxDuration: number;
  /** Latest end of any interval. */
  lastEnd: number;
}

/** Events in order for a clock, indexed in one pass: the first render pays for every pass over
 * ten thousand events, in code the engine has not yet optimised. (Hot loops here index arrays
 * and avoid destructuring, which costs an iterator per call before optimisation.) */
export function indexForClock(events: readonly TimelineEvent[], clock: Clock): ClockIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const mids = new Float64Array(n);
  let maxDuration = 0;
  let lastEnd = -Infinity;
  for (let i = 0; i < n; i++) {
    const interval = intervalFor(events[i]!, clock);
    const s = interval[0];
    const end = interval[1];
    // Out of order (the revealed clock, or data not in the page's order): sort, then index.
    if (i > 0 && (s < starts[i - 1]! || (s === starts[i - 1]! && events[i - 1]!.id > events[i]!.id)))
      return indexForClock(orderByClock(events, clock), clock);
    starts[i] = s;
    mids[i] = (s + end) / 2;
    if (end - s > maxDuration) maxDuration = end - s;
    if (end > lastEnd) lastEnd = end;
  }
  return { clock, events, starts, mids, maxDuration, lastEnd };
}

/** The events that overlap the time window [from, to), in order. */
export function visibleEvents(index: ClockIndex, window: Interval): readonly TimelineEvent[] {
  // The whole span in view (the first render, "Show all"): every event, with no pass over them.
  if (index.events.length === 0 || (window[0] <= index.starts[0]! && window[1] >= index.lastEnd)) return index.events;
  const first = firstStartingAt(index.starts, window[0] - index.maxDuration);
  const last = firstStartingAt(index.starts, window[1]);
  const out: TimelineEvent[] = [];
  for (let i = first; i < last; i++) {
    const e = index.events[i]!;
    if (intervalFor(e, index.clock)[1] > window[0]) out.push(e);
  }
  return out;
}

export interface TimelineLayout {
  /** Marks with a lane, and so a label. */
  marks: MarkLayout[];
  /** Marks without a lane: their events and centres, kept as plain lists (no object per mark),
   * so thousands of them cost little on each frame. markFor() makes a full mark when needed. */
  overflow: { events: TimelineEvent[]; cx: number[] };
}

/** Lays out the visible events in one pass, in time order (which is reading order). */
export function layoutTimeline(events: readonly TimelineEvent[], options: LayoutOptions): TimelineLayout {
  const { width, dir, clock, maxLanes, fontSize, include, maxLabelChars = 34 } = options;
  const px = pixelMapper(options.scale);
  // The chapters' own pages get a lane of their own at the top, so that in a crowded stretch
  // their labels are the last to go; every other event shares the remaining lanes.
  const hasLeads = maxLanes > 1 && events.some((e) => e.lead);
  const leadLane = new LaneSet(hasLeads ? 1 : 0);
  const lanes = new LaneSet(hasLeads ? maxLanes - 1 : maxLanes);
  const laneOffset = hasLeads ? 1 : 0;
  const marks: MarkLayout[] = [];
  const overflow: TimelineLayout['overflow'] = { events: [], cx: [] };
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (include && !include(event)) continue;
    const interval = intervalFor(event, clock);
    const a = px(interval[0]);
    const b = px(interval[1]);
    let x0 = a < b ? a : b;
    let x1 = a < b ? b : a;
    const cx = (x0 + x1) / 2;
    const isSpan = x1 - x0 >= MIN_SPAN_PX;
    if (!isSpan) {
      x0 = cx - DOT_RADIUS;
      x1 = cx + DOT_RADIUS;
    }
    const rs = readingOffset(dir === 'rtl' ? x1 : x0, width, dir);
    // Crowded stretch: every lane is taken here, so skip the label arithmetic altogether.
    if (lanes.fullBefore(rs) && !(event.lead && !leadLane.fullBefore(rs))) {
      overflow.events.push(event);
      overflow.cx.push(cx);
      continue;
    }
    const re = rs + (x1 - x0);
    const labelWidth = estimateWidthOfLength(Math.min(event.title.length, maxLabelChars), fontSize);
    let labelAnchor: 'start' | 'end' = 'start';
    let labelX = dir === 'rtl' ? x1 : x0;
    let item = { start: rs, end: re, labelWidth };
    if (rs + labelWidth > width) {
      // No room before the chart's edge: the label ends at the mark's inline end instead,
      // or, where even that does not fit, ends at the chart's edge.
      const labelEnd = re - labelWidth >= 0 ? re : Math.min(width, labelWidth);
      labelAnchor = 'end';
      labelX = dir === 'rtl' ? width - labelEnd : labelEnd;
      const start = Math.min(rs, labelEnd - labelWidth);
      item = { start, end: Math.max(re, labelEnd), labelWidth: labelEnd - start };
    }
    const leadPlace = event.lead ? leadLane.place(item) : -1;
    const shared = leadPlace === -1 ? lanes.place(item) : -1;
    const lane = leadPlace !== -1 ? 0 : shared === -1 ? -1 : shared + laneOffset;
    if (lane === -1) {
      overflow.events.push(event);
      overflow.cx.push(cx);
      continue;
    }
    const mark: MarkLayout = {
      event,
      x0,
      x1,
      isSpan,
      cx,
      lane,
      label: truncateLabel(event.title, maxLabelChars),
      labelX,
      labelAnchor,
    };
    const other = otherInterval(event, clock);
    if (other) mark.otherX = (px(other[0]) + px(other[1])) / 2;
    marks.push(mark);
  }
  return { marks, overflow };
}

/** A full mark for an event in the overflow row: drawn as its own element when marks are few,
 * or when it is selected. */
export function overflowMark(
  event: TimelineEvent,
  options: Pick<LayoutOptions, 'scale' | 'dir' | 'clock'>,
): MarkLayout {
  const px = pixelMapper(options.scale);
  const [s, e] = intervalFor(event, options.clock);
  const a = px(s);
  const b = px(e);
  const cx = (a + b) / 2;
  const half = Math.max(Math.abs(b - a), MIN_SPAN_PX) / 2;
  const isSpan = Math.abs(b - a) >= MIN_SPAN_PX;
  const x0 = isSpan ? cx - half : cx - DOT_RADIUS;
  const x1 = isSpan ? cx + half : cx + DOT_RADIUS;
  const mark: MarkLayout = {
    event,
    x0,
    x1,
    isSpan,
    cx,
    lane: -1,
    label: '',
    labelX: options.dir === 'rtl' ? x1 : x0,
    labelAnchor: 'start',
  };
  const other = otherInterval(event, options.clock);
  if (other) mark.otherX = (px(other[0]) + px(other[1])) / 2;
  return mark;
}

/** The scale as one multiply-add: it runs for every visible event on every frame. */
function pixelMapper(scale: TimeScale): (t: number) => number {
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0);
  return (t) => r0 + (t - d0) * k;
}
