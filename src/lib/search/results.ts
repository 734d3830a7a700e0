// Pure helpers of the search page: merging the results of a query's variants, and the state of the
// page in its URL (?q=…&chapter=…&kind=…&year=…&place=…&sort=date).

export interface Scored {
  id: string;
  score: number;
}

/**
 * One ranked list from the results of several variants of a query. The first list is the query
 * itself; a page found only by a variant (a transliteration, the query as typed) counts at
 * `weight` of its score, so pages that match what the reader meant rank above them.
 */
export function mergeRanked(lists: Scored[][], weight = 0.5): Scored[] {
  const best = new Map<string, number>();
  lists.forEach((list, i) => {
    for (const { id, score } of list) {
      const s = i === 0 ? score : score * weight;
      if (s > (best.get(id) ?? -Infinity)) best.set(id, s);
    }
  });
  return [...best]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Longest query searched, in characters; the rest of a pasted text is ignored. */
export const MAX_QUERY_LENGTH = 200;

export const FACETS = ['chapter', 'kind', 'year', 'place'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<Facet, string>>;
  sort: 'relevance' | 'date';
}

/**
 * The page's state from its query string. Anything unknown is dropped: a facet value that the page
 * does not offer, a sort other than "date", a parameter it does not know.
 */
export function parseSearchState(search: string, allowed: Record<Facet, readonly string[]>): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value !== null && allowed[facet].includes(value)) filters[facet] = value;
  }
  return {
    q: (params.get('q') ?? '').slice(0, 10_000),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/**
 * The part of a query that is searched: trimmed, at most MAX_QUERY_LENGTH characters, never ending
 * in half a surrogate pair (the address would carry it as U+FFFD).
 */
export function searchedQuery(q: string): string {
  const cut = q.trim().slice(0, MAX_QUERY_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * The query string for a state ("" when empty), in a fixed order, without defaults. The query
 * goes in only as far as it is searched: a pasted 100 KB text in the address would make the page
 * fail to reload (414 from common servers).
 */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const q = searchedQuery(state.q);
  if (q) params.set('q', q);
  for (const facet of FACETS) {
    const value = state.filters[facet];
    if (value) params.set(facet, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Newest first by ISO partial date ("2013" < "2013-04" < "2013-04-16"); pages without one last. */
export function compareByDateDesc(a: { datetime: string }, b: { datetime: string }): number {
  if (a.datetime === b.datetime) return 0;
  if (!a.datetime) return 1;
  if (!b.datetime) return -1;
  return a.datetime < b.datetime ? 1 : -1;
}
