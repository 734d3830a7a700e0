// The site search index, made with Pagefind's Node API from the built pages: one index per
// language (Pagefind splits by each page's <html lang>), written to dist/pagefind/, one folder
// that the service worker can precache. Only pages that mark their content with
// data-pagefind-body are indexed (event, chapter and About pages), and inside them only the text:
// the selectors below drop the chapter line and dates (they are filters and metadata), the source
// list, content note, place notes, corrections and map. integrations/search-index.ts runs it.
//
// Every file of the folder is named by its content, so hosts can let browsers keep it for good
// (public/_headers): Pagefind names its index files so, and this step renames the files Pagefind
// names by fixed names (its entry file and WebAssembly) and names the boot script it bundles; the
// boot script carries the new names (src/lib/search/pagefind-files.ts), and the pages, written
// before the index, are given the boot script's (integrations/lib/renamed-links.ts).
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import type { PagefindFiles } from '../../src/lib/search/pagefind-files.ts';
import { PAGEFIND_BOOT_FILE } from '../../src/lib/search/pagefind-start.ts';
import { hashedName } from './asset-names.ts';
import { CLASSIC_SCRIPT } from './classic-script.ts';
import { listFiles } from './files.ts';
import { withNormalisedCopy } from './search-copy.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Pagefind's folder in the built site. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * A language with at most this many pages gets all its result texts (fragments) in one file, which
 * the search page's warm-up loads: the site's 32 pages per language make 25–37 KB gzipped (about
 * 1 KB a page), about what one query's ten separate fragments cost in ten requests, and later
 * queries need none. Above it, every page keeps its own fragment, so a search page never loads
 * more than about 60 KB of text it may not show, and a query fetches only its results'.
 */
export const ONE_FRAGMENT_FILE_UP_TO = 60;

/** Parts of an indexed page that are not its text. */
export const EXCLUDE_SELECTORS = [
  '.eyebrow',
  '.event-dates',
  '.source-notes',
  '.content-note',
  '.places',
  '.corrections',
  'sup',
  '.site-map',
  'script',
  'style',
];

interface IndexedPage {
  file: string;
  html: string;
  /** The page's language, as Pagefind reads it (<html lang>). */
  lang: string;
}

/** The built pages Pagefind indexes: those that mark their text with data-pagefind-body. */
function indexedPages(root: string): IndexedPage[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.html') && !file.startsWith(`${PAGEFIND_FOLDER}/`))
    .flatMap((file) => {
      const html = readFileSync(join(root, file), 'utf8');
      const page = parse(html);
      if (!page.querySelector('[data-pagefind-body]')) return [];
      return [{ file, html, lang: page.querySelector('html')?.getAttribute('lang') ?? 'unknown' }];
    });
}

/**
 * Indexes the built site in `root` into `out` and bundles the boot script; returns the pages
 * indexed, the time taken and the boot script's name in `out` ("pagefind-boot.<hash>.js").
 */
export async function buildSearchIndex(
  root: string,
  out = join(root, PAGEFIND_FOLDER),
): Promise<{ pages: number; ms: number; boot: string }> {
  const started = performance.now();
  const indexed = indexedPages(root);
  if (indexed.length === 0) throw new Error(`No page in ${root} has data-pagefind-body: nothing to index.`);
  const perLang = new Map<string, number>();
  for (const { lang } of indexed) perLang.set(lang, (perLang.get(lang) ?? 0) + 1);
  const small = Math.max(...perLang.values()) <= ONE_FRAGMENT_FILE_UP_TO;

  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: EXCLUDE_SELECTORS,
    ...(small ? { maxFragments: 1 } : {}),
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const { file, html } of indexed) {
    const added = await index.addHTMLFile({ sourcePath: file, content: withNormalisedCopy(html, EXCLUDE_SELECTORS) });
    if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
  }
  const pages = indexed.length;
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await pagefind.close();
  const names = renameByContent(out, readdirSync(out).filter(isFixedName));
  const boot = await buildBoot(out, { warm: warmFiles(out, small, names), names });
  // Pagefind also writes its ready-made interfaces, its module and its worker. The site has its own
  // interface and runs Pagefind from pagefind-boot.js (which includes the module) without a worker,
  // so none of them is shipped (nor stored for offline reading).
  for (const name of readdirSync(out))
    if (/^pagefind(-(component-ui|modular-ui|ui|highlight|worker))?\.(js|css)$/.test(name)) rmSync(join(out, name));
  return { pages, ms: Math.round(performance.now() - started), boot };
}

/**
 * Whether Pagefind's runtime asks for a file of its folder by a fixed name: the entry file and
 * each language's WebAssembly (its own module, worker and interfaces are not shipped).
 */
export function isFixedName(name: string): boolean {
  return name === 'pagefind-entry.json' || /^wasm\.[^./]+\.pagefind$/.test(name);
}

/** Renames `files` of `out` by their content ("wasm.ar.pagefind" → "wasm.ar.<hash>.pagefind"); returns old → new names. */
function renameByContent(out: string, files: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const file of files) {
    names[file] = hashedName(file, readFileSync(join(out, file)));
    renameSync(join(out, file), join(out, names[file]));
  }
  return names;
}

/**
 * Per language, the files of Pagefind's folder its warm-up needs, which the boot script fetches at
 * once instead of one after another (Pagefind asks for its metadata and WebAssembly only once it
 * has read its entry file, and for index chunks and results' text only once it has searched):
 * the metadata and WebAssembly always, and on a small site every index chunk (two per language
 * here, 36–55 KB together) and the one file of result texts.
 */
export function warmFiles(
  out: string,
  small: boolean,
  names: Readonly<Record<string, string>> = {},
): Record<string, string[]> {
  const named = (file: string) => names[file] ?? file;
  const entry = JSON.parse(readFileSync(join(out, named('pagefind-entry.json')), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const files: Record<string, string[]> = {};
  for (const [lang, { hash, wasm }] of Object.entries(entry.languages)) {
    files[lang] = [`pagefind.${hash}.pf_meta`, named(`wasm.${wasm ?? 'unknown'}.pagefind`)];
  }
  if (!small) return files;
  for (const folder of ['index', 'fragment']) {
    for (const name of readdirSync(join(out, folder))) {
      const lang = /^(.+?)_(?:group_)?[0-9a-f]+\.pf_(?:index|fragment)$/.exec(name)?.[1];
      const list = lang ? files[lang] : undefined;
      if (!list) throw new Error(`${join(out, folder, name)}: not a file of a language Pagefind's entry file lists`);
      list.push(`${folder}/${name}`);
    }
  }
  for (const [lang, list] of Object.entries(files)) {
    const texts = list.filter((f) => f.startsWith('fragment/'));
    if (texts.length !== 1)
      throw new Error(
        `${join(out, 'fragment')}: expected one file of result texts for "${lang}" on a small site, found ${texts.length}`,
      );
  }
  return files;
}

/**
 * The module "pagefind-files" the boot script imports, made here from `files`: a module rather
 * than an esbuild `define`, which esbuild (0.28) failed on when a second one was read in the
 * bundle.
 */
function pagefindFilesModule(files: PagefindFiles): Plugin {
  return {
    name: 'pagefind-files',
    setup(b) {
      b.onResolve({ filter: /^pagefind-files$/ }, () => ({ path: 'pagefind-files', namespace: 'pagefind-files' }));
      b.onLoad({ filter: /.*/, namespace: 'pagefind-files' }, () => ({
        contents: `export default ${JSON.stringify(files)};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * pagefind-boot.<hash>.js: src/client/search/pagefind-boot.ts bundled with the Pagefind bundle
 * just written and the names of its files, as one classic script (see
 * src/lib/search/pagefind-start.ts for why), named by its content; returns that name. Inside it,
 * and only there, `fetch` and `Intl` are those of src/client/search/pagefind-globals.ts.
 */
async function buildBoot(out: string, files: PagefindFiles): Promise<string> {
  // What the boot bundle relies on in Pagefind's module, checked so that a Pagefind upgrade that
  // changes it fails here rather than quietly making search slower.
  const module = join(out, 'pagefind.js');
  const source = readFileSync(module, 'utf8');
  if (/\b(?:globalThis|window|self)\.(?:fetch|Intl)\b/.test(source)) {
    throw new Error(
      `${module}: Pagefind now reaches fetch or Intl through a global object, so the boot bundle's injected ones (src/client/search/pagefind-globals.ts) would not apply; update that file.`,
    );
  }
  if (!source.includes('"pagefind_dcd"')) {
    throw new Error(
      `${module}: Pagefind no longer recognises inflated files by their "pagefind_dcd" signature; src/lib/search/gunzip-response.ts relies on it.`,
    );
  }
  for (const name of Object.keys(files.names)) {
    const asked = name.startsWith('wasm.') ? '}wasm.${' : `}${name}`;
    if (!source.includes(asked)) {
      throw new Error(
        `${module}: Pagefind no longer asks for ${name} by that name, so the boot script would not find the renamed file; update isFixedName().`,
      );
    }
  }
  const result = await build({
    entryPoints: [fromHere('../../src/client/search/pagefind-boot.ts')],
    ...CLASSIC_SCRIPT,
    write: false,
    outfile: join(out, PAGEFIND_BOOT_FILE),
    alias: { 'pagefind-bundle': resolve(out, 'pagefind.js') },
    inject: [fromHere('../../src/client/search/pagefind-globals.ts')],
    plugins: [pagefindFilesModule(files)],
    // Pagefind reads import.meta.url only to find its own folder, which the boot script passes it.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const code = result.outputFiles[0]!.contents;
  const name = hashedName(PAGEFIND_BOOT_FILE, code);
  writeFileSync(join(out, name), code);
  return name;
}
