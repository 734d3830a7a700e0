// The web edition's service worker, made after everything else has written into dist/ (the
// search index, the download pages with their checksum): Workbox's generateSW precaches every
// file of the site but the archive, so saving for offline keeps every page, the timeline, the
// map's basemap and the search index. It first writes the precache's size and file count into
// the "Save for offline" control of every page, then lists the files (with those pages final).
// Usage: node scripts/build-service-worker.mjs
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { generateSW, getManifest } from 'workbox-build';
import { ARCHIVE_FILE, PLACEHOLDER, fillPlaceholders, formatBytes, langOfFile } from '../src/lib/offline/archive.ts';

const dist = 'dist';

// Scripts only the folder edition's search page loads (the same public/ folder builds both).
const FOLDER_ONLY = ['js/minisearch.js', 'js/folder-search.js', 'js/site-search-folder.js'];
// What other sites load from us (embedded views, their host script, oEmbed documents) and the
// host's header rules: none of it is read on this site, so a reader saving it would only pay for
// it (the embedded views alone would add a quarter to the download).
const FOR_OTHER_SITES = ['embed/**', 'embed.js', 'js/site-embed.js', 'oembed/**', '_headers'];

const precacheOptions = {
  globDirectory: dist,
  globPatterns: ['**/*'],
  // The archive is a separate download, not part of reading offline; every browser that runs a
  // service worker reads WOFF2, so the older WOFF fonts are left to the network.
  globIgnores: ['sw.js', 'workbox-*.js', `${ARCHIVE_FILE.split('/')[0]}/**`, '**/*.woff', ...FOLDER_ONLY, ...FOR_OTHER_SITES],
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
};

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The numbers change the pages a little (a few bytes each), so they are measured first and the
// final list is made after: the size shown is the size stored, to a few hundred bytes.
const first = await getManifest(precacheOptions);
let patched = 0;
for (const path of walk(dist).filter((p) => p.endsWith('.html'))) {
  const file = relative(dist, path).split(sep).join('/');
  const html = readFileSync(path, 'utf8');
  const lang = langOfFile(file);
  if (!lang || !html.includes(PLACEHOLDER.offlineCount)) continue;
  writeFileSync(path, fillPlaceholders(html, { offlineSize: formatBytes(first.size, lang), offlineCount: String(first.count) }));
  patched += 1;
}

const { count, size, warnings } = await generateSW({
  ...precacheOptions,
  swDest: join(dist, 'sw.js'),
  // /ar/events/x/ is stored as /ar/events/x/index.html.
  directoryIndex: 'index.html',
  // A static site serves the same file whatever the query: the search page's own ?q=…&chapter=…,
  // and Pagefind's pagefind-entry.json?ts=<now> (with which search would miss the precache
  // offline) must all find their stored file. So every parameter is ignored, ts included.
  ignoreURLParametersMatching: [/^ts$/, /.*/],
  // A new version waits until the reader reloads (src/client/site-offline.ts sends SKIP_WAITING),
  // so a page never runs old code against new files. The first one takes control at once.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
});
for (const warning of warnings) console.warn(`Service worker: ${warning}`);
if (count !== first.count) {
  console.error(`Service worker: ${first.count} files measured but ${count} listed; the size shown on the pages would be wrong.`);
  process.exit(1);
}
console.log(`Service worker: dist/sw.js precaches ${count} files, ${(size / 1e6).toFixed(2)} MB; size written into ${patched} pages.`);
