// Bundles the browser code: each src/client/<name>.ts (one custom element per file) becomes
// public/js/<name>.js, a minified classic script (IIFE). Classic scripts, not modules, because
// browsers block module scripts on file://, and the site must also work from a folder.
// Usage: node scripts/build-client.mjs [--watch]
import { build, context } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const entryPoints = readdirSync('src/client')
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/client/${name}`);

const options = {
  entryPoints,
  outdir: 'public/js',
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2022'],
  legalComments: 'none',
  // A CSS file a client element imports is bundled next to its script (site-map.css). Leaflet's
  // CSS names PNGs for its default marker and layers control, which the site never uses.
  loader: { '.png': 'empty' },
  logLevel: 'info',
};

// The folder edition's search page runs the same search element with its own engine (MiniSearch,
// src/client/folder-search.ts). Its copy of the element is built without the Pagefind engine:
// the folder edition has no Pagefind, which needs a server.
const withoutPagefind = {
  name: 'without-pagefind',
  setup(b) {
    b.onResolve({ filter: /\/pagefind-engine\.ts$/ }, () => ({ path: resolve('src/client/search/pagefind-unavailable.ts') }));
  },
};
const folderSearch = { ...options, entryPoints: { 'site-search-folder': 'src/client/site-search.ts' }, plugins: [withoutPagefind] };

// MiniSearch's own UMD build, as a classic script that sets window.MiniSearch.
mkdirSync('public/js', { recursive: true });
copyFileSync('node_modules/minisearch/dist/umd/index.js', 'public/js/minisearch.js');

// The host script other sites load (/embed.js): its address is part of every embed snippet, so
// it lives at the root, not in js/.
const host = { ...options, entryPoints: ['src/host/embed.ts'], outdir: undefined, outfile: 'public/embed.js' };

if (process.argv.includes('--watch')) {
  await Promise.all([(await context(options)).watch(), (await context(folderSearch)).watch(), (await context(host)).watch()]);
} else {
  await Promise.all([build(options), build(folderSearch), build(host)]);
}
