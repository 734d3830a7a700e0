// The folder edition's search index: from the same pages Pagefind indexes on the web (those marked
// data-pagefind-body, without the same excluded parts), one MiniSearch index per language with the
// site's normaliser, each shipped as a classic script, js/search-index.<lang>.js, that sets a global
// (file:// allows no fetch).
import MiniSearch from 'minisearch';
import { parse } from 'node-html-parser';
import { LANGS } from '../../../src/i18n/locales.ts';
import {
  indexFile,
  indexScript,
  miniSearchOptions,
  type FolderSearchDoc,
} from '../../../src/lib/search/folder-index.ts';
import { EXCLUDE_SELECTORS } from '../pagefind-index.ts';

/** What the search page shows of a page, from the same attributes Pagefind reads; null for a page search skips. */
export function searchDoc(file: string, html: string): FolderSearchDoc | null {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  const value = (selector: string) => root.querySelector(selector)?.getAttribute('value') ?? '';
  for (const selector of [...EXCLUDE_SELECTORS, '[data-pagefind-ignore]'])
    for (const el of body.querySelectorAll(selector)) el.remove();
  const datetime = value('[data-pagefind-meta^="datetime"]');
  return {
    id: file,
    title: value('[data-pagefind-meta^="title"]') || root.querySelector('title')?.textContent || file,
    content: body.structuredText.replace(/\s+/g, ' ').trim(),
    date: value('[data-pagefind-meta^="date["]'),
    datetime,
    chapter: value('[data-pagefind-filter^="chapter"]'),
    kind: value('[data-pagefind-filter^="kind"]'),
    year: datetime.slice(0, 4),
    places: root
      .querySelectorAll('[data-pagefind-filter^="place"]')
      .map((el) => el.getAttribute('value') ?? '')
      .filter(Boolean),
  };
}

/**
 * The index scripts for `pages` (file → HTML of the folder edition), by file ("js/search-index.ar.js"),
 * with the number of pages in each. Fails when a language has no page to index.
 */
export function folderSearchScripts(pages: ReadonlyMap<string, string>): {
  files: Map<string, string>;
  counts: Record<string, number>;
} {
  const files = new Map<string, string>();
  const counts: Record<string, number> = {};
  for (const lang of LANGS) {
    const docs = [...pages]
      .filter(([file]) => file.startsWith(`${lang}/`))
      .map(([file, html]) => searchDoc(file, html))
      .filter((doc): doc is FolderSearchDoc => doc !== null);
    if (docs.length === 0) throw new Error(`Folder search: no ${lang} page has data-pagefind-body; nothing to index.`);
    const index = new MiniSearch(miniSearchOptions());
    index.addAll(docs);
    files.set(indexFile(lang), indexScript(lang, JSON.stringify(index)));
    counts[lang] = docs.length;
  }
  return { files, counts };
}
