// How the web edition starts Pagefind, declared once for the places that do it: the search page's
// head (src/components/PagefindStart.astro), the boot script it loads
// (src/client/search/pagefind-boot.ts: Pagefind's bundle with the site's options and warm-up),
// and the engine (src/client/search/pagefind-engine.ts), which takes over what the head began or
// loads the boot script itself.
//
// The boot script is a classic script that the parser meets in the head with `async`: Chromium ran
// it once it had arrived, before or soon after the document was parsed, where a dynamic import() of
// Pagefind's module, or a script inserted from JavaScript, ran only once the page had loaded.

/** Pagefind's options. Ranking: no penalty for long pages, so a chapter's long page comes before
 * the short pages that mention it (measured on the site's own pages). No worker: for an index this
 * size, starting a worker and messaging it cost more than the search itself. */
export const PAGEFIND_OPTIONS = { ranking: { pageLength: 0 }, noWorker: true } as const;

/** The boot script, built into Pagefind's folder by integrations/lib/pagefind-index.ts. */
export const PAGEFIND_BOOT_FILE = 'pagefind-boot.js';

/** Pagefind's first search also loads its WebAssembly and the first index chunks: one common word
 * of the page's language (its index is the one searched) brings what most queries need. */
export function warmWord(lang: string): string {
  return lang === 'ar' ? 'ال' : 'the';
}

/** Where the boot script leaves its promise of a started Pagefind. */
export const PAGEFIND_BOOTED = '__pagefindBooted';
/** Where the head leaves its promise of the boot script's Pagefind (rejected if it fails to load). */
export const PAGEFIND_STARTED = '__pagefindStarted';
/** The head's callbacks for the boot script's load and error events. */
export const PAGEFIND_BOOT_SETTLE = '__pagefindBootSettle';

/**
 * The inline script the head runs just before the boot script's tag: it leaves on `window` the
 * promise of a started Pagefind, settled by the tag's load or error event.
 */
export function pagefindStartScript(): string {
  return (
    `window.${PAGEFIND_STARTED}=new Promise(function(ok,fail){window.${PAGEFIND_BOOT_SETTLE}=function(loaded){` +
    `var p=window.${PAGEFIND_BOOTED};loaded&&p?ok(p):fail(new Error(loaded?"Pagefind's boot script did not start Pagefind.":"Pagefind's boot script could not be loaded."))}});` +
    `window.${PAGEFIND_STARTED}.catch(function(){});`
  );
}

/** The boot script tag's event handlers, for the head. */
export const PAGEFIND_BOOT_EVENTS = {
  onload: `${PAGEFIND_BOOT_SETTLE}(true)`,
  onerror: `${PAGEFIND_BOOT_SETTLE}(false)`,
} as const;
