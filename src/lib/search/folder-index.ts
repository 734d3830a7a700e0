// The folder edition's search index (MiniSearch), shared by the script that builds it
// (integrations/lib/folder/folder-search-index.ts) and the engine that reads it in the browser
// (src/client/search/minisearch-engine.ts): the same fields, and the same normaliser as the web
// search (normalize.ts) on both sides, so a query finds what Pagefind finds on the web.
import type { Options } from 'minisearch';
import { normalizeText } from './normalize.ts';
import { matchKey } from './excerpt.ts';
import type { PageFacts } from './page-facts.ts';

/** One indexed page, as the search page shows it. */
export interface FolderSearchDoc extends PageFacts {
  /** The page's file from the site's root: "ar/events/tadamon-massacre/index.html". */
  id: string;
  title: string;
  /** The page's own text (what Pagefind indexes on the web), also cut for excerpts. */
  content: string;
}

/** The global the index scripts (js/search-index.<lang>.js) fill: MiniSearch's JSON by language. */
export const INDEX_GLOBAL = '__SEARCH_INDEX';

export function indexFile(lang: string): string {
  return `js/search-index.${lang}.js`;
}

/**
 * Terms of the index: each word normalised, and also without a glued conjunction, preposition or
 * article ("والتضامن" → "التضامن", "تضامن"), the forms Pagefind's Arabic stemmer reaches on the web.
 */
export function indexTerms(term: string): string[] | null {
  const normal = normalizeText(term);
  if (!normal) return null;
  const terms = new Set<string>();
  for (const word of normal.split(' ')) {
    terms.add(word);
    const key = matchKey(word);
    if (key) terms.add(key);
  }
  return [...terms];
}

/** Terms of a query: normalised the same way; the engine tries queryVariants' other forms itself. */
export function queryTerms(term: string): string[] | null {
  const normal = normalizeText(term);
  return normal ? normal.split(' ') : null;
}

export function miniSearchOptions(): Options<FolderSearchDoc> {
  return {
    fields: ['title', 'content'],
    storeFields: ['title', 'content', 'date', 'datetime', 'chapter', 'kind', 'year', 'places'],
    processTerm: indexTerms,
    searchOptions: { processTerm: queryTerms, prefix: true, combineWith: 'AND', boost: { title: 2 } },
  };
}

/** The classic script that ships one language's index: it sets a global, since file:// allows no fetch. */
export function indexScript(lang: string, json: string): string {
  return `window.${INDEX_GLOBAL}=window.${INDEX_GLOBAL}||{};window.${INDEX_GLOBAL}[${JSON.stringify(lang)}]=${JSON.stringify(json).replace(/</g, '\\u003c')};\n`;
}
