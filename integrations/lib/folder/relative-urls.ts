// The folder edition is opened from file://, where "/ar/" means the root of the disk and a
// directory opens as a listing. So every internal URL in it becomes relative to the file that
// holds it and names a file: "/ar/events/x/" seen from "en/about/index.html" is
// "../../ar/events/x/index.html". integrations/folder-edition.ts applies it.
import { mapCssUrls, mapPageUrls } from './page-urls.ts';

/**
 * An absolute path on this site ("/ar/", "/js/x.js"): starts with one slash and has no space, so
 * neither a protocol-relative "//host" URL nor a sentence that happens to begin with "/".
 */
export function isSitePath(value: string): boolean {
  return /^\/(?!\/)\S*$/.test(value);
}

/**
 * `target` ("/ar/events/x/#notes") as a relative URL from the file `from` ("en/index.html",
 * relative to the site root). A path that ends with "/" gains "index.html".
 */
export function relativeUrl(from: string, target: string): string {
  const cut = target.search(/[?#]/);
  const path = cut === -1 ? target : target.slice(0, cut);
  const rest = cut === -1 ? '' : target.slice(cut);
  const to = (path.endsWith('/') ? `${path}index.html` : path).slice(1).split('/');
  const fromDirs = from.split('/').slice(0, -1);
  let common = 0;
  while (common < fromDirs.length && common < to.length - 1 && fromDirs[common] === to[common]) common += 1;
  return `${'../'.repeat(fromDirs.length - common)}${to.slice(common).join('/')}${rest}`;
}

/** The relative URL from `from` to the site's root folder: "../../" from "ar/events/index.html", "./" from the root. */
export function rootPrefix(from: string): string {
  const depth = from.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * A site path as a relative URL from `from`, once the site's base ("/repo/" for a site served
 * under a path; "/" otherwise) is taken off: the folder edition is its own root. Anything else,
 * and a site path outside the base, is returned as it is (the archive check then rejects it).
 */
export function folderUrl(from: string, value: string, base = '/'): string {
  if (!isSitePath(value)) return value;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!value.startsWith(prefix) && `${value}/` !== prefix) return value;
  return relativeUrl(from, `/${value.slice(prefix.length)}`);
}

/** A built page (`from` is its file, relative to the site root) with every site path made relative. */
export function rewriteHtml(from: string, html: string, base = '/'): string {
  return mapPageUrls(html, (value) => folderUrl(from, value, base));
}

/** A stylesheet's url(/…) made relative to the stylesheet's own file. */
export function rewriteCss(from: string, css: string, base = '/'): string {
  return mapCssUrls(css, (value) => folderUrl(from, value, base));
}
