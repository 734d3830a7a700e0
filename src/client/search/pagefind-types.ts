// The part of Pagefind's browser API the site uses (Pagefind's bundle, dist/pagefind/pagefind.js,
// is generated at build time and ships no types).

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindHit[] } | null>;
}
