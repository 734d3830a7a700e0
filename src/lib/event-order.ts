// The order of events on every list: by the first instant of when they happened, ties broken
// by id, so both languages list the same events in the same order, and the timeline's
// keyboard order (orderByClock in timeline/clock.ts) matches the list.
import { mustParsePartialDate } from './partial-date.ts';
import type { EventDate } from './content-schema.ts';

export function sortEvents<T>(items: readonly T[], key: (item: T) => { date: EventDate; id: string }): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (
      mustParsePartialDate(ka.date.start).startMs - mustParsePartialDate(kb.date.start).startMs ||
      (ka.id < kb.id ? -1 : ka.id > kb.id ? 1 : 0)
    );
  });
}
