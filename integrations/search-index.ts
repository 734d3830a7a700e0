// Site search: once `astro build` has written the pages, Pagefind indexes them into pagefind/
// (integrations/lib/pagefind-index.ts). There is no index in `astro dev`, which renders pages on
// request, so the dev server says so and the search page shows its "search unavailable" notice.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, PAGEFIND_FOLDER } from './lib/pagefind-index.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn(
          'Search does not work in `astro dev`: its index is made from the built pages. Run `npm start` (build and serve) to try it.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, ms } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`${pages} pages indexed into ${PAGEFIND_FOLDER}/ in ${ms} ms.`);
      },
    },
  };
}
