// Axis labels in the page's language, at the precision the zoom level shows: years, months or
// days. The words come from the page (calendar.ts), so the browser never creates an Intl format.
import { utcTicks } from 'd3-time';
import type { TimeScale } from './scale.ts';
import { formatTick, type TickCalendar, type TickUnit } from './calendar.ts';

export type { TickUnit } from './calendar.ts';

const DAY = 864e5;

/** The unit that names ticks this far apart without repeating a label. */
export function tickUnit(ticks: readonly Date[]): TickUnit {
  if (ticks.length < 2) return 'year';
  const step = ticks[1]!.getTime() - ticks[0]!.getTime();
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  return 'day';
}

/** Ticks and their labels for a scale about `width` pixels wide (about one label per 110 px). */
export function axisTicks(
  scale: TimeScale,
  width: number,
  calendar: TickCalendar,
): { at: number; x: number; label: string }[] {
  const [a, b] = scale.domain() as [number, number];
  const ticks = utcTicks(new Date(Math.min(a, b)), new Date(Math.max(a, b)), Math.max(2, Math.floor(width / 110)));
  const unit = tickUnit(ticks);
  return ticks.map((date) => ({
    at: date.getTime(),
    x: scale(date.getTime()),
    label: formatTick(date.getTime(), unit, calendar),
  }));
}
