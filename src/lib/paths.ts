// Every internal link is built here, so the URL scheme lives in one place. Pages link to
// directories ("/ar/events/x/"); the folder edition, read from file:// with no server to turn a
// directory into its index.html, is derived from the built site by integrations/folder-edition.ts,
// which makes every such link relative and names the file ("../x/index.html").
// Served under a path (SITE_URL=https://user.github.io/repo), every link starts with Astro's base:
// see "The base path" below.
import type { Lang } from '../i18n/locales.ts';

/** A page's directory from the site's root, without the base: "/en/events/x/". */
function rootDirectory(lang: Lang, ...segments: string[]): string {
  return `/${[lang, ...segments].map(encodeURIComponent).join('/')}/`;
}

/** The page's directory, "/ar/" or "/en/events/tadamon-massacre/", whatever the edition. */
export function pageDirectory(lang: Lang, ...segments: string[]): string {
  return withBase(rootDirectory(lang, ...segments));
}

/** A link to a page: "/ar/", "/en/events/tadamon-massacre/". */
export function pagePath(lang: Lang, ...segments: string[]): string {
  return pageDirectory(lang, ...segments);
}

export function eventPath(lang: Lang, id: string): string {
  return pagePath(lang, 'events', id);
}

/** The same page in another language: swaps the first path segment of a page's directory. */
export function translatePath(pathname: string, to: Lang): string {
  return withBase(withoutBase(pathname).replace(/^\/(ar|en)(?=\/|$)/, `/${to}`));
}

/** Whether a link built here leads to the page at `pathname` (Astro's directory path). */
export function isCurrentPage(pathname: string, href: string): boolean {
  return pathname === href;
}

/** A file the site ships, such as "js/site-timeline.js": absolute from the site root, under the
 * content-hashed name the build gave it ("/js/site-timeline.1a2b3c4d5e.js"; see
 * integrations/lib/asset-names.ts). Files the build does not hash, and every file in `astro dev`
 * and in unit tests, keep their name. */
export function assetPath(file: string): string {
  return withBase(`/${assetNames()[file] ?? file}`);
}

/** Plain name → hashed name, given to Vite by the build (`define`); none where there is no build. */
function assetNames(): Readonly<Record<string, string>> {
  return (typeof import.meta.env === 'undefined' ? undefined : import.meta.env.SITE_ASSETS) ?? {};
}

/** Citation formats the site writes as files next to a page: BibTeX, RIS and CSL-JSON. */
export type CitationFormat = 'bib' | 'ris' | 'json';
export const CITATION_FORMATS: readonly CitationFormat[] = ['bib', 'ris', 'json'];

/** "/en/events/tadamon-massacre/cite.bib": an event page's citation as a file. */
export function eventCitePath(lang: Lang, id: string, format: CitationFormat): string {
  return `${pageDirectory(lang, 'events', id)}cite.${format}`;
}

/** A page's share image for link previews (src/pages/og/): an event's own card,
 * "/og/en/events/tadamon-massacre.png", or the site's card in that language, "/og/en/site.png". */
export function shareImagePath(lang: Lang, eventId?: string): string {
  const file = eventId ? `events/${encodeURIComponent(eventId)}.png` : 'site.png';
  return withBase(`/og/${lang}/${file}`);
}

/** "/en/sources/bibliography.ris": the whole bibliography as a file. */
export function bibliographyPath(lang: Lang, format: CitationFormat): string {
  return `${pageDirectory(lang, 'sources')}bibliography.${format}`;
}

/** "/en/about/#standing-disputed": where the About page explains a standing such as "Disputed". */
export function standingPath(lang: Lang, status: string): string {
  return `${pagePath(lang, 'about')}#${standingAnchor(status)}`;
}

/** The id of a standing's explanation on the About page: "standing-disputed". */
export function standingAnchor(status: string): string {
  return `standing-${status}`;
}

/** The id of an event page's corrections heading, which the feeds' correction entries link to. */
export const CORRECTIONS_ANCHOR = 'corrections-heading';

/** "/en/corrections/": the log of every correction on the site. */
export function correctionsPath(lang: Lang): string {
  return pagePath(lang, 'corrections');
}

/** "/en/feed.xml": the Atom feed of new and updated pages and corrections, one per language. */
export function feedPath(lang: Lang): string {
  return `${pageDirectory(lang)}feed.xml`;
}

/** "/en/classroom/" and "/en/classroom/tadamon/". */
export function classroomPath(lang: Lang, chapter?: string): string {
  return chapter ? pagePath(lang, 'classroom', chapter) : pagePath(lang, 'classroom');
}

/** The absolute address of a page, for citations: the site's address comes from astro.config.mjs.
 * Always the web address (its directory), also in the folder edition, whose rewrite leaves
 * absolute URLs alone. */
export function permalink(path: string, site: URL | string): string {
  return new URL(withoutBase(path.replace(/(^|\/)index\.html$/, '$1')).slice(1), `${publicSite(site)}/`).href;
}

/** A link to the embeddable view of a page from within the site: "/embed/en/timeline/",
 * "/embed/ar/events/tadamon-massacre/". */
export function embedPath(lang: Lang, ...segments: string[]): string {
  return withBase(`/embed${rootDirectory(lang, ...segments)}`);
}

/** The embeddable view's address on the web site, for snippets and oEmbed documents that other
 * sites use: always a directory. From the site's public address, so
 * without the base: the snippet puts publicSite() before it. */
export function embedDirectory(lang: Lang, ...segments: string[]): string {
  return `/embed${rootDirectory(lang, ...segments)}`;
}

/** The oEmbed document of an embeddable page: "/oembed/en/timeline.json", "/oembed/ar/events/x.json". */
export function oembedPath(lang: Lang, ...segments: string[]): string {
  return withBase(`/oembed/${[lang, ...segments].map(encodeURIComponent).join('/')}.json`);
}

// ---------------------------------------------------------------------------------------------
// The base path. A site served under a path (a GitHub Pages project site,
// SITE_URL=https://user.github.io/repo) has Astro's `base` "/repo" (src/lib/site-url.ts), and
// every link above starts with it: "/repo/ar/". With no path (the default) the base is "/" and
// nothing changes. Only the build reads this file (no browser bundle imports it): browser code
// finds the base from its own script's address or from data the page gives it.

/** Astro's base with one trailing slash: "/" or "/repo/". Read at each call (tests stub it with
 * vi.stubEnv('BASE_URL', …)); plain Node has no import.meta.env, hence "/". A BASE_URL variable
 * in the shell would win over Astro's config here (Astro puts environment variables into
 * import.meta.env; measured), so the build refuses one (integrations/site-address.ts). */
export function basePath(): string {
  const base = typeof import.meta.env === 'undefined' ? '/' : import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A path from the site's root as served under the base: "/ar/" → "/repo/ar/". */
export function withBase(path: string, base: string = basePath()): string {
  return base === '/' ? path : `${base.replace(/\/+$/, '')}${path}`;
}

/** A path served under the base, from the site's root: "/repo/ar/" → "/ar/"; other paths unchanged. */
export function withoutBase(path: string, base: string = basePath()): string {
  if (base === '/') return path;
  const prefix = base.replace(/\/+$/, '');
  return path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) || '/' : path;
}

/** The site's public address with no trailing slash, to put before a path from its root:
 * "https://example.org", or "https://user.github.io/repo" for a site served under a path. */
export function publicSite(site: URL | string): string {
  return new URL(site).href.replace(/\/+$/, '');
}

/** "/en/data/events.csv": a file of the open dataset; "/en/data/" is the page that describes them. */
export function dataFilePath(lang: Lang, file: string): string {
  return `${pageDirectory(lang, 'data')}${file}`;
}
