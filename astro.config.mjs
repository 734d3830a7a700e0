// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { basemap } from './integrations/basemap.ts';
import { clientBundles } from './integrations/client-bundles.ts';
import { contentCheck } from './integrations/content-check.ts';
import { folderEdition } from './integrations/folder-edition.ts';
import { fontFallbacks } from './integrations/font-fallbacks.ts';
import { fontSubsets } from './integrations/font-subsets.ts';
import { hashedIcons } from './integrations/hashed-icons.ts';
import { searchIndex } from './integrations/search-index.ts';
import { serviceWorker } from './integrations/service-worker.ts';
import { siteAddress as checkSiteAddress } from './integrations/site-address.ts';
import { siteAddress } from './src/lib/site-url.ts';
import { isSitemapPage } from './src/lib/sitemap.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES } from './src/lib/csp.ts';

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
  // The folder edition, derived from this build, makes every link relative and drops the base.
  base: address.base,
  trailingSlash: 'always',
  // Every stylesheet is written into the page (a few KB gzipped): a reader on a slow link gets the
  // first screen's HTML and its CSS in the first round trip, with no render-blocking request.
  // Astro hashes these <style> elements into the page's Content-Security-Policy.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // 'jsx' (Astro 7's default) drops the whitespace between inline elements on separate lines,
  // which glues Arabic and Latin runs together; plain HTML compression keeps it.
  compressHTML: true,
  i18n: {
    locales: ['ar', 'en'],
    defaultLocale: 'ar',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // `astro build` is the whole build. The content check runs first: bad content stops the build
  // before anything is rendered; then the site's address (a preview build says so, and one that
  // requires SITE_URL stops). The steps after the pages run in this order once they are written
  // (astro:build:done): browser code and basemap, the icons renamed by their content, then the
  // search index (its files named by their content, and the search pages given the new names),
  // then the sitemap (for crawlers: the reader-facing pages, each with its twin in the other
  // language), then the folder edition derived from the finished site (with its archive and
  // checksum), and the service worker last, since it lists every file the others wrote. Neither
  // of those two keeps the sitemap, the feeds or robots.txt: they are for crawlers and feed
  // readers on the web. docs/architecture.md has the details.
  integrations: [
    contentCheck(),
    checkSiteAddress(),
    mdx(),
    fontSubsets(),
    fontFallbacks(),
    clientBundles(),
    basemap(),
    hashedIcons(),
    searchIndex(),
    sitemap({
      filter: (page) => isSitemapPage(page, address.site),
      // Each page names its twin in the other language (xhtml:link hreflang), as its <head> does.
      i18n: { defaultLocale: 'ar', locales: { ar: 'ar', en: 'en' } },
    }),
    folderEdition(),
    serviceWorker(),
  ],
  // A strict Content-Security-Policy in every page's <meta>, with the hashes of the styles Astro
  // inlines; the policy itself is in src/lib/csp.ts, the reasons in docs/security.md.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] } } },
  // No code in the content to highlight; Shiki's inline styles would break the policy if there were.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX entry carries Astro's "use astro:head-inject" directive, and the bundler warns
        // about each one (harmless: Astro handles it). Silence only that warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
});
