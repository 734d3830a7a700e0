// Site search: once `astro build` has written the pages, Pagefind indexes them into pagefind/
// (integrations/lib/pagefind-index.ts), every file there named by its content, and the search
// pages are given the boot script's name (integrations/lib/renamed-links.ts). There is no index in
// `astro dev`, which renders pages on request, so the dev server says so and the search page shows
// its "search unavailable" notice.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_BOOT_FILE } from '../src/lib/search/pagefind-start.ts';
import { buildSearchIndex, PAGEFIND_FOLDER } from './lib/pagefind-index.ts';
import { renameLinksInPages } from './lib/renamed-links.ts';

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:start': ({ logger }) => {
        logger.warn(
          'Search does not work in `astro dev`: its index is made from the built pages. Run `npm start` (build and serve) to try it.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { pages, ms, boot } = await buildSearchIndex(dist);
        const names = new Map([[`${PAGEFIND_FOLDER}/${PAGEFIND_BOOT_FILE}`, `${PAGEFIND_FOLDER}/${boot}`]]);
        const linked = renameLinksInPages(dist, base, names);
        logger.info(`${pages} pages indexed into ${PAGEFIND_FOLDER}/ in ${ms} ms; ${linked} pages load ${boot}.`);
      },
    },
  };
}
