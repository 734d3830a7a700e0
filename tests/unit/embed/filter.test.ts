import { describe, expect, it } from 'vitest';
import { filterTimelineEvents } from '../../../src/lib/embed/filter.ts';
import type { Chapter, EventKind } from '../../../src/lib/taxonomy.ts';

const year = (y: number) => [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)] as const;
const ev = (id: string, chapter: Chapter, kind: EventKind, happened: number, revealed?: number) => ({
  id,
  chapter,
  kind,
  happened: year(happened),
  revealed: revealed === undefined ? undefined : year(revealed),
});
const events = [
  ev('massacre', 'tadamon', 'violation', 2013, 2022),
  ev('leak', 'tadamon', 'evidence', 2019),
  ev('act', 'caesar-act', 'law', 2019),
  ev('uprising', 'none', 'context', 2011),
];
const none = { chapter: null, kind: null, from: null, to: null };
const ids = (r: { events: { id: string }[] }) => r.events.map((e) => e.id);

describe('filterTimelineEvents', () => {
  it('keeps one chapter, or one kind', () => {
    expect(ids(filterTimelineEvents(events, { ...none, chapter: 'tadamon' }))).toEqual(['massacre', 'leak']);
    expect(ids(filterTimelineEvents(events, { ...none, kind: 'law' }))).toEqual(['act']);
  });

  it('keeps the events that touch the span on either clock', () => {
    // The massacre happened in 2013 but became public in 2022: it belongs to 2020–2022 too.
    expect(ids(filterTimelineEvents(events, { ...none, from: '2020', to: '2022' }))).toEqual(['massacre']);
    expect(ids(filterTimelineEvents(events, { ...none, to: '2011-06' }))).toEqual(['uprising']);
  });

  it('says whether a filter was applied', () => {
    expect(filterTimelineEvents(events, none)).toEqual({ events, applied: false });
    expect(filterTimelineEvents(events, { ...none, chapter: 'victoria' }).applied).toBe(false);
    expect(filterTimelineEvents(events, { ...none, chapter: 'tadamon' }).applied).toBe(true);
  });

  it('shows everything rather than nothing when the filters leave no event', () => {
    expect(ids(filterTimelineEvents(events, { ...none, chapter: 'caesar-act', kind: 'violation' }))).toEqual(
      ids({ events }),
    );
  });
});
