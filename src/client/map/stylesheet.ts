// The map needs its stylesheet before Leaflet lays out its panes. The loader
// (src/client/site-map-loader.ts) adds the stylesheet and the scripts at once, so the scripts
// may run first: then the map waits for the sheet. A sheet linked in the page's head (the
// embedded views) is in before any deferred script runs.

/** Resolves once the stylesheet `name` (as the page writes it) has loaded or failed; at once if
 * no <link> in the page names it or it is in already. */
export function stylesheetLoaded(name: string | undefined): Promise<void> {
  if (!name) return Promise.resolve();
  const href = new URL(name, document.baseURI).href;
  const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === href);
  // data-settled: the loader saw it load or fail (a failed sheet has no .sheet, and no more events).
  if (!link || link.sheet || link.hasAttribute('data-settled')) return Promise.resolve();
  return new Promise((done) => {
    link.addEventListener('load', () => done(), { once: true });
    link.addEventListener('error', () => done(), { once: true });
  });
}
