// The time axis. In Arabic, time runs right to left: the range is reversed, so the earliest
// date sits at the inline start (the right). Pixels are never mirrored.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Direction, Interval } from './types.ts';

/** Instants (UTC milliseconds) to pixels. A linear scale over milliseconds, with calendar
 * ticks from d3-time (axis.ts), keeps d3-time-format and its locale tables out of the bundle. */
export type TimeScale = ScaleLinear<number, number>;

export function timeScale(domain: Interval, width: number, dir: Direction, margin = 16): TimeScale {
  const range: [number, number] = dir === 'rtl' ? [width - margin, margin] : [margin, width - margin];
  return scaleLinear().domain([domain[0], domain[1]]).range(range);
}

/** Distance from the inline start of the chart: what "earlier" and "later" mean on screen. */
export function readingOffset(x: number, width: number, dir: Direction): number {
  return dir === 'rtl' ? width - x : x;
}
