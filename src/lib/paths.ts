// Every internal link is built here, so the URL scheme lives in one place. The web edition links
// to directories ("/ar/events/x/"); the folder edition, read from file:// with no server to turn
// a directory into its index.html, names the file ("/ar/events/x/index.html"). The folder build's
// post-processor (scripts/build-folder-edition.mjs) then makes every such link relative.
import type { Lang } from '../i18n/locales.ts';
import { EDITION, type Edition } from './edition.ts';

/** A directory URL as the given edition links to it: unchanged on the web, its index.html in a folder. */
export function linkTo(directory: string, edition: Edition = EDITION): string {
  return edition === 'folder' && directory.endsWith('/') ? `${directory}index.html` : directory;
}

/** The page's directory, "/ar/" or "/en/events/tadamon-massacre/", whatever the edition. */
export function pageDirectory(lang: Lang, ...segments: string[]): string {
  return `/${[lang, ...segments].map(encodeURIComponent).join('/')}/`;
}

/** A link to a page: "/ar/" on the web, "/ar/index.html" in the folder edition. */
export function pagePath(lang: Lang, ...segments: string[]): string {
  return linkTo(pageDirectory(lang, ...segments));
}

export function eventPath(lang: Lang, id: string): string {
  return pagePath(lang, 'events', id);
}

/** The same page in another language: swaps the first path segment of a page's directory. */
export function translatePath(pathname: string, to: Lang): string {
  return linkTo(pathname.replace(/^\/(ar|en)(?=\/|$)/, `/${to}`));
}

/** Whether a link built here leads to the page at `pathname` (Astro's directory path). */
export function isCurrentPage(pathname: string, href: string): boolean {
  return linkTo(pathname) === href;
}

/** A file the site ships, such as "js/site-timeline.js": absolute from the site root. */
export function assetPath(file: string): string {
  return `/${file}`;
}
