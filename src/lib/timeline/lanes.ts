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
 * The lanes as they fill, for callers that place marks one at a time (the layout does, to
 * avoid building a list of every mark on every frame). Placing out of order stays safe: a lane
 * takes a mark only if the mark starts after everything already in that lane.
 */
export class LaneSet {
  private readonly ends: Float64Array;
  private used = 0;
  /** Where the first lane frees up (its end plus the gap), once every lane is in use: in a
   * crowded stretch thousands of marks are turned away by this one comparison. */
  private firstFree = -Infinity;
  constructor(
    private readonly maxLanes: number,
    private readonly gap = 8,
  ) {
    this.ends = new Float64Array(maxLanes).fill(-Infinity);
  }

  /** The lane the item goes into, or -1 when every lane is taken there. */
  place(item: LaneItem): number {
    let lane = -1;
    for (let l = 0; l < this.used; l++) {
      if (this.ends[l]! + this.gap <= item.start) {
        lane = l;
        break;
      }
    }
    if (lane === -1 && this.used < this.maxLanes) lane = this.used++;
    if (lane === -1) return -1;
    this.ends[lane] = Math.max(this.ends[lane]!, item.start + Math.max(item.end - item.start, item.labelWidth));
    if (this.used === this.maxLanes) {
      let first = Infinity;
      for (let l = 0; l < this.used; l++) first = Math.min(first, this.ends[l]! + this.gap);
      this.firstFree = first;
    }
    return lane;
  }

  /** True when no lane is free before `position`: later marks starting there go to overflow. */
  fullBefore(position: number): boolean {
    return position < this.blockedBefore();
  }

  /** The position before which no lane is free (-Infinity while a lane has never been used). */
  blockedBefore(): number {
    return this.used === this.maxLanes ? this.firstFree : -Infinity;
  }
}

/** A label's width estimated from its length, so layout never waits for text measurement. */
export function estimateWidthOfLength(length: number, fontSize: number): number {
  return Math.ceil(length * fontSize * 0.52) + 14;
}

/** Shortens a label to at most `max` characters, ending with an ellipsis when cut. */
export function truncateLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
