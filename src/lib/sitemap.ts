// What the sitemap lists and where crawlers find it. Used by astro.config.mjs (@astrojs/sitemap's
// filter) and src/pages/robots.txt.ts; pure, so the rules are tested without a build.
import { LANGS } from '../i18n/locales.ts';
import { publicSite } from './paths.ts';

/** The file @astrojs/sitemap writes at the site's root (beside the sitemap-<n>.xml it lists). */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * Whether an absolute page address belongs in the sitemap: the reader-facing pages, each under
 * /ar/ or /en/ and a directory, whose twin in the other language the sitemap names beside it.
 * Left out: the bilingual chooser at the root (it has no language of its own and no content a
 * search should land on), the 404 page, the embedded views (/embed/…: made to be framed by other
 * sites, and marked noindex), and every file that is not a page (oEmbed documents, feeds,
 * manifests, citation files).
 */
export function isSitemapPage(url: string, site: URL | string): boolean {
  const root = `${publicSite(site)}/`;
  if (!url.startsWith(root)) return false;
  const path = url.slice(root.length).split(/[?#]/)[0]!;
  const [first] = path.split('/');
  return (LANGS as readonly string[]).includes(first!) && path.endsWith('/');
}

/** The absolute address of the sitemap index, under the base path when the site has one. */
export function sitemapIndexUrl(site: URL | string): string {
  return `${publicSite(site)}/${SITEMAP_INDEX}`;
}

/**
 * robots.txt: every crawler may read everything (the embedded views say noindex in their own
 * pages, which a crawler must be allowed to read to see), and here is the sitemap.
 */
export function robotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndexUrl(site)}`, ''].join('\n');
}
