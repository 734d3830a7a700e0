// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { basemap } from './integrations/basemap.ts';
import { clientBundles } from './integrations/client-bundles.ts';
import { contentCheck } from './integrations/content-check.ts';
import { folderEdition } from './integrations/folder-edition.ts';
import { searchIndex } from './integrations/search-index.ts';
import { serviceWorker } from './integrations/service-worker.ts';
import { siteUrl } from './src/lib/site-url.ts';

// Arabic is the first language: it is listed first and is the default locale.
// Every page lives under /ar/ or /en/; the root page is a bilingual chooser, not a redirect.
export default defineConfig({
  // The public address (SITE_URL, default https://example.org): absolute URLs in oEmbed and embed snippets.
  site: siteUrl(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' (Astro 7's default) drops the whitespace between inline elements on separate lines,
  // which glues Arabic and Latin runs together; plain HTML compression keeps it.
  compressHTML: true,
  i18n: {
    locales: ['ar', 'en'],
    defaultLocale: 'ar',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // `astro build` is the whole build. The content check runs first: bad content stops the build
  // before anything is rendered. The steps after the pages run in this order once they are
  // written (astro:build:done): browser code and basemap, then the search index, then the folder
  // edition derived from the finished site (with its archive and checksum), and the service worker
  // last, since it lists every file the others wrote. docs/architecture.md has the details.
  integrations: [contentCheck(), mdx(), clientBundles(), basemap(), searchIndex(), folderEdition(), serviceWorker()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX entry carries Astro's "use astro:head-inject" directive, and the bundler warns
        // about each one (harmless: Astro handles it). Silence only that warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
