// Every internal link is built here, so the URL scheme lives in one place. Pages link to
// directories ("/ar/events/x/"); the folder edition, read from file:// with no server to turn a
// directory into its index.html, is derived from the built site by integrations/folder-edition.ts,
// which makes every such link relative and names the file ("../x/index.html").
import type { Lang } from '../i18n/locales.ts';

/** The page's directory, "/ar/" or "/en/events/tadamon-massacre/", whatever the edition. */
export function pageDirectory(lang: Lang, ...segments: string[]): string {
  return `/${[lang, ...segments].map(encodeURIComponent).join('/')}/`;
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
  return pathname.replace(/^\/(ar|en)(?=\/|$)/, `/${to}`);
}

/** Whether a link built here leads to the page at `pathname` (Astro's directory path). */
export function isCurrentPage(pathname: string, href: string): boolean {
  return pathname === href;
}

/** A file the site ships, such as "js/site-timeline.js": absolute from the site root. */
export function assetPath(file: string): string {
  return `/${file}`;
}

/** Citation formats the site writes as files next to a page: BibTeX, RIS and CSL-JSON. */
export type CitationFormat = 'bib' | 'ris' | 'json';
export const CITATION_FORMATS: readonly CitationFormat[] = ['bib', 'ris', 'json'];

/** "/en/events/tadamon-massacre/cite.bib": an event page's citation as a file. */
export function eventCitePath(lang: Lang, id: string, format: CitationFormat): string {
  return `${pageDirectory(lang, 'events', id)}cite.${format}`;
}

/** "/en/sources/bibliography.ris": the whole bibliography as a file. */
export function bibliographyPath(lang: Lang, format: CitationFormat): string {
  return `${pageDirectory(lang, 'sources')}bibliography.${format}`;
}

/** "/en/classroom/" and "/en/classroom/tadamon/". */
export function classroomPath(lang: Lang, chapter?: string): string {
  return chapter ? pagePath(lang, 'classroom', chapter) : pagePath(lang, 'classroom');
}

/** The absolute address of a page, for citations: the site's address comes from astro.config.mjs.
 * Always the web address (its directory), also in the folder edition, whose rewrite leaves
 * absolute URLs alone. */
export function permalink(path: string, site: URL | string): string {
  return new URL(path.replace(/(^|\/)index\.html$/, '$1'), site).href;
}

/** A link to the embeddable view of a page from within the site: "/embed/en/timeline/",
 * "/embed/ar/events/tadamon-massacre/". */
export function embedPath(lang: Lang, ...segments: string[]): string {
  return `/embed${pagePath(lang, ...segments)}`;
}

/** The embeddable view's address on the web site, for snippets and oEmbed documents that other
 * sites use: always a directory. */
export function embedDirectory(lang: Lang, ...segments: string[]): string {
  return `/embed${pageDirectory(lang, ...segments)}`;
}

/** The oEmbed document of an embeddable page: "/oembed/en/timeline.json", "/oembed/ar/events/x.json". */
export function oembedPath(lang: Lang, ...segments: string[]): string {
  return `/oembed/${[lang, ...segments].map(encodeURIComponent).join('/')}.json`;
}
