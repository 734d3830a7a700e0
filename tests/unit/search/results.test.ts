import { describe, expect, it } from 'vitest';
import {
  compareByDateDesc,
  MAX_QUERY_LENGTH,
  mergeRanked,
  parseSearchState,
  searchedQuery,
  searchStateQuery,
} from '../../../src/lib/search/results.ts';

const ALLOWED = { chapter: ['tadamon', 'caesar-act'], kind: ['law'], year: ['2013', '2019'], place: ['homs'] };

describe('mergeRanked', () => {
  it('weighs pages found by a variant at half their score, keeping each page once at its best', () => {
    const merged = mergeRanked([
      [
        { id: 'a', score: 2 },
        { id: 'b', score: 1 },
      ],
      [
        { id: 'c', score: 3 },
        { id: 'a', score: 10 },
      ],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'c', score: 1.5 },
      { id: 'b', score: 1 },
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(mergeRanked([])).toEqual([]);
    expect(mergeRanked([[], []])).toEqual([]);
  });
});

describe('the search state in the URL', () => {
  it('reads the query, the filters the page offers and the order', () => {
    expect(parseSearchState('?q=%D9%82%D9%8A%D8%B5%D8%B1&chapter=caesar-act&year=2019&sort=date', ALLOWED)).toEqual({
      q: 'قيصر',
      filters: { chapter: 'caesar-act', year: '2019' },
      sort: 'date',
    });
  });

  it('drops what the page does not offer, and never fails', () => {
    expect(parseSearchState('?chapter=nope&year=1900&sort=random&x=1&place=homs', ALLOWED)).toEqual({
      q: '',
      filters: { place: 'homs' },
      sort: 'relevance',
    });
    expect(typeof parseSearchState('?q=%E0%A4%A', ALLOWED).q).toBe('string');
    expect(parseSearchState('', ALLOWED)).toEqual({ q: '', filters: {}, sort: 'relevance' });
    expect(parseSearchState(`?q=${'x'.repeat(20_000)}`, ALLOWED).q).toHaveLength(10_000);
  });

  it('writes the same state back, without defaults', () => {
    const state = { q: 'Tal al-Nasr & <b>', filters: { kind: 'law', place: 'homs' }, sort: 'date' as const };
    expect(parseSearchState(searchStateQuery(state), ALLOWED)).toEqual(state);
    expect(searchStateQuery({ q: '  ', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('writes the query only as far as it is searched', () => {
    const pasted = { q: `  ${'قيصر '.repeat(20_000)}`, filters: { place: 'homs' }, sort: 'relevance' as const };
    const written = parseSearchState(searchStateQuery(pasted), ALLOWED);
    expect(written.q).toBe(pasted.q.trim().slice(0, MAX_QUERY_LENGTH));
    expect(written.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(written.filters).toEqual({ place: 'homs' });
    expect(searchedQuery(' a ')).toBe('a');
    // Half of an emoji at the cut is left out rather than written as U+FFFD.
    const emoji = `${'x'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    expect(searchedQuery(emoji)).toBe('x'.repeat(MAX_QUERY_LENGTH - 1));
    expect(parseSearchState(searchStateQuery({ q: emoji, filters: {}, sort: 'relevance' }), ALLOWED).q).not.toContain(
      '\uFFFD',
    );
  });
});

describe('compareByDateDesc', () => {
  it('puts newer dates first and pages without a date last', () => {
    const sorted = [{ datetime: '2013' }, { datetime: '' }, { datetime: '2013-04-16' }, { datetime: '2019-12' }].sort(
      compareByDateDesc,
    );
    expect(sorted.map((d) => d.datetime)).toEqual(['2019-12', '2013-04-16', '2013', '']);
  });
});
