// Builds the site search index with Pagefind's Node API after `astro build`: one index per
// language (Pagefind splits by each page's <html lang>), written to dist/pagefind/, one folder
// that the service worker can precache. Only pages that mark their content with
// data-pagefind-body are indexed (event, chapter and About pages), and inside them only the text:
// the selectors below drop the chapter line and dates (they are filters and metadata), the source
// list, content note, place notes, corrections and map.
// Usage: node scripts/build-search-index.mjs [dist]
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { withNormalisedCopy } from './lib/search-copy.mjs';

const dist = process.argv[2] ?? 'dist';
const outputPath = join(dist, 'pagefind');

/** Parts of an indexed page that are not its text. */
export const EXCLUDE_SELECTORS = ['.eyebrow', '.event-dates', '.source-notes', '.content-note', '.places', '.corrections', 'sup', '.site-map', 'script', 'style'];

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export async function buildSearchIndex(root = dist, out = outputPath) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  for (const path of htmlFiles(root)) {
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({ sourcePath: relative(root, path), content: withNormalisedCopy(html, EXCLUDE_SELECTORS) });
    if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  if (pages === 0) throw new Error(`No page in ${root} has data-pagefind-body: nothing to index.`);
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // Pagefind also writes its ready-made interfaces; the site has its own, so they are not shipped
  // (and not precached).
  for (const name of readdirSync(out)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(out, name));
  await pagefind.close();
  return { pages, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, ms } = await buildSearchIndex();
  console.log(`search index: ${pages} pages in ${outputPath} (${ms} ms)`);
}
