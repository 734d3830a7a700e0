import { describe, expect, it } from 'vitest';
import { atomDate, feedEntries, type FeedPage } from '../../../src/lib/feeds/entries.ts';

const words = {
  correctionTitle: (title: string) => `Correction to ${title}`,
  correctionsAnchor: 'corrections-heading',
};

const page = (name: string, updated: string, corrections: FeedPage['corrections'] = []): FeedPage => ({
  url: `https://site.example/en/events/${name}/`,
  title: `Title ${name}`,
  summary: `Summary ${name}`,
  updated,
  corrections,
});

describe('atomDate', () => {
  it('gives the first instant of the day, month or year, in UTC', () => {
    expect(atomDate('2026-12-05')).toBe('2026-12-05T00:00:00Z');
    expect(atomDate('2026-12')).toBe('2026-12-01T00:00:00Z');
    expect(atomDate('2026')).toBe('2026-01-01T00:00:00Z');
  });

  it('refuses what is not a date', () => {
    expect(() => atomDate('2026-13-01')).toThrow(/Not a date/);
  });
});

describe('feedEntries', () => {
  const pages = [
    page('a', '2026-11-01'),
    page('b', '2026-12-05', [
      { date: '2026-11-20', note: 'first fix' },
      { date: '2026-12-05', note: 'second fix' },
    ]),
    page('c', '2026-12-01', [{ date: '2026-12-01', note: 'only fix' }]),
  ];
  const entries = feedEntries(pages, words);

  it('has one entry per page and one per correction', () => {
    expect(entries).toHaveLength(pages.length + pages.flatMap((p) => p.corrections).length);
  });

  it('makes a page entry from its permalink, title, summary and updated day', () => {
    expect(entries.find((e) => e.id === pages[0]!.url)).toEqual({
      id: pages[0]!.url,
      title: 'Title a',
      summary: 'Summary a',
      updated: '2026-11-01T00:00:00Z',
      link: pages[0]!.url,
    });
  });

  it("makes a correction entry that names its page, says what changed and links to the page's corrections", () => {
    expect(entries.find((e) => e.id === `${pages[1]!.url}#correction-1`)).toEqual({
      id: `${pages[1]!.url}#correction-1`,
      title: 'Correction to Title b',
      content: 'first fix',
      updated: '2026-11-20T00:00:00Z',
      link: `${pages[1]!.url}#corrections-heading`,
    });
  });

  it('gives every entry its own id', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('lists the newest first; at the same instant a page before its corrections, its later correction first', () => {
    expect(
      entries.map((e) => `${e.updated.slice(0, 10)} ${e.id.replace('https://site.example/en/events/', '')}`),
    ).toEqual([
      '2026-12-05 b/',
      '2026-12-05 b/#correction-2',
      '2026-12-01 c/',
      '2026-12-01 c/#correction-1',
      '2026-11-20 b/#correction-1',
      '2026-11-01 a/',
    ]);
  });

  it('is empty for no pages', () => {
    expect(feedEntries([], words)).toEqual([]);
  });
});
