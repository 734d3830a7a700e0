// How every piece of browser code is bundled: one minified classic script (IIFE) per entry, not a
// module, because browsers block module scripts, fetch() and workers on file:// and the site must
// also work from a folder (docs/decisions/classic-scripts.md). Shared by the client bundles, the
// folder edition's search scripts and Pagefind's boot script, so all three are built alike.
import type { BuildOptions } from 'esbuild';

export const CLASSIC_SCRIPT: BuildOptions = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2022'],
  legalComments: 'none',
  // A CSS file a client element imports is bundled next to its script (site-map.css). Leaflet's
  // CSS names PNGs for its default marker and layers control, which the site never uses.
  loader: { '.png': 'empty' },
  logLevel: 'warning',
};
