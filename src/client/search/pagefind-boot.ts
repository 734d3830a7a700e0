// The search page's Pagefind, started as early as the page allows. integrations/lib/pagefind-index.ts
// bundles this file with the Pagefind bundle it has just generated into pagefind-boot.js, the
// classic script the page's head loads (src/lib/search/pagefind-start.ts). Inside that bundle,
// `fetch` and `Intl` are those of pagefind-globals.ts.
//
// It starts Pagefind with the site's options and warms it while the page is still loading: the
// files the warm-up needs are fetched at once, then one common word of the page's language loads
// the WebAssembly and index chunks into Pagefind, and its first result the results' text (for a
// site this size, one file per language: see the build script).
import * as bundle from 'pagefind-bundle';
import type { Pagefind } from './pagefind-types.ts';
import { PAGEFIND_BOOTED, PAGEFIND_OPTIONS, warmWord } from '../../lib/search/pagefind-start.ts';
import { fetchEarly } from './pagefind-globals.ts';

/** Per language, the files of Pagefind's folder its warm-up will need, written in by the build
 * (integrations/lib/pagefind-index.ts, warmFiles). */
declare const PAGEFIND_WARM_FILES: Record<string, string[] | undefined>;

const pagefind: Pagefind = bundle;
const lang = document.documentElement.lang;
// Pagefind finds its files next to its module; as a classic script it is told where they are.
const script = document.currentScript as HTMLScriptElement | null;
const basePath = new URL('.', script?.src ?? location.href).pathname;

// Fetched together at once, instead of each after the one that names it.
fetchEarly((PAGEFIND_WARM_FILES[lang] ?? []).map((file) => `${basePath}${file}`));

const started = pagefind
  .options({ ...PAGEFIND_OPTIONS, basePath })
  .then(() => pagefind.init())
  .then(() => pagefind);
(window as unknown as Record<string, Promise<Pagefind>>)[PAGEFIND_BOOTED] = started;

started
  .then((p) => p.search(warmWord(lang)))
  .then((found) => found?.results[0]?.data())
  .catch(() => undefined); // a search reports a missing index itself
