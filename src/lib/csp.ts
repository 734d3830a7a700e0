// The site's Content-Security-Policy, declared once. Astro writes it into every page as a
// <meta http-equiv="content-security-policy"> (security.csp in astro.config.mjs), with the hashes
// of the <style> blocks it emits for that page; pages that need more ask for it through
// Astro.csp. What a <meta> policy cannot say (frame-ancestors) is sent as a header by
// public/_headers. Why each part is there: docs/security.md.

/** Where the opt-in street map's tiles come from (src/client/map/street-layer.ts). */
export const STREET_TILE_ORIGIN = 'https://tile.openstreetmap.org';

/** Every page's directives beyond script-src and style-src (which Astro writes with the hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // data: for the few images CSS or Leaflet write inline.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
] as const;

/** script-src on every page: the site's own files only; no inline script, no eval. */
export const CSP_SCRIPT_SOURCES = ["'self'"] as const;

/** Added to script-src on the search page only: Pagefind compiles its WebAssembly. */
export const CSP_WASM = "'wasm-unsafe-eval'";

/** Added on pages that offer the street map: its tiles, once the reader turns it on. */
export const CSP_STREET_TILES = `img-src ${STREET_TILE_ORIGIN}`;

/** The part of Astro's page API this module needs (Astro.csp, undefined where CSP is off). */
interface PageCsp {
  insertDirective(directive: string): void;
  insertScriptResource(resource: string): void;
}

/** The search page's script-src: Pagefind's WebAssembly. */
export function allowSearchEngine(csp: PageCsp | undefined): void {
  csp?.insertScriptResource(CSP_WASM);
}

/** A page with the street-map toggle: its tiles may load once the reader asks. */
export function allowStreetTiles(csp: PageCsp | undefined): void {
  csp?.insertDirective(CSP_STREET_TILES);
}
