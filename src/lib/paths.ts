// Every internal link is built here, so the URL scheme lives in one place
// (a later edition that is read from a folder can change it here alone).
import type { Lang } from '../i18n/locales.ts';

/** "/ar/", "/en/events/tadamon-massacre/": always absolute from the site root, with a trailing slash. */
export function pagePath(lang: Lang, ...segments: string[]): string {
  return `/${[lang, ...segments].map(encodeURIComponent).join('/')}/`;
}

export function eventPath(lang: Lang, id: string): string {
  return pagePath(lang, 'events', id);
}

/** The same page in another language: swaps the first path segment. */
export function translatePath(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(ar|en)(?=\/|$)/, `/${to}`);
}

/** A file the site ships, such as "js/site-timeline.js": absolute from the site root. */
export function assetPath(file: string): string {
  return `/${file}`;
}

/** The embeddable view of a page: "/embed/en/timeline/", "/embed/ar/events/tadamon-massacre/". */
export function embedPath(lang: Lang, ...segments: string[]): string {
  return `/embed${pagePath(lang, ...segments)}`;
}

/** The oEmbed document of an embeddable page: "/oembed/en/timeline.json", "/oembed/ar/events/x.json". */
export function oembedPath(lang: Lang, ...segments: string[]): string {
  return `/oembed/${[lang, ...segments].map(encodeURIComponent).join('/')}.json`;
}
