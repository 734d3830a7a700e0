// How the web edition starts Pagefind, declared once for the places that do it: the search page's
// head (src/components/PagefindStart.astro and src/client/pagefind-start.ts), the boot script it loads
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

/** The boot script's plain name, which pages use (assetPath()): integrations/lib/pagefind-index.ts
 * builds it into Pagefind's folder named by its content (pagefind-boot.<hash>.js), and
 * integrations/search-index.ts gives the pages that name. */
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
/** The attribute that marks the head's boot script tag. */
export const PAGEFIND_BOOT_ATTRIBUTE = 'data-pagefind-boot';

/** What the head's start script needs of `window` and `document` (a stand-in in the unit tests). */
export interface BootWatchTarget {
  addEventListener(type: 'load' | 'error', listener: (event: Event) => void, capture: true): void;
  removeEventListener(type: 'load' | 'error', listener: (event: Event) => void, capture: true): void;
}

/**
 * What the head's start script (src/client/pagefind-start.ts) does, just before the boot script's
 * tag: it leaves on `win` the promise of a started Pagefind, settled by the tag's load or error
 * event. Those events do not bubble, but a listener on the document in the capture phase hears
 * them: no inline script and no onload attribute, so the page's Content-Security-Policy needs no
 * exception. The start script runs before the tag is parsed, so neither event can be missed.
 */
export function watchPagefindBoot(win: Record<string, unknown>, doc: BootWatchTarget): void {
  const started = new Promise((ok, fail) => {
    const settle = (event: Event) => {
      const target = event.target as { hasAttribute?: (name: string) => boolean } | null;
      if (!target?.hasAttribute?.(PAGEFIND_BOOT_ATTRIBUTE)) return; // another element's load
      doc.removeEventListener('load', settle, true);
      doc.removeEventListener('error', settle, true);
      const loaded = event.type === 'load';
      const booted = win[PAGEFIND_BOOTED];
      if (loaded && booted) ok(booted);
      else
        fail(
          new Error(
            loaded ? "Pagefind's boot script did not start Pagefind." : "Pagefind's boot script could not be loaded.",
          ),
        );
    };
    doc.addEventListener('load', settle, true);
    doc.addEventListener('error', settle, true);
  });
  started.catch(() => undefined); // the engine reads the failure; it is not an unhandled rejection
  win[PAGEFIND_STARTED] = started;
}
