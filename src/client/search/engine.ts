// The search page talks to an engine only through this interface, so the engine can change
// without touching the page: Pagefind on the web (pagefind-engine.ts), another engine where
// Pagefind cannot run (the folder edition, from file://). chooseEngine() is the one place that
// decides.
import { pagefindEngine } from './pagefind-engine.ts';
import type { PageFacts } from '../../lib/search/page-facts.ts';

/** One value per facet, or none. Values are ids: chapter and kind ids, a year, a place id. */
export interface SearchFilters {
  chapter?: string;
  kind?: string;
  year?: string;
  place?: string;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchOptions {
  filters: SearchFilters;
  sort: SearchSort;
}

export interface SearchResult extends PageFacts {
  /** Site-absolute URL of the page. */
  url: string;
  title: string;
  /** An excerpt of the page's own text with the matches in <mark>; everything else escaped. */
  excerptHtml: string;
}

export interface SearchResponse {
  /** Every match, best first (or newest first); `load` fetches their details a page at a time. */
  total: number;
  /** Details of results [from, from + count). */
  load(from: number, count: number): Promise<SearchResult[]>;
}

export interface SearchEngine {
  /** An empty query with filters lists every page that matches the filters. */
  search(query: string, options: SearchOptions): Promise<SearchResponse>;
  /** Optional: start loading whatever the first search needs, so it is ready when the reader types. */
  warm?(): void;
}

declare global {
  interface Window {
    /** Set by an edition that brings its own engine (the folder edition): used instead of Pagefind. */
    __SITE_SEARCH_ENGINE?: (lang: string) => SearchEngine;
  }
}

/** The engine for this page: one an edition put on window, else Pagefind, started by the boot script at `bootUrl`. */
export function chooseEngine(lang: string, bootUrl: string): SearchEngine {
  if (typeof window.__SITE_SEARCH_ENGINE === 'function') return window.__SITE_SEARCH_ENGINE(lang);
  return pagefindEngine(bootUrl);
}
