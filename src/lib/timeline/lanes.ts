// Places marks in lanes so that no label hides another. Works in reading coordinates
// (distance from the inline start), so the same code serves both directions: a label starts
// at its mark's inline start and runs towards the inline end.

export interface LaneItem {
  /** Inline start and end of the mark, in reading coordinates (px). */
  start: number;
  end: number;
  /** Width the label needs from the mark's start (px). */
  labelWidth: number;
}

/**
 * Greedy interval partitioning: items in order of start, each into the first lane whose last
 * occupant ends (with its label) before this one starts. Returns a lane per item, or -1 when
 * all `maxLanes` are taken there: such marks are drawn without a label in the overflow row.
 */
export function assignLanes(items: readonly LaneItem[], maxLanes: number, gap = 8): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length).fill(-1);
  for (const i of order) {
    const item = items[i]!;
    const occupiedTo = item.start + Math.max(item.end - item.start, item.labelWidth);
    let lane = laneEnds.findIndex((end) => end + gap <= item.start);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane === -1) continue;
    laneEnds[lane] = occupiedTo;
    lanes[i] = lane;
  }
  return lanes;
}

/** A label's width estimated from its length, so layout never waits for text measurement. */
export function estimateLabelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.52) + 14;
}

/** Shortens a label to at most `max` characters, ending with an ellipsis when cut. */
export function truncateLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
