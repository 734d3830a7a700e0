// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Arabic is the first language: it is listed first and is the default locale.
// Every page lives under /ar/ or /en/; the root page is a bilingual chooser, not a redirect.
export default defineConfig({
  site: 'https://example.org',
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
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
