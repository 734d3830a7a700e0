// Moving through the timeline: the next event in time, and the zoom transforms that bring a
// moment or a range into view. Pure, so the keyboard rules are unit-tested.
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './scale.ts';
import type { Interval } from './types.ts';

export type Step = 'previous' | 'next' | 'first' | 'last';

/** The event a key leads to, in time order; stays put at either end. */
export function neighbourId(order: readonly string[], current: string | undefined, step: Step): string | undefined {
  if (order.length === 0) return undefined;
  if (step === 'first') return order[0];
  if (step === 'last') return order[order.length - 1];
  const index = current === undefined ? -1 : order.indexOf(current);
  if (index === -1) return step === 'next' ? order[0] : order[order.length - 1];
  return order[Math.max(0, Math.min(order.length - 1, index + (step === 'next' ? 1 : -1)))];
}

/** The transform at zoom `k` that puts the instant `centre` in the middle of the chart. */
export function zoomToCentre(base: TimeScale, k: number, centre: number, width: number): ZoomTransform {
  return zoomIdentity.translate(width / 2 - k * base(centre), 0).scale(k);
}

/** The transform that shows a range of time across most of the chart. */
export function zoomToFit(base: TimeScale, range: Interval, width: number): ZoomTransform {
  const span = Math.abs(base(range[1]) - base(range[0]));
  const k = Math.max(1, (width * 0.9) / Math.max(span, 1));
  return zoomToCentre(base, k, (range[0] + range[1]) / 2, width);
}
