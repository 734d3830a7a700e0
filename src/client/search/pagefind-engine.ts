// The search engine of the web edition: Pagefind (dist/pagefind/, built by
// integrations/lib/pagefind-index.ts), started by the search page's head or, failing that, on the
// first search (src/lib/search/pagefind-start.ts). Queries reach it normalised and expanded by
// src/lib/search/normalize.ts.
import { expandQuery } from '../../lib/search/normalize.ts';
import { excerptHtml } from '../../lib/search/excerpt.ts';
import { MAX_QUERY_LENGTH, mergeRanked, type Scored } from '../../lib/search/results.ts';
import type { SearchEngine, SearchFilters, SearchOptions, SearchResponse, SearchResult } from './engine.ts';
import { PAGEFIND_BOOTED, PAGEFIND_STARTED } from '../../lib/search/pagefind-start.ts';
import type { Pagefind, PagefindData, PagefindHit } from './pagefind-types.ts';
import { nextTask } from '../../lib/steps.ts';

/**
 * Loads the boot script and resolves with the Pagefind it starts: what the engine does when the
 * search page's head did not start Pagefind, or its start failed.
 */
function startPagefind(bootUrl: string): Promise<Pagefind> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(bootUrl, location.href).href;
    script.onload = () => {
      const booted = (window as unknown as Record<string, Promise<Pagefind> | undefined>)[PAGEFIND_BOOTED];
      if (booted) resolve(booted);
      else reject(new Error("Pagefind's boot script ran but did not start Pagefind."));
    };
    script.onerror = () => reject(new Error(`Pagefind's boot script could not be loaded: ${script.src}`));
    document.head.append(script);
  });
}

function pagefindFilters(filters: SearchFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== ''));
}

const yieldTask = nextTask(window);

/** Pagefind's engine; `bootUrl` is the boot script's address, as the page names it (data-boot). */
export function pagefindEngine(bootUrl: string): SearchEngine {
  let loading: Promise<Pagefind> | null = null;
  const load = (): Promise<Pagefind> =>
    (loading ??= (async () => {
      // The search page's head has started Pagefind; where it has not, or its start failed, here.
      const started = (window as unknown as Record<string, Promise<Pagefind> | undefined>)[PAGEFIND_STARTED];
      const pagefind = started ? await started.catch(() => undefined) : undefined;
      return pagefind ?? startPagefind(bootUrl);
    })().catch((error: unknown) => {
      loading = null; // let a later search try again
      throw error;
    }));

  let dateOrder: Promise<Map<string, number>> | null = null;
  /** Every page's position when all are ordered newest first: one call, no page fetched. */
  const datePositions = (pagefind: Pagefind) =>
    (dateOrder ??= pagefind
      .search(null, { sort: { date: 'desc' } })
      .then((r) => new Map((r?.results ?? []).map((hit, i) => [hit.id, i]))));

  return {
    warm() {
      // Starting Pagefind warms it (pagefind-boot.ts); where the page's head started it, this waits.
      void load().catch(() => undefined); // the search itself reports a missing index
    },
    async search(query: string, { filters, sort }: SearchOptions): Promise<SearchResponse> {
      const pagefind = await load();
      // A search as the page loads (an address with ?q=) would otherwise run on in the same task
      // as Pagefind's start: the thread is handed back first.
      await yieldTask();
      const pfFilters = pagefindFilters(filters);
      const expanded = expandQuery(query.slice(0, MAX_QUERY_LENGTH));
      const hits = new Map<string, PagefindHit>();
      const run = async (terms: (string | null)[]) => {
        const lists = await Promise.all(
          terms.map(async (term) => {
            const found = await pagefind.search(term, {
              filters: pfFilters,
              ...(term === null ? { sort: { date: 'desc' as const } } : {}),
            });
            return (found?.results ?? []).map((hit, i): Scored => {
              if (!hits.has(hit.id)) hits.set(hit.id, hit);
              // Filter-only listings have no score: keep their date order.
              return { id: hit.id, score: term === null ? -i : hit.score };
            });
          }),
        );
        return mergeRanked(lists);
      };

      let used: string[] = [];
      let ranked: Scored[] = [];
      if (expanded.query) {
        used = [expanded.query, ...expanded.alternates];
        ranked = await run(used);
        for (const retry of expanded.retries) {
          if (ranked.length > 0) break;
          used = [retry];
          ranked = await run(used);
        }
      } else if (Object.keys(pfFilters).length > 0) {
        ranked = await run([null]);
      }
      if (sort === 'date' && ranked.length > 1) {
        const positions = await datePositions(pagefind);
        ranked = [...ranked].sort((a, b) => (positions.get(a.id) ?? Infinity) - (positions.get(b.id) ?? Infinity));
      }

      return {
        total: ranked.length,
        async load(from: number, count: number): Promise<SearchResult[]> {
          const slice = ranked.slice(from, from + count);
          await yieldTask();
          return Promise.all(slice.map(async ({ id }) => toResult(await hits.get(id)!.data(), used)));
        },
      };
    },
  };
}

function toResult(data: PagefindData, queries: string[]): SearchResult {
  const meta = data.meta;
  return {
    url: data.url,
    title: meta.title ?? data.url,
    excerptHtml: excerptHtml(data.content, queries),
    date: meta.date ?? '',
    datetime: meta.datetime ?? '',
    chapter: meta.chapter ?? '',
    kind: meta.kind ?? '',
    year: (meta.datetime ?? '').slice(0, 4),
    places: (meta.places ?? '').split(' ').filter(Boolean),
  };
}
