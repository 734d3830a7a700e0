// The site's public address, in one place: astro.config.mjs reads it for `site` and `base`, and
// through them the permalinks, citations, oEmbed documents and embed snippets get their absolute
// URLs. SITE_URL is an origin ("https://site.example") or an origin and a path
// ("https://user.github.io/repo", a GitHub Pages project site), whose path becomes Astro's `base`.
//
// A build without SITE_URL is a *preview build*: it works, but its absolute links name a
// placeholder (DEFAULT_SITE_URL). It is never silent: the build warns, and every page shows a
// banner (src/components/PreviewBanner.astro). With SITE_URL_REQUIRED=1 a build without
// SITE_URL fails instead: the deploy workflow sets it, so a real deployment cannot be a preview.
//
// Pure functions of the environment passed in (process.env by default), unit tested in
// tests/unit/site-url.test.ts.
export const DEFAULT_SITE_URL = 'https://example.org';

/** The environment variables read here. */
export interface SiteEnv {
  SITE_URL?: string | undefined;
  SITE_URL_REQUIRED?: string | undefined;
}

export interface SiteAddress {
  /** The value for Astro's `site`: the origin alone ("https://site.example"), or the origin and
   * the path with a trailing slash ("https://user.github.io/repo/"). */
  site: string;
  /** The value for Astro's `base`: "/" or "/repo" (no trailing slash: Astro adds it, as the site
   * uses trailingSlash 'always'). */
  base: string;
  /** Whether SITE_URL was missing, so the address is the placeholder. */
  preview: boolean;
}

const HOW_TO_SET =
  "Give the site's public address, e.g. SITE_URL=https://site.example or SITE_URL=https://user.github.io/repo";

function given(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** Reads and checks SITE_URL; throws a clear error for anything but an http(s) origin with an
 * optional path (no query, no fragment, no user or password). */
export function siteAddress(env: SiteEnv = process.env): SiteAddress {
  const text = given(env.SITE_URL);
  if (!text) return { site: DEFAULT_SITE_URL, base: '/', preview: true };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL is not an address: "${text}". ${HOW_TO_SET}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// or http://, not "${text}"`);
  if (url.search || url.hash || text.includes('?') || text.includes('#'))
    throw new Error(`SITE_URL must have no query or fragment: "${text}"`);
  if (url.username || url.password) throw new Error(`SITE_URL must not contain a user name or password: "${text}"`);
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '') return { site: url.origin, base: '/', preview: false };
  return { site: `${url.origin}${path}/`, base: path, preview: false };
}

/** The value for Astro's `site`: SITE_URL checked, or the placeholder. */
export function siteUrl(env: SiteEnv = process.env): string {
  return siteAddress(env).site;
}

/** The value for Astro's `base`: SITE_URL's path ("/repo"), or "/". */
export function siteBase(env: SiteEnv = process.env): string {
  return siteAddress(env).base;
}

/** Whether this is a preview build: no SITE_URL, so absolute links use the placeholder. */
export function isPreviewBuild(env: SiteEnv = process.env): boolean {
  return !given(env.SITE_URL);
}

/** Whether a build must have SITE_URL: SITE_URL_REQUIRED set to anything but "", "0" or "false". */
export function siteUrlRequired(env: SiteEnv = process.env): boolean {
  const value = given(env.SITE_URL_REQUIRED)?.toLowerCase();
  return value !== undefined && value !== '0' && value !== 'false';
}

/** What the build says when SITE_URL is missing: a warning, or the error that stops a build that
 * requires it. Null when SITE_URL is set. */
export function previewBuildMessage(env: SiteEnv = process.env): { level: 'warn' | 'error'; text: string } | null {
  if (!isPreviewBuild(env)) return null;
  if (siteUrlRequired(env)) {
    return {
      level: 'error',
      text: `SITE_URL is not set, and SITE_URL_REQUIRED is: this build must know the site's public address. ${HOW_TO_SET}. See docs/deploying.md.`,
    };
  }
  return {
    level: 'warn',
    text:
      `PREVIEW BUILD: SITE_URL is not set, so permalinks, citations, embed snippets and oEmbed documents point to the placeholder ${DEFAULT_SITE_URL}, ` +
      `and every page shows a "preview build" banner. To publish, build with SITE_URL set to the site's public address ` +
      `(SITE_URL=https://site.example npm run build, or an origin and path for a GitHub Pages project site); ` +
      `set SITE_URL_REQUIRED=1 to make a missing SITE_URL an error. See docs/deploying.md.`,
  };
}
