// The site's public address, in one place: astro.config.mjs reads it for `site`, and through
// that the oEmbed documents and the embed snippets written into pages get their absolute URLs.
// Set SITE_URL when building for a real address; the default is a placeholder.
export const DEFAULT_SITE_URL = 'https://example.org';

/** The origin SITE_URL names ("https://site.example"), or a clear error for anything else. */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  const text = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL is not an address: "${text}". Give the site's origin, e.g. SITE_URL=https://site.example`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://, not "${text}"`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL must be an origin only (no path, query or fragment): "${text}"`);
  return url.origin;
}
