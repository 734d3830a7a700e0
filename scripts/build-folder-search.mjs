// The folder edition's search index: after `EDITION=folder astro build`, reads the same pages
// Pagefind indexes on the web (those marked data-pagefind-body, without the same excluded parts),
// builds one MiniSearch index per language with the site's normaliser, and writes each as a
// classic script, dist-folder/js/search-index.<lang>.js, that sets a global.
// Usage: node scripts/build-folder-search.mjs [dir]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'node-html-parser';
import { EXCLUDE_SELECTORS } from './build-search-index.mjs';
import { indexFile, indexScript, miniSearchOptions } from '../src/lib/search/folder-index.ts';
import { LANGS } from '../src/i18n/locales.ts';

const dir = process.argv[2] ?? 'dist-folder';

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** What the search page shows of a page, from the same attributes Pagefind reads. */
function searchDoc(file, html) {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  const value = (selector) => root.querySelector(selector)?.getAttribute('value') ?? '';
  for (const selector of [...EXCLUDE_SELECTORS, '[data-pagefind-ignore]']) for (const el of body.querySelectorAll(selector)) el.remove();
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
    places: root.querySelectorAll('[data-pagefind-filter^="place"]').map((el) => el.getAttribute('value') ?? '').filter(Boolean),
  };
}

const started = performance.now();
const files = walk(dir).map((path) => relative(dir, path).split(sep).join('/')).filter((f) => f.endsWith('.html'));
for (const lang of LANGS) {
  const docs = files
    .filter((f) => f.startsWith(`${lang}/`))
    .map((f) => searchDoc(f, readFileSync(join(dir, f), 'utf8')))
    .filter(Boolean);
  if (docs.length === 0) {
    console.error(`Folder search: no page in ${dir}/${lang}/ has data-pagefind-body; nothing to index.`);
    process.exit(1);
  }
  const index = new MiniSearch(miniSearchOptions());
  index.addAll(docs);
  const script = indexScript(lang, JSON.stringify(index));
  writeFileSync(join(dir, indexFile(lang)), script);
  console.log(`Folder search: ${docs.length} ${lang} pages, ${(script.length / 1000).toFixed(0)} KB in ${dir}/${indexFile(lang)}`);
}
console.log(`Folder search built in ${Math.round(performance.now() - started)} ms.`);
