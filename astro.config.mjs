// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteAddress as checkSiteAddress } from './src/integrations/site-address.ts';
import { siteAddress } from './src/lib/site-url.ts';

// The same source builds two editions: the web edition into dist/, and with EDITION=folder the
// edition read from a folder with no server into dist-folder/ (see src/lib/edition.ts).
const folderEdition = process.env.EDITION === 'folder';

// SITE_URL: the site's public address, an origin or an origin and a path (src/lib/site-url.ts).
// Without it the build is a preview build, with placeholder addresses and a banner on every page.
const address = siteAddress();

// Arabic is the first language: it is listed first and is the default locale.
// Every page lives under /ar/ or /en/; the root page is a bilingual chooser, not a redirect.
export default defineConfig({
  // The public address (SITE_URL, default https://example.org): absolute URLs in permalinks,
  // citations, oEmbed documents and embed snippets.
  site: address.site,
  // SITE_URL's path ("/repo" for https://user.github.io/repo), before every link (src/lib/paths.ts).
  // The folder edition is read from a folder, where links are relative: it has no base.
  base: folderEdition ? '/' : address.base,
  trailingSlash: 'always',
  outDir: folderEdition ? './dist-folder' : './dist',
  build: { format: 'directory' },
  // 'jsx' (Astro 7's default) drops the whitespace between inline elements on separate lines,
  // which glues Arabic and Latin runs together; plain HTML compression keeps it.
  compressHTML: true,
  i18n: {
    locales: ['ar', 'en'],
    defaultLocale: 'ar',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The content check runs first: bad content stops the build before anything is rendered.
  // Then the site's address: a preview build says so, and one that requires SITE_URL stops.
  integrations: [contentCheck(), checkSiteAddress(), mdx()],
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
