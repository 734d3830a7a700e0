import { describe, expect, it } from 'vitest';
import { groupSourcesByChapter } from '../../src/lib/bibliography.ts';
import type { Source } from '../../src/lib/content-schema.ts';

const source = (id: string, date?: string): Source => ({
  id,
  publisher: { ar: id, en: id },
  title: id,
  language: 'en',
  ...(date ? { date } : {}),
});

describe('groupSourcesByChapter', () => {
  const sources = [
    source('g1', '2022-04-27'),
    source('hrw2', '2015-12-16'),
    source('cr1', '2014-01'),
    source('shrc'),
    source('unused', '2020'),
  ];
  const events = [
    { id: 'tadamon-massacre', title: 'T', chapter: 'tadamon' as const, sources: ['g1'] },
    { id: 'caesar-photographs', title: 'C', chapter: 'caesar-photos' as const, sources: ['hrw2', 'cr1', 'shrc'] },
    { id: 'koblenz', title: 'K', chapter: 'none' as const, sources: ['cr1'] },
  ];
  const { chapters, uncited } = groupSourcesByChapter(events, sources);

  it('puts each source under every chapter that cites it, chapters in story order', () => {
    expect(chapters.map((c) => [c.chapter, c.sources.map((s) => s.source.id)])).toEqual([
      ['tadamon', ['g1']],
      ['caesar-photos', ['cr1', 'hrw2', 'shrc']],
      ['none', ['cr1']],
    ]);
  });

  it('names the pages that cite each source', () => {
    expect(chapters[1]!.sources[0]!.citedBy.map((e) => e.id)).toEqual(['caesar-photographs']);
  });

  it('lists sources no page cites apart', () => {
    expect(uncited.map((s) => s.id)).toEqual(['unused']);
  });
});
