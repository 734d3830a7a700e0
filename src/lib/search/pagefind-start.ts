// How the web edition starts Pagefind, declared once for the two places that may do it: the
// search page's head (an inline script, so Pagefind's start-up overlaps the page's own) and the
// engine (pagefind-engine.ts), which takes over what the head began or starts it itself.

/** Pagefind's options. Ranking: no penalty for long pages, so a chapter's long page comes before
 * the short pages that mention it (measured on the site's own pages). No worker: for an index this
 * size, starting a worker and messaging it cost more than the search itself. */
export const PAGEFIND_OPTIONS = { ranking: { pageLength: 0 }, noWorker: true } as const;

/** Pagefind's first search also loads its WebAssembly and the first index chunks: one common word
 * of the page's language (its index is the one searched) brings what most queries need. */
export function warmWord(lang: string): string {
  return lang === 'ar' ? 'ال' : 'the';
}

/** The global where the head's inline script leaves its promise of a started Pagefind. */
export const PAGEFIND_STARTED = '__pagefindStarted';

/**
 * The inline script for the search page's head: imports Pagefind's module from `bundlePath`,
 * gives it its options, starts it and warms it. A classic script with a dynamic import(), web
 * edition only (the folder edition has no Pagefind, and its check rejects import()).
 */
export function pagefindStartScript(bundlePath: string, lang: string): string {
  const url = JSON.stringify(`${bundlePath}pagefind.js`);
  const options = JSON.stringify(PAGEFIND_OPTIONS);
  const word = JSON.stringify(warmWord(lang));
  return (
    `window.${PAGEFIND_STARTED}=import(new URL(${url},location.href).href).then(function(p){return p.options(${options}).then(function(){return p.init()}).then(function(){return p})});` +
    `window.${PAGEFIND_STARTED}.then(function(p){return p.search(${word})}).catch(function(){});`
  );
}
