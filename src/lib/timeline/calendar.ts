// The axis labels' words, as data: month names, the order of day, month and year, and the
// digits, taken on the server from the same Intl formats that write the event list's dates
// (labels.ts, tickCalendar). The browser then writes a label with string joins: creating its
// first Intl.DateTimeFormat loads the locale's data and took 70 ms or more of the page's load,
// longer than everything else the chart does at load.

export type TickUnit = 'year' | 'month' | 'day';

/** One piece of a label: a field of the date, or literal text between fields. */
export type TickPart = { field: TickUnit } | string;

export interface TickCalendar {
  /** Each unit's label, piece by piece ("16 April 2013": day, " ", month, " ", year). */
  patterns: Record<TickUnit, TickPart[]>;
  /** Month names (January first) as each unit's label writes them: some languages inflect them. */
  months: Record<'day' | 'month', string[]>;
  /** The ten digits, zero first, in the page's numbering system. */
  digits: string;
}

function number(value: number, digits: string): string {
  let out = '';
  for (const d of String(value)) out += digits[d.charCodeAt(0) - 48] ?? d;
  return out;
}

/** An instant (UTC milliseconds) at a unit's precision, as Intl would write it on the server. */
export function formatTick(ms: number, unit: TickUnit, calendar: TickCalendar): string {
  const date = new Date(ms);
  let out = '';
  for (const part of calendar.patterns[unit]) {
    if (typeof part === 'string') out += part;
    else if (part.field === 'year') out += number(date.getUTCFullYear(), calendar.digits);
    else if (part.field === 'day') out += number(date.getUTCDate(), calendar.digits);
    else out += calendar.months[unit === 'day' ? 'day' : 'month'][date.getUTCMonth()] ?? '';
  }
  return out;
}
