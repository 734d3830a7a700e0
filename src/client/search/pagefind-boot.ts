// The search page's Pagefind, started as early as the page allows. scripts/build-search-index.mjs
// bundles this file with the Pagefind bundle it has just generated into pagefind-boot.js, the
// classic script the page's head loads (src/lib/search/pagefind-start.ts). Inside that bundle,
// `fetch` is pagefind-fetch.ts, so Pagefind's gzipped files are inflated natively.
//
// It starts Pagefind with the site's options and warms it while the page is still loading: one
// common word of the page's language loads the WebAssembly and the index chunks most queries need,
// and its first result loads the results' text (for a site this size, one file per language: see
// the build script).
import * as bundle from 'pagefind-bundle';
import type { Pagefind } from './pagefind-types.ts';
import { PAGEFIND_BOOTED, PAGEFIND_OPTIONS, warmWord } from '../../lib/search/pagefind-start.ts';

const pagefind = bundle as unknown as Pagefind;
const lang = document.documentElement.lang;
// Pagefind finds its files next to its module; as a classic script it is told where they are.
const script = document.currentScript as HTMLScriptElement | null;
const basePath = new URL('.', script?.src ?? location.href).pathname;

const started = pagefind
  .options({ ...PAGEFIND_OPTIONS, basePath })
  .then(() => pagefind.init())
  .then(() => pagefind);
(window as unknown as Record<string, Promise<Pagefind>>)[PAGEFIND_BOOTED] = started;

// Pagefind splits every query into graphemes with a new Intl.Segmenter. The first one a page
// makes loads the browser's segmentation data (30–70 ms measured in Chromium); made here, that
// happens while Pagefind's files are still on their way instead of before the first search.
setTimeout(() => new Intl.Segmenter(lang || undefined, { granularity: 'grapheme' }).segment(warmWord(lang)), 0);

started
  .then((p) => p.search(warmWord(lang)))
  .then((found) => found?.results[0]?.data())
  .catch(() => undefined); // a search reports a missing index itself
