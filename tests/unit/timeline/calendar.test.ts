// The axis labels are written in the browser from words the server reads out of Intl
// (tickCalendar); they must come out exactly as Intl writes them, in both languages.
import { describe, expect, it } from 'vitest';
import { formatTick, type TickUnit } from '../../../src/lib/timeline/calendar.ts';
import { tickCalendar } from '../../../src/lib/timeline/labels.ts';
import { formatInstant } from '../../../src/lib/format.ts';
import { LANGS } from '../../../src/i18n/locales.ts';

const UNITS: TickUnit[] = ['year', 'month', 'day'];

/** Every month of 1995–2035, on its first, its ninth, its tenth and its last day. */
function instants(): number[] {
  const out: number[] = [];
  for (let year = 1995; year <= 2035; year++)
    for (let month = 0; month < 12; month++)
      out.push(
        Date.UTC(year, month, 1),
        Date.UTC(year, month, 9),
        Date.UTC(year, month, 10),
        Date.UTC(year, month + 1, 0),
      );
  return out;
}

describe('formatTick', () => {
  it.each(LANGS)('writes every year, month and day as Intl does (%s)', (lang) => {
    const calendar = tickCalendar(lang);
    for (const unit of UNITS)
      for (const ms of instants()) expect(formatTick(ms, unit, calendar)).toBe(formatInstant(ms, unit, lang));
  });

  it('uses the Levantine month names in Arabic', () => {
    expect(formatTick(Date.UTC(2013, 3, 16), 'month', tickCalendar('ar'))).toBe('نيسان 2013');
    expect(formatTick(Date.UTC(2013, 7, 5), 'day', tickCalendar('ar'))).toBe('5 آب 2013');
  });

  it('writes numbers in the calendar’s digits', () => {
    const calendar = { ...tickCalendar('en'), digits: '٠١٢٣٤٥٦٧٨٩' };
    expect(formatTick(Date.UTC(2013, 3, 16), 'day', calendar)).toBe('١٦ April ٢٠١٣');
  });
});
