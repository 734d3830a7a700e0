// Where an event sits under each clock.
import type { Clock, Interval, TimelineEvent } from './types.ts';

/** The event's interval under a clock; an event that became public when it happened has one interval. */
export function intervalFor(event: TimelineEvent, clock: Clock): Interval {
  return clock === 'revealed' && event.revealed ? event.revealed : event.happened;
}

/** The other clock's interval, when it differs: the two ends of the "happened → revealed" link. */
export function otherInterval(event: TimelineEvent, clock: Clock): Interval | undefined {
  if (!event.revealed) return undefined;
  return clock === 'revealed' ? event.happened : event.revealed;
}

/** Events in order of their position under a clock: start, then id (the list's order too).
 * The page already lists events by when they happened, so when that order holds the same
 * array comes back, uncopied: callers never mutate it. */
export function orderByClock(events: readonly TimelineEvent[], clock: Clock): readonly TimelineEvent[] {
  const compare = (a: TimelineEvent, b: TimelineEvent) =>
    intervalFor(a, clock)[0] - intervalFor(b, clock)[0] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let previous = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const start = intervalFor(events[i]!, clock)[0];
    if (start < previous || (start === previous && compare(events[i - 1]!, events[i]!) > 0))
      return [...events].sort(compare);
    previous = start;
  }
  return events;
}

/** The span of time all events cover under both clocks, padded so marks do not touch the edges. */
export function fullDomain(events: readonly TimelineEvent[], padRatio = 0.03): Interval {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.happened[0] < min) min = e.happened[0];
    if (e.happened[1] > max) max = e.happened[1];
    if (e.revealed) {
      if (e.revealed[0] < min) min = e.revealed[0];
      if (e.revealed[1] > max) max = e.revealed[1];
    }
  }
  return paddedDomain(min, max, padRatio);
}

/** The span [min, max] widened on both sides, so marks do not touch the edges; a year up to
 * 2025 when there is no event. */
export function paddedDomain(min: number, max: number, padRatio = 0.03): Interval {
  if (!Number.isFinite(min)) {
    const now = Date.UTC(2025, 0, 1);
    return [now - 365 * 864e5, now];
  }
  const pad = (max - min) * padRatio;
  return [min - pad, max + pad];
}
