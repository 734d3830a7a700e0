import { describe, expect, it } from 'vitest';
import { neighbourId, zoomToCentre, zoomToFit } from '../../../src/lib/timeline/navigation.ts';
import { eventHash, parseTimelineHash } from '../../../src/lib/timeline/hash.ts';
import { timeScale } from '../../../src/lib/timeline/scale.ts';
import { inlineJson } from '../../../src/lib/inline-json.ts';

const order = ['a', 'b', 'c'];

describe('neighbourId', () => {
  it('moves to the previous and next event in time, and stays at either end', () => {
    expect(neighbourId(order, 'b', 'next')).toBe('c');
    expect(neighbourId(order, 'b', 'previous')).toBe('a');
    expect(neighbourId(order, 'c', 'next')).toBe('c');
    expect(neighbourId(order, 'a', 'previous')).toBe('a');
  });

  it('jumps to the first and last', () => {
    expect(neighbourId(order, 'b', 'first')).toBe('a');
    expect(neighbourId(order, 'b', 'last')).toBe('c');
  });

  it('starts from an end when nothing is selected or the selection is filtered out', () => {
    expect(neighbourId(order, undefined, 'next')).toBe('a');
    expect(neighbourId(order, 'hidden', 'previous')).toBe('c');
    expect(neighbourId([], 'a', 'next')).toBeUndefined();
  });
});

describe('zoom transforms', () => {
  const base = timeScale([0, 1000], 1000, 'ltr', 0);
  it('centres an instant at a zoom level', () => {
    const t = zoomToCentre(base, 4, 250, 1000);
    expect(t.k).toBe(4);
    expect(t.applyX(base(250))).toBeCloseTo(500);
  });

  it('fits a range into most of the width, never zooming out past the whole', () => {
    const t = zoomToFit(base, [100, 200], 1000);
    expect(t.applyX(base(100))).toBeCloseTo(50);
    expect(t.applyX(base(200))).toBeCloseTo(950);
    expect(zoomToFit(base, [0, 5000], 1000).k).toBe(1);
  });

  it('works the same with the reversed Arabic scale', () => {
    const rtl = timeScale([0, 1000], 1000, 'rtl', 0);
    const t = zoomToCentre(rtl, 2, 300, 1000);
    expect(t.applyX(rtl(300))).toBeCloseTo(500);
  });
});

describe('parseTimelineHash', () => {
  const ids = new Set(['tadamon-massacre', 'caesar-act']);
  it('selects a known event', () => {
    expect(parseTimelineHash('#tadamon-massacre', ids)).toEqual({ eventId: 'tadamon-massacre' });
    expect(parseTimelineHash(eventHash('caesar-act'), ids)).toEqual({ eventId: 'caesar-act' });
  });

  it('reads a date range', () => {
    expect(parseTimelineHash('#from=2013&to=2015-06', ids)).toEqual({
      range: [Date.UTC(2013, 0, 1), Date.UTC(2015, 6, 1)],
    });
  });

  it.each([
    '',
    '#',
    '#nope',
    '#%E0%A4%A',
    '#from=2015&to=2013',
    '#from=2013-13&to=2014',
    '#<script>alert(1)</script>',
    `#${'x'.repeat(10000)}`,
  ])('ignores %j', (hash) => expect(parseTimelineHash(hash, ids)).toEqual({}));
});

describe('inlineJson', () => {
  it('cannot end its script element or open a comment, and reads back the same', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- «قيصر»' };
    const text = inlineJson(value);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(value);
  });
});
