// The order of events on every list and on the timeline: by when they happened, the earlier
// first; an event known only to the month or year comes before the days inside it. Ties are
// broken by id, so both languages list the same events in the same order.
import { comparePartialDates } from './partial-date.ts';
import type { EventDate } from './content-schema.ts';

export function sortEvents<T>(items: readonly T[], key: (item: T) => { date: EventDate; id: string }): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return comparePartialDates(ka.date.start, kb.date.start) || (ka.id < kb.id ? -1 : ka.id > kb.id ? 1 : 0);
  });
}
