// The folder edition, derived from the built web site in memory: every page rewritten
// (folder-page.ts), stylesheets made relative, what only the web uses left out, and the folder
// search added (MiniSearch, its engine, and an index per language, all classic scripts).
// Then checked: anything that would fail on file:// is a problem naming the file and the reason.
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SW_FILES } from '../../../src/lib/offline/archive.ts';
import { CLASSIC_SCRIPT } from '../classic-script.ts';
import { listFiles } from '../files.ts';
import { checkFolderPage, checkScriptCode, type ArchiveProblem } from './archive-check.ts';
import { folderSearchScripts } from './folder-search-index.ts';
import { toFolderPage } from './folder-page.ts';
import { loadedLaterFiles, parsedPageScripts, parsePage } from './page-urls.ts';
import { rewriteCss } from './relative-urls.ts';

export type FolderFiles = Map<string, Uint8Array | string>;

/**
 * Files of the built site the folder edition leaves out: Pagefind (it needs a server), the
 * service worker and the web app manifests (nothing to install from a folder), the archive itself,
 * the share cards (link previews fetch them from the web, src/pages/og/), the host's header rules,
 * and what crawlers and feed readers fetch from the web (the sitemap, robots.txt, the feeds):
 * nothing in a folder reads them, and their addresses are the web's.
 */
export function isWebOnlyFile(file: string): boolean {
  return (
    file.startsWith('pagefind/') ||
    file.startsWith('download/') ||
    file.startsWith('og/') ||
    file === 'sw.js' ||
    file === SW_FILES ||
    /^workbox-[^/]*\.js$/.test(file) ||
    file.endsWith('/manifest.webmanifest') ||
    file === '_headers' ||
    isForCrawlersAndFeedReaders(file)
  );
}

/** The sitemap (its index and parts), robots.txt and each language's feed. */
function isForCrawlersAndFeedReaders(file: string): boolean {
  return /^sitemap-[^/]+\.xml$/.test(file) || file === 'robots.txt' || /^[a-z]{2}\/feed\.xml$/.test(file);
}

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The folder edition's copy of the search element is built without the Pagefind engine: it has no
// Pagefind, which needs a server, so its script carries no code that would go looking for it.
const withoutPagefind: Plugin = {
  name: 'without-pagefind',
  setup(b) {
    b.onResolve({ filter: /\/pagefind-engine\.ts$/ }, () => ({
      path: fromHere('../../../src/client/search/pagefind-unavailable.ts'),
    }));
  },
};

/** The scripts only the folder edition's search page loads (see src/pages/[lang]/search.astro). */
async function folderSearchCode(): Promise<FolderFiles> {
  const bundle = async (entry: string, plugins: Plugin[] = []) => {
    const result = await build({ ...CLASSIC_SCRIPT, entryPoints: [fromHere(entry)], write: false, plugins });
    return result.outputFiles[0]!.text;
  };
  // MiniSearch's own UMD build, which sets window.MiniSearch. Its package exports no such path,
  // so it is found next to the package's main file.
  const require = createRequire(import.meta.url);
  const umd = join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js');
  return new Map<string, string>([
    ['js/minisearch.js', readFileSync(umd, 'utf8')],
    ['js/folder-search.js', await bundle('../../../src/client/search/folder-search.ts')],
    ['js/site-search-folder.js', await bundle('../../../src/client/site-search.ts', [withoutPagefind])],
  ]);
}

/**
 * The folder edition of the built site in `dist` (built with Astro's `base`), as files in memory,
 * with the number of pages indexed per language.
 */
export async function makeFolderEdition(
  dist: string,
  base = '/',
): Promise<{ files: FolderFiles; indexed: Record<string, number> }> {
  const files: FolderFiles = new Map();
  const pages = new Map<string, string>();
  for (const file of listFiles(dist).filter((f) => !isWebOnlyFile(f))) {
    if (file.endsWith('.html')) {
      const page = toFolderPage(file, readFileSync(join(dist, file), 'utf8'), base);
      pages.set(file, page);
      files.set(file, page);
    } else if (file.endsWith('.css')) {
      files.set(file, rewriteCss(file, readFileSync(join(dist, file), 'utf8'), base));
    } else {
      files.set(file, readFileSync(join(dist, file)));
    }
  }
  for (const [file, code] of await folderSearchCode()) files.set(file, code);
  const search = folderSearchScripts(pages);
  for (const [file, code] of search.files) files.set(file, code);
  return { files, indexed: search.counts };
}

const asText = (body: Uint8Array | string) => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

/**
 * What would fail when the edition is opened from a folder: per page, absolute paths, links to
 * folders or to files the edition does not hold, module scripts and code that fetches, imports or
 * starts a worker (inline or in a script file the page loads, at once or later).
 */
export function checkFolderEdition(files: FolderFiles): { problems: ArchiveProblem[]; pages: number; scripts: number } {
  const problems: ArchiveProblem[] = [];
  const scriptsChecked = new Set<string>();
  let pages = 0;
  for (const [file, body] of files) {
    if (!file.endsWith('.html')) continue;
    pages += 1;
    const html = asText(body);
    const result = checkFolderPage(file, html);
    problems.push(...result.problems);
    for (const reference of result.references) {
      if (!files.has(reference))
        problems.push({ file, problem: `links to a file the archive does not hold: ${reference}` });
    }
    const root = parsePage(html);
    const later = loadedLaterFiles(root).filter((name) => name.endsWith('.js'));
    for (const src of [...parsedPageScripts(root).map((s) => s.src), ...later]) {
      if (!src || /^[a-z]+:/i.test(src)) continue;
      const script = posix.normalize(posix.join(posix.dirname(file), src.split(/[?#]/)[0]!));
      const code = files.get(script);
      if (code === undefined || scriptsChecked.has(script)) continue;
      scriptsChecked.add(script);
      problems.push(...checkScriptCode(script, asText(code)));
    }
  }
  return { problems, pages, scripts: scriptsChecked.size };
}
