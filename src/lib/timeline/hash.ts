// The timeline's state in the URL fragment: "#tadamon-massacre" selects an event,
// "#from=2013-01&to=2015-12" shows a range of dates. Anything else is ignored, never an error.
import { parsePartialDate } from '../partial-date.ts';
import type { Interval } from './types.ts';

export type TimelineHash = { eventId: string } | { range: Interval } | Record<string, never>;

export function parseTimelineHash(hash: string, knownIds: ReadonlySet<string>): TimelineHash {
  let text: string;
  try {
    text = decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return {};
  }
  if (knownIds.has(text)) return { eventId: text };
  const params = new URLSearchParams(text);
  const from = parsePartialDate(params.get('from') ?? '');
  const to = parsePartialDate(params.get('to') ?? '');
  if (from && to && to.endMs > from.startMs) return { range: [from.startMs, to.endMs] };
  return {};
}

export function eventHash(id: string): string {
  return `#${encodeURIComponent(id)}`;
}
