// Loaded only by the folder edition's search page, before the search element: puts the MiniSearch
// engine where chooseEngine() (src/client/search/engine.ts) looks first, so Pagefind, which cannot
// run from file://, is never asked.
import { miniSearchEngine } from './minisearch-engine.ts';

// This script is js/folder-search.js: the site's root folder is the one above it.
const here = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;
const root = new URL('../', here);
window.__SITE_SEARCH_ENGINE = (lang: string) => miniSearchEngine(lang, root);
