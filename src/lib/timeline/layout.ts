// Where every mark goes for a given scale and clock: pixel extent, lane, label. Pure, so it
// is unit-tested and snapshot-tested for both directions, and cheap enough to run on every
// zoom frame: only the events inside the visible window are laid out (binary search).
import { CHAPTERS, type Chapter } from '../taxonomy.ts';
import { intervalFor, orderByClock, otherInterval } from './clock.ts';
import { LaneSet, estimateWidthOfLength, truncateLabel } from './lanes.ts';
import type { TimeScale } from './scale.ts';
import type { Clock, Direction, Interval, TimelineEvent } from './types.ts';

export interface LayoutOptions {
  scale: TimeScale;
  width: number;
  dir: Direction;
  clock: Clock;
  maxLanes: number;
  fontSize: number;
  /** Chapters hidden by the reader's filter: their events are left out. */
  hidden?: ReadonlySet<Chapter>;
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

/** Events ordered for one clock, with what the visible-window search and the layout need, in
 * typed arrays: the layout reads them rather than the events, so a mark that ends in the
 * overflow row costs a few numbers and no object. */
export interface ClockIndex {
  clock: Clock;
  events: readonly TimelineEvent[];
  starts: Float64Array;
  ends: Float64Array;
  /** Middle of each event's interval: the overview strip's ticks. */
  mids: Float64Array;
  /** Each event's chapter, as its position in CHAPTERS. */
  chapters: Uint8Array;
  /** 1 for a chapter's own page (lead), whose label is kept in crowded stretches. */
  leads: Uint8Array;
  /** Longest interval, so a span that began before the window is still found. */
  maxDuration: number;
  /** Latest end of any interval. */
  lastEnd: number;
  /** The span every event covers under both clocks, unpadded (see fullDomain). */
  span: Interval;
}

const CHAPTER_CODES = new Map<string, number>(CHAPTERS.map((c, i) => [c, i]));

/** One flag per chapter (by its position in CHAPTERS): 1 where the chapter is hidden. */
export function chapterMask(hidden: ReadonlySet<Chapter> | undefined): Uint8Array {
  const mask = new Uint8Array(CHAPTERS.length + 1);
  if (hidden) for (const chapter of hidden) mask[CHAPTER_CODES.get(chapter) ?? CHAPTERS.length] = 1;
  return mask;
}

/** Events in order for a clock, indexed in one pass: the first render pays for every pass over
 * ten thousand events, in code the engine has not yet optimised. (Hot loops here index arrays
 * and avoid destructuring, which costs an iterator per call before optimisation.) */
export function indexForClock(events: readonly TimelineEvent[], clock: Clock): ClockIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const mids = new Float64Array(n);
  const chapters = new Uint8Array(n);
  const leads = new Uint8Array(n);
  let maxDuration = 0;
  let lastEnd = -Infinity;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = events[i]!;
    // Both clocks' span, in the same pass: one pass fewer over every event on a first render.
    const h = event.happened;
    if (h[0] < min) min = h[0];
    if (h[1] > max) max = h[1];
    const r = event.revealed;
    if (r !== undefined) {
      if (r[0] < min) min = r[0];
      if (r[1] > max) max = r[1];
    }
    const interval = intervalFor(event, clock);
    const s = interval[0];
    const end = interval[1];
    // Out of order (the revealed clock, or data not in the page's order): sort, then index.
    if (i > 0 && (s < starts[i - 1]! || (s === starts[i - 1]! && events[i - 1]!.id > event.id)))
      return indexForClock(orderByClock(events, clock), clock);
    starts[i] = s;
    ends[i] = end;
    mids[i] = (s + end) / 2;
    chapters[i] = CHAPTER_CODES.get(event.chapter) ?? CHAPTERS.length;
    if (event.lead) leads[i] = 1;
    if (end - s > maxDuration) maxDuration = end - s;
    if (end > lastEnd) lastEnd = end;
  }
  return { clock, events, starts, ends, mids, chapters, leads, maxDuration, lastEnd, span: [min, max] };
}

/** Whether the time window [from, to) shows the whole span of the index's events. */
function showsAll(index: ClockIndex, window: Interval): boolean {
  return index.events.length === 0 || (window[0] <= index.starts[0]! && window[1] >= index.lastEnd);
}

/** Positions [first, last) in the index of the events that may overlap the time window [from,
 * to): those that start in it, or before it by no more than the longest interval. */
function candidates(index: ClockIndex, window: Interval): [number, number] {
  // The whole span in view (the first render, "Show all"): every event, with no search.
  if (showsAll(index, window)) return [0, index.events.length];
  return [firstStartingAt(index.starts, window[0] - index.maxDuration), firstStartingAt(index.starts, window[1])];
}

/** The events that overlap the time window [from, to), in order. */
export function visibleEvents(index: ClockIndex, window: Interval): readonly TimelineEvent[] {
  if (showsAll(index, window)) return index.events;
  const [first, last] = candidates(index, window);
  const out: TimelineEvent[] = [];
  for (let i = first; i < last; i++) if (index.ends[i]! > window[0]) out.push(index.events[i]!);
  return out;
}

export interface TimelineLayout {
  /** Marks with a lane, and so a label. */
  marks: MarkLayout[];
  /** Marks without a lane, as plain numbers (no object per mark), so thousands of them cost
   * little on each frame: their events' positions in `events` and their centres.
   * overflowMark() makes a full mark when one is needed. */
  overflow: { events: readonly TimelineEvent[]; count: number; at: Int32Array; cx: Float64Array };
}

/**
 * Walks the events through a crowded stretch, where every lane is taken: each one goes to the
 * overflow row until one may get a lane. Apart from the layout itself, and reading only typed
 * arrays, so the engine optimises this loop early and keeps it: a crowded stretch of ten
 * thousand events costs a few multiply-adds each.
 */
class Sweep {
  /** The extent of the event the sweep stopped at. */
  x0 = 0;
  x1 = 0;
  cx = 0;
  isSpan = false;
  rs = 0;
  count = 0;
  /** Before these reading positions every shared lane, and the chapters' lane, is taken. */
  sharedBlocked = -Infinity;
  leadBlocked = -Infinity;
  readonly at: Int32Array;
  readonly cxs: Float64Array;
  private readonly k: number;
  private readonly d0: number;
  private readonly r0: number;

  constructor(
    private readonly index: ClockIndex,
    private readonly windowStart: number,
    private readonly hidden: Uint8Array,
    scale: TimeScale,
    private readonly width: number,
    private readonly rtl: boolean,
    size: number,
  ) {
    const [d0, d1] = scale.domain() as [number, number];
    const [r0, r1] = scale.range() as [number, number];
    this.k = (r1 - r0) / (d1 - d0);
    this.d0 = d0;
    this.r0 = r0;
    this.at = new Int32Array(size);
    this.cxs = new Float64Array(size);
  }

  /** From position `i`, sends crowded events to the overflow row; returns the position of the
   * first event that may get a lane (its extent in x0, x1, cx, rs), or `last`. */
  crowdedUntil(i: number, last: number): number {
    const { starts, ends, chapters, leads } = this.index;
    for (; i < last; i++) {
      const end = ends[i]!;
      if (end <= this.windowStart || this.hidden[chapters[i]!] === 1) continue;
      // The scale as one multiply-add, as pixelMapper() writes it.
      const a = this.r0 + (starts[i]! - this.d0) * this.k;
      const b = this.r0 + (end - this.d0) * this.k;
      let x0 = a < b ? a : b;
      let x1 = a < b ? b : a;
      const cx = (x0 + x1) / 2;
      const isSpan = x1 - x0 >= MIN_SPAN_PX;
      if (!isSpan) {
        x0 = cx - DOT_RADIUS;
        x1 = cx + DOT_RADIUS;
      }
      const rs = this.rtl ? this.width - x1 : x0;
      if (rs < this.sharedBlocked && (leads[i] === 0 || rs < this.leadBlocked)) {
        this.at[this.count] = i;
        this.cxs[this.count++] = cx;
        continue;
      }
      this.x0 = x0;
      this.x1 = x1;
      this.cx = cx;
      this.isSpan = isSpan;
      this.rs = rs;
      return i;
    }
    return last;
  }

  /** The event at `i` found no lane. */
  overflow(i: number): void {
    this.at[this.count] = i;
    this.cxs[this.count++] = this.cx;
  }
}

/** Lays out the events of the index that overlap the time window shown by `options.scale`, in
 * time order (which is reading order). */
export function layoutTimeline(index: ClockIndex, options: LayoutOptions): TimelineLayout {
  const { width, dir, clock, maxLanes, fontSize, hidden, maxLabelChars = 34 } = options;
  const [d0, d1] = options.scale.domain() as [number, number];
  const window: Interval = [Math.min(d0, d1), Math.max(d0, d1)];
  const [first, last] = candidates(index, window);
  const px = pixelMapper(options.scale);
  // The chapters' own pages get a lane of their own at the top, so that in a crowded stretch
  // their labels are the last to go; every other event shares the remaining lanes.
  let hasLeads = false;
  if (maxLanes > 1)
    for (let i = first; i < last && !hasLeads; i++) hasLeads = index.leads[i] === 1 && index.ends[i]! > window[0];
  const leadLane = new LaneSet(hasLeads ? 1 : 0);
  const lanes = new LaneSet(hasLeads ? maxLanes - 1 : maxLanes);
  const laneOffset = hasLeads ? 1 : 0;
  const marks: MarkLayout[] = [];
  const sweep = new Sweep(index, window[0], chapterMask(hidden), options.scale, width, dir === 'rtl', last - first);
  for (let i = sweep.crowdedUntil(first, last); i < last; i = sweep.crowdedUntil(i + 1, last)) {
    const event = index.events[i]!;
    const { x0, x1, rs } = sweep;
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
    sweep.sharedBlocked = lanes.blockedBefore();
    sweep.leadBlocked = leadLane.blockedBefore();
    if (lane === -1) {
      sweep.overflow(i);
      continue;
    }
    const mark: MarkLayout = {
      event,
      x0,
      x1,
      isSpan: sweep.isSpan,
      cx: sweep.cx,
      lane,
      label: truncateLabel(event.title, maxLabelChars),
      labelX,
      labelAnchor,
    };
    const other = otherInterval(event, clock);
    if (other) mark.otherX = (px(other[0]) + px(other[1])) / 2;
    marks.push(mark);
  }
  return {
    marks,
    overflow: { events: index.events, count: sweep.count, at: sweep.at, cx: sweep.cxs },
  };
}

/** The overview strip's ticks: one per pixel column under the full span (`scale`) where an
 * event shown has its middle, marked in a byte array: cheap for tens of thousands of events. */
export function overviewColumns(
  index: ClockIndex,
  scale: TimeScale,
  width: number,
  hidden?: ReadonlySet<Chapter>,
): Uint8Array {
  const [d0, d1] = scale.domain() as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0);
  const used = new Uint8Array(width + 1);
  const mask = chapterMask(hidden);
  const { mids, chapters } = index;
  for (let i = 0; i < mids.length; i++) {
    if (mask[chapters[i]!] === 1) continue;
    const x = Math.round(r0 + (mids[i]! - d0) * k);
    if (x >= 0 && x <= width) used[x] = 1;
  }
  return used;
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
