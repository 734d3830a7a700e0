import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/partial-date.ts';
import { sortEvents } from '../../src/lib/event-order.ts';

describe('parsePartialDate', () => {
  it('reads the precision from the written form', () => {
    expect(parsePartialDate('2013')?.precision).toBe('year');
    expect(parsePartialDate('2013-08')?.precision).toBe('month');
    expect(parsePartialDate('2013-04-16')?.precision).toBe('day');
  });

  it('spans the whole period it names, in UTC', () => {
    const august = parsePartialDate('2013-08')!;
    expect(new Date(august.startMs).toISOString()).toBe('2013-08-01T00:00:00.000Z');
    expect(new Date(august.endMs).toISOString()).toBe('2013-09-01T00:00:00.000Z');
    const year = parsePartialDate('2012')!;
    expect(new Date(year.endMs).toISOString()).toBe('2013-01-01T00:00:00.000Z');
  });

  it.each([
    '2013-02-30',
    '2013-13',
    '2013-00',
    '13-04-2013',
    '2013/04/16',
    '2013-4-16',
    '',
    'April 2013',
    '2013-04-16T00:00',
  ])('rejects %j', (value) => expect(parsePartialDate(value)).toBeNull());

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2012-02-29')).not.toBeNull();
    expect(parsePartialDate('2013-02-29')).toBeNull();
  });
});

describe('sortEvents', () => {
  it('orders events by the first instant of when they happened, ties by id, whatever the language', () => {
    const events = [
      { id: 'b', date: { start: '2013-04-16', approximate: false } },
      { id: 'z', date: { start: '2011-03', approximate: false } },
      { id: 'a', date: { start: '2011-03', approximate: false } },
      { id: 'c', date: { start: '2011-03-18', approximate: false } },
      { id: 'd', date: { start: '2013', approximate: false } },
    ];
    expect(sortEvents(events, (e) => e).map((e) => e.id)).toEqual(['a', 'z', 'c', 'd', 'b']);
  });
});
