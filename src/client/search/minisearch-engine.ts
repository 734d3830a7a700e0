// The search engine of the folder edition, where Pagefind cannot run (no fetch, no module, no
// WASM on file://): MiniSearch, loaded as a classic script (js/minisearch.js, its UMD build), over
// an index shipped as a classic script per language (js/search-index.<lang>.js). It answers
// through the same interface as the Pagefind engine, with the same query expansion, ranking merge
// and excerpts, so the search page looks and behaves the same.
import type MiniSearch from 'minisearch';
import { expandQuery } from '../../lib/search/normalize.ts';
import { excerptHtml } from '../../lib/search/excerpt.ts';
import { compareByDateDesc, MAX_QUERY_LENGTH, mergeRanked, type Scored } from '../../lib/search/results.ts';
import { miniSearchOptions, type FolderSearchDoc } from '../../lib/search/folder-index.ts';
import type { SearchEngine, SearchFilters, SearchOptions, SearchResponse, SearchResult } from './engine.ts';

type Stored = Omit<FolderSearchDoc, 'id'> & { id: string; score: number };

declare global {
  interface Window {
    MiniSearch?: typeof MiniSearch;
    /** Filled by js/search-index.<lang>.js (INDEX_GLOBAL). */
    __SEARCH_INDEX?: Record<string, string>;
  }
}

function matches(doc: Stored, filters: SearchFilters): boolean {
  return (
    (!filters.chapter || doc.chapter === filters.chapter) &&
    (!filters.kind || doc.kind === filters.kind) &&
    (!filters.year || doc.year === filters.year) &&
    (!filters.place || doc.places.includes(filters.place))
  );
}

/** `root` is the URL of the site's root folder: result links are resolved against it. */
export function miniSearchEngine(lang: string, root: URL): SearchEngine {
  let index: MiniSearch<FolderSearchDoc> | null = null;
  const load = (): MiniSearch<FolderSearchDoc> => {
    if (index) return index;
    const json = window.__SEARCH_INDEX?.[lang];
    if (!window.MiniSearch || typeof json !== 'string')
      throw new Error(`The search index for "${lang}" is not loaded.`);
    index = window.MiniSearch.loadJSON<FolderSearchDoc>(json, miniSearchOptions());
    return index;
  };

  return {
    async search(query: string, { filters, sort }: SearchOptions): Promise<SearchResponse> {
      const mini = load();
      const docs = new Map<string, Stored>();
      const filter = (result: unknown) => matches(result as Stored, filters);
      const remember = (results: unknown[]) =>
        results
          .map((r) => r as Stored)
          .map((doc): Scored => {
            if (!docs.has(doc.id)) docs.set(doc.id, doc);
            return { id: doc.id, score: doc.score };
          });
      const run = (terms: string[]) => mergeRanked(terms.map((term) => remember(mini.search(term, { filter }))));

      const expanded = expandQuery(query.slice(0, MAX_QUERY_LENGTH));
      let used: string[] = [];
      let ranked: Scored[] = [];
      if (expanded.query) {
        used = [expanded.query, ...expanded.alternates];
        ranked = run(used);
        for (const retry of expanded.retries) {
          if (ranked.length > 0) break;
          used = [retry];
          ranked = run(used);
        }
      } else if (Object.values(filters).some(Boolean)) {
        // Filters alone list every matching page, newest first.
        ranked = remember(mini.search(window.MiniSearch!.wildcard, { filter }))
          .sort((a, b) => compareByDateDesc(docs.get(a.id)!, docs.get(b.id)!))
          .map((s, i) => ({ id: s.id, score: -i }));
      }
      if (sort === 'date' && ranked.length > 1)
        ranked = [...ranked].sort((a, b) => compareByDateDesc(docs.get(a.id)!, docs.get(b.id)!));

      return {
        total: ranked.length,
        async load(from: number, count: number): Promise<SearchResult[]> {
          return ranked.slice(from, from + count).map(({ id }) => {
            const doc = docs.get(id)!;
            return {
              url: new URL(doc.id, root).href,
              title: doc.title,
              excerptHtml: excerptHtml(doc.content, used),
              date: doc.date,
              datetime: doc.datetime,
              chapter: doc.chapter,
              kind: doc.kind,
              year: doc.year,
              places: doc.places,
            };
          });
        },
      };
    },
  };
}
