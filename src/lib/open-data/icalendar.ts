// The timeline as a calendar (RFC 5545). Each event is an all-day entry that spans exactly what
// is known of its date: a day, a whole month or a whole year, or a span from the first to the
// last; an event made public later gets a second entry for that. Calendar programs then show
// "August 2013" as the month it is, never as 1 August.
import { mustParsePartialDate } from '../partial-date.ts';
import type { DateRecord } from './records.ts';

const UTF8 = new TextEncoder();

/** Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and a space (§3.1), never inside a UTF-8
 * character: Arabic letters take two octets each. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = UTF8.encode(char).length;
    // The first line holds 75 octets; a continuation line's leading space takes one of them.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "2013-08-01T00:00:00Z" → "20130801" */
function icsDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The all-day span of a date as written: DTSTART is its first day, DTEND the day after its last
 * (DTEND is exclusive for all-day entries). */
export function allDaySpan(date: Pick<DateRecord, 'start' | 'end'>): { start: string; end: string } {
  const first = mustParsePartialDate(date.start);
  const last = mustParsePartialDate(date.end ?? date.start);
  return { start: icsDay(first.startMs), end: icsDay(last.endMs) };
}

export interface CalendarEntry {
  uid: string;
  /** The day the entry last changed, YYYY-MM-DD: DTSTAMP and LAST-MODIFIED. */
  updated: string;
  span: { start: string; end: string };
  summary: string;
  description: string;
  url: string;
  location: string | null;
  categories: string[];
}

export interface CalendarHead {
  /** PRODID: who made the file. */
  product: string;
  name: string;
  description: string;
}

function utcStamp(day: string): string {
  return `${day.replaceAll('-', '')}T000000Z`;
}

function entryLines(entry: CalendarEntry): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${utcStamp(entry.updated)}`,
    `LAST-MODIFIED:${utcStamp(entry.updated)}`,
    `DTSTART;VALUE=DATE:${entry.span.start}`,
    `DTEND;VALUE=DATE:${entry.span.end}`,
    `SUMMARY:${icsText(entry.summary)}`,
    `DESCRIPTION:${icsText(entry.description)}`,
    ...(entry.location ? [`LOCATION:${icsText(entry.location)}`] : []),
    ...(entry.categories.length > 0 ? [`CATEGORIES:${entry.categories.map(icsText).join(',')}`] : []),
    `URL:${entry.url}`,
    // All-day entries about the past: shown as free time, never as a reminder.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function icsCalendar(head: CalendarHead, entries: readonly CalendarEntry[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${head.product}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(head.name)}`,
    `X-WR-CALDESC:${icsText(head.description)}`,
    ...entries.flatMap(entryLines),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}
