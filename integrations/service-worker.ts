// The service worker for reading offline, made last, once every other step has written into the
// output (the search index, the download pages with their checksum): Workbox's generateSW
// precaches every file of the site but the archive, so saving for offline keeps every page, the
// timeline, the map's basemap and the search index. It first writes the precache's size and file
// count into the "Save for offline" control of every page, then lists the files (with those pages
// final), and writes the list beside the worker too (sw-files.json), for the page to name what
// failed when a save does not finish. `astro dev` has no service worker.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { ARCHIVE_FILE, PLACEHOLDER, SW_FILES, formatBytes } from '../src/lib/offline/archive.ts';
import { CONTENT_NAMED_PATH } from './lib/asset-names.ts';
import { listFiles } from './lib/files.ts';
import { fillPlaceholders, langOfFile } from './lib/placeholders.ts';

// What other sites load from us (embedded views, their host script, oEmbed documents, the share
// cards that link previews show) and the host's header rules: none of it is read on this site, so
// a reader saving it would only pay for it (the embedded views alone would add a quarter to the
// download, the share cards as much again).
export const FOR_OTHER_SITES = ['embed/**', 'embed.js', 'js/site-embed.*.js', 'oembed/**', 'og/**', '_headers'];
// What crawlers and feed readers fetch (the sitemap, robots.txt, the feeds): they fetch it from the
// web, past any service worker, and no page reads it.
const FOR_CRAWLERS_AND_FEED_READERS = ['sitemap-*.xml', 'robots.txt', '*/feed.xml'];

function precacheOptions(dist: string) {
  return {
    globDirectory: dist,
    globPatterns: ['**/*'],
    // The archive is a separate download, not part of reading offline.
    globIgnores: [
      'sw.js',
      SW_FILES,
      'workbox-*.js',
      `${ARCHIVE_FILE.split('/')[0]}/**`,
      ...FOR_OTHER_SITES,
      ...FOR_CRAWLERS_AND_FEED_READERS,
    ],
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    // A file named by its content (integrations/lib/asset-names.ts) is listed without a revision:
    // its name is its version. Workbox then fetches it as the browser would, with no cache-busting,
    // so a copy the browser already keeps for good (public/_headers) answers without a download.
    // Every other file carries the hash of its content as its revision, and Workbox fetches it
    // past the browser's cache.
    dontCacheBustURLsMatching: CONTENT_NAMED_PATH,
  };
}

/** Measures the precache, writes its size into the pages, then writes sw.js; returns what it stores. */
export async function buildServiceWorker(
  dist: string,
): Promise<{ count: number; size: number; patched: number; warnings: string[] }> {
  // The numbers change the pages a little (a few bytes each), so they are measured first and the
  // final list is made after: the size shown is the size stored, to a few hundred bytes.
  const first = await getManifest(precacheOptions(dist));
  let patched = 0;
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const path = join(dist, file);
    const html = readFileSync(path, 'utf8');
    const lang = langOfFile(file);
    if (!lang || !html.includes(PLACEHOLDER.offlineCount)) continue;
    writeFileSync(
      path,
      fillPlaceholders(html, { offlineSize: formatBytes(first.size, lang), offlineCount: String(first.count) }),
    );
    patched += 1;
  }

  const listed: string[] = [];
  const { count, size, warnings } = await generateSW({
    ...precacheOptions(dist),
    swDest: join(dist, 'sw.js'),
    manifestTransforms: [
      (entries) => {
        listed.push(...entries.map((entry) => entry.url));
        return { manifest: entries, warnings: [] };
      },
    ],
    // /ar/events/x/ is stored as /ar/events/x/index.html.
    directoryIndex: 'index.html',
    // /en/about, without the slash, is the same page (servers answer it with /en/about/ or its
    // content), so offline it must open too: the worker sends the reader to /en/about/ when that
    // page is stored, and the stored copy answers from there. Workbox writes these functions into
    // sw.js as they are, so they use nothing from here.
    runtimeCaching: [
      {
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[^/]*$/.test(url.pathname),
        handler: async ({ request, url }) => {
          const page = new URL(`${url.pathname}/`, url.href);
          const stored = await caches.match(new URL('index.html', page).href, { ignoreSearch: true });
          return stored ? Response.redirect(new URL(url.search, page).href, 301) : fetch(request);
        },
      },
    ],
    // A static site serves the same file whatever the query: the search page's own ?q=…&chapter=…
    // must find its stored page. So every parameter is ignored. (Pagefind's entry file is asked
    // for without its ?ts=<now>: src/lib/search/pagefind-files.ts.)
    ignoreURLParametersMatching: [/.*/],
    // A new version waits until the reader reloads (src/client/site-offline.ts sends SKIP_WAITING),
    // so a page never runs old code against new files. The first one takes control at once.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (count !== first.count) {
    throw new Error(
      `Service worker: ${first.count} files measured but ${count} listed; the size shown on the pages would be wrong.`,
    );
  }
  writeFileSync(join(dist, SW_FILES), JSON.stringify(listed));
  return { count, size, patched, warnings };
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.info(
          'Saving for offline needs the service worker, which `astro build` makes; it does not run in `astro dev`.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, patched, warnings } = await buildServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `sw.js precaches ${count} files, ${(size / 1e6).toFixed(2)} MB; size written into ${patched} pages.`,
        );
      },
    },
  };
}
