// Dates as precisely as the sources know them. "2013" is a year, "2013-08" a month,
// "2013-04-16" a day; the written form carries its own precision, so nothing can claim
// a day that the sources do not give. All arithmetic is in UTC so that a reader's time zone
// never moves an event to the previous day.

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The text as written in the content, e.g. "2013-08". */
  iso: string;
  precision: Precision;
  year: number;
  /** 1–12, or undefined at year precision. */
  month?: number;
  /** 1–31, or undefined at month or year precision. */
  day?: number;
  /** First millisecond of the period (UTC). */
  startMs: number;
  /** First millisecond after the period (UTC). */
  endMs: number;
}

export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else or an impossible date. */
export function parsePartialDate(value: string): PartialDate | null {
  if (!PARTIAL_DATE_PATTERN.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return null;
  if (d !== undefined) {
    const probe = new Date(Date.UTC(y!, m! - 1, d));
    if (probe.getUTCMonth() !== m! - 1 || probe.getUTCDate() !== d) return null;
    return {
      iso: value,
      precision: 'day',
      year: y!,
      month: m,
      day: d,
      startMs: probe.getTime(),
      endMs: Date.UTC(y!, m! - 1, d + 1),
    };
  }
  if (m !== undefined) {
    return {
      iso: value,
      precision: 'month',
      year: y!,
      month: m,
      startMs: Date.UTC(y!, m - 1, 1),
      endMs: Date.UTC(y!, m, 1),
    };
  }
  return { iso: value, precision: 'year', year: y!, startMs: Date.UTC(y!, 0, 1), endMs: Date.UTC(y! + 1, 0, 1) };
}

/** Like parsePartialDate, for values already validated by the content schema. */
export function mustParsePartialDate(value: string): PartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`Not a date: "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return parsed;
}
