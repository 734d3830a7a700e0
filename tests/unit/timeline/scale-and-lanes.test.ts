import { describe, expect, it } from 'vitest';
import { timeScale, readingOffset } from '../../../src/lib/timeline/scale.ts';
import { LaneSet, estimateWidthOfLength, truncateLabel, type LaneItem } from '../../../src/lib/timeline/lanes.ts';
import { fullDomain, intervalFor, orderByClock, otherInterval } from '../../../src/lib/timeline/clock.ts';
import { dateInterval } from '../../../src/lib/timeline/events.ts';
import { sampleEvents } from '../../helpers/timeline-events.ts';

const Y2013 = Date.UTC(2013, 3, 16);
const Y2021 = Date.UTC(2021, 6, 9);
const domain = [Date.UTC(2011, 0, 1), Date.UTC(2026, 0, 1)] as const;

describe('timeScale', () => {
  it('runs left to right in English', () => {
    const x = timeScale(domain, 1000, 'ltr');
    expect(x(Y2013)).toBeLessThan(x(Y2021));
    expect(x(domain[0])).toBe(16);
  });

  it('runs right to left in Arabic: the earliest date at the inline start (right)', () => {
    const x = timeScale(domain, 1000, 'rtl');
    expect(x(Y2013)).toBeGreaterThan(x(Y2021));
    expect(x(domain[0])).toBe(1000 - 16);
  });

  it('gives the same reading offset to the same date in both directions', () => {
    const ltr = timeScale(domain, 1000, 'ltr');
    const rtl = timeScale(domain, 1000, 'rtl');
    expect(readingOffset(rtl(Y2013), 1000, 'rtl')).toBeCloseTo(readingOffset(ltr(Y2013), 1000, 'ltr'));
  });
});

describe('dateInterval', () => {
  it('covers the whole day, month or year the date names', () => {
    expect(dateInterval({ start: '2013-04-16', approximate: false })).toEqual([
      Date.UTC(2013, 3, 16),
      Date.UTC(2013, 3, 17),
    ]);
    expect(dateInterval({ start: '2013-08', approximate: false })).toEqual([
      Date.UTC(2013, 7, 1),
      Date.UTC(2013, 8, 1),
    ]);
    expect(dateInterval({ start: '2012', end: '2014', approximate: false })).toEqual([
      Date.UTC(2012, 0, 1),
      Date.UTC(2015, 0, 1),
    ]);
  });
});

describe('the two clocks', () => {
  const events = sampleEvents();
  const tadamon = events.find((e) => e.id === 'tadamon-massacre')!;
  const act = events.find((e) => e.id === 'caesar-act')!;

  it('places an event by when it happened or when it became public', () => {
    expect(new Date(intervalFor(tadamon, 'happened')[0]).getUTCFullYear()).toBe(2013);
    expect(new Date(intervalFor(tadamon, 'revealed')[0]).getUTCFullYear()).toBe(2022);
    expect(intervalFor(act, 'revealed')).toEqual(intervalFor(act, 'happened'));
  });

  it('links only events whose two dates differ', () => {
    expect(otherInterval(tadamon, 'happened')).toEqual(tadamon.revealed);
    expect(otherInterval(tadamon, 'revealed')).toEqual(tadamon.happened);
    expect(otherInterval(act, 'happened')).toBeUndefined();
  });

  it('reorders events by the chosen clock', () => {
    expect(orderByClock(events, 'happened').map((e) => e.id)).toEqual([
      'daraa-graffiti',
      'caesar-photographs',
      'victoria-documents',
      'tadamon-massacre',
      'caesar-act',
      'fall-of-assad',
    ]);
    expect(orderByClock(events, 'revealed').map((e) => e.id)).toEqual([
      'daraa-graffiti',
      'caesar-photographs',
      'caesar-act',
      'victoria-documents',
      'tadamon-massacre',
      'fall-of-assad',
    ]);
  });

  it('hands back the same array, uncopied, when the events are already in order', () => {
    const ordered = orderByClock(events, 'happened');
    expect(orderByClock(ordered, 'happened')).toBe(ordered);
    expect(orderByClock(events, 'revealed')).not.toBe(events);
  });

  it('spans both clocks in the full domain', () => {
    const [from, to] = fullDomain(events, 0);
    expect(from).toBe(Date.UTC(2011, 1, 1));
    expect(to).toBe(Date.UTC(2024, 11, 9));
  });
});

/** Places items one by one, in the order given, as the layout does. */
const place = (items: LaneItem[], maxLanes: number) => {
  const lanes = new LaneSet(maxLanes);
  return items.map((item) => lanes.place(item));
};

describe('LaneSet', () => {
  it('puts overlapping labels in different lanes and reuses a lane once it is free', () => {
    expect(
      place(
        [
          { start: 0, end: 10, labelWidth: 100 },
          { start: 50, end: 60, labelWidth: 100 },
          { start: 120, end: 130, labelWidth: 100 },
        ],
        4,
      ),
    ).toEqual([0, 1, 0]);
  });

  it('keeps a long span in its lane for its whole length', () => {
    expect(
      place(
        [
          { start: 0, end: 500, labelWidth: 50 },
          { start: 300, end: 310, labelWidth: 50 },
        ],
        4,
      ),
    ).toEqual([0, 1]);
  });

  it('sends what does not fit into the overflow row (-1), and says when every lane is full', () => {
    const lanes = new LaneSet(3);
    const items = Array.from({ length: 5 }, (_, i) => ({ start: i, end: i + 10, labelWidth: 200 }));
    expect(items.map((item) => lanes.place(item))).toEqual([0, 1, 2, -1, -1]);
    expect(lanes.fullBefore(100)).toBe(true);
    expect(lanes.fullBefore(300)).toBe(false);
  });

  it('says a position is full exactly when no lane would take an item starting there', () => {
    // A deterministic jumble of marks and labels, checked against a fresh lane search at each step.
    const lanes = new LaneSet(4);
    const placed: { lane: number; end: number }[] = [];
    for (let i = 0; i < 300; i++) {
      const start = (i * 37) % 2000;
      const item = { start, end: start + ((i * 13) % 40), labelWidth: 30 + ((i * 7) % 90) };
      for (const probe of [start - 50, start, start + 25, start + 400]) {
        const ends = [0, 1, 2, 3].map((l) =>
          Math.max(-Infinity, ...placed.filter((p) => p.lane === l).map((p) => p.end)),
        );
        const used = new Set(placed.map((p) => p.lane)).size;
        const bruteFull = used === 4 && ends.every((end) => end + 8 > probe);
        expect(lanes.fullBefore(probe)).toBe(bruteFull);
      }
      const lane = lanes.place(item);
      if (lane !== -1) placed.push({ lane, end: item.start + Math.max(item.end - item.start, item.labelWidth) });
    }
  });

  it('never overlaps even when items come out of order', () => {
    // The second item starts before the first ends: it may not share its lane.
    expect(
      place(
        [
          { start: 100, end: 110, labelWidth: 50 },
          { start: 0, end: 10, labelWidth: 150 },
        ],
        4,
      ),
    ).toEqual([0, 1]);
  });
});

describe('labels', () => {
  it('estimates width from length and font size', () => {
    expect(estimateWidthOfLength(4, 10)).toBeGreaterThan(estimateWidthOfLength(2, 10));
  });

  it('shortens long labels with an ellipsis', () => {
    expect(truncateLabel('The Tadamon massacre', 40)).toBe('The Tadamon massacre');
    expect(truncateLabel('The Tadamon massacre', 10)).toBe('The Tadam…');
  });
});
