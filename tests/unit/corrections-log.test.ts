import { describe, expect, it } from 'vitest';
import { correctionCount, correctionsLog, type CorrectedPage } from '../../src/lib/corrections-log.ts';

const page = (id: string, corrections: CorrectedPage['corrections']): CorrectedPage => ({
  id,
  title: `Title ${id}`,
  corrections,
});

/** The log as "date: page#position" lines. */
const lines = (pages: CorrectedPage[]) =>
  correctionsLog(pages).flatMap((day) =>
    day.pages.flatMap(({ page: p, corrections }) => corrections.map((c) => `${day.date}: ${p.id}#${c.position}`)),
  );

describe('correctionsLog', () => {
  it('is empty when no page has a correction', () => {
    expect(correctionsLog([])).toEqual([]);
    expect(correctionsLog([page('a', []), page('b', [])])).toEqual([]);
    expect(correctionCount([])).toBe(0);
  });

  it('groups the corrections by date, newest date first, then by page', () => {
    const log = correctionsLog([
      page('a', [{ date: '2026-01-10', note: 'a1' }]),
      page('b', [
        { date: '2025-06-01', note: 'b1' },
        { date: '2026-01-10', note: 'b2' },
      ]),
    ]);
    expect(log.map((day) => day.date)).toEqual(['2026-01-10', '2025-06-01']);
    expect(log[0]!.pages).toEqual([
      { page: { id: 'a', title: 'Title a' }, corrections: [{ note: 'a1', position: 1 }] },
      { page: { id: 'b', title: 'Title b' }, corrections: [{ note: 'b2', position: 2 }] },
    ]);
    expect(log[1]!.pages).toEqual([
      { page: { id: 'b', title: 'Title b' }, corrections: [{ note: 'b1', position: 1 }] },
    ]);
    expect(correctionCount(log)).toBe(3);
  });

  it("on one date keeps the pages' order, names each page once, and puts its later correction first", () => {
    expect(
      lines([
        page('a', [
          { date: '2026-12-05', note: 'a1' },
          { date: '2026-12-05', note: 'a2' },
        ]),
        page('b', [{ date: '2026-12-05', note: 'b1' }]),
      ]),
    ).toEqual(['2026-12-05: a#2', '2026-12-05: a#1', '2026-12-05: b#1']);
    expect(
      correctionsLog([
        page('a', [
          { date: '2026-12-05', note: 'a1' },
          { date: '2026-12-05', note: 'a2' },
        ]),
      ])[0]!.pages,
    ).toHaveLength(1);
  });

  it('sorts a date known to the month or year by its first day, after the full days it starts on', () => {
    expect(
      lines([
        page('a', [
          { date: '2026', note: 'year' },
          { date: '2026-12', note: 'month' },
          { date: '2026-12-05', note: 'day' },
          { date: '2026-12-01', note: 'first day' },
          { date: '2026-01-01', note: 'new year' },
        ]),
      ]),
    ).toEqual(['2026-12-05: a#3', '2026-12-01: a#4', '2026-12: a#2', '2026-01-01: a#5', '2026: a#1']);
  });

  it('keeps every correction exactly once', () => {
    const pages = [
      page('a', [
        { date: '2024-03', note: 'x' },
        { date: '2025-01-02', note: 'y' },
      ]),
      page('b', [{ date: '2024-03', note: 'z' }]),
    ];
    const notes = correctionsLog(pages).flatMap((d) => d.pages.flatMap((p) => p.corrections.map((c) => c.note)));
    expect(correctionCount(correctionsLog(pages))).toBe(3);
    expect(notes.sort()).toEqual(pages.flatMap((p) => p.corrections.map((c) => c.note)).sort());
  });
});
