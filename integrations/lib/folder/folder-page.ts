// One page of the folder edition, made from the same page of the built site: what only the web
// has is left out, what only the folder edition has is put in (the marks of src/lib/edition.ts),
// and every internal URL is made relative and names a file (relative-urls.ts); the page's
// Content-Security-Policy follows its rewritten styles (style-hashes.ts).
import { EDITION_ATTRIBUTE, FOLDER_ONLY, WEB_ONLY } from '../../../src/lib/edition.ts';
import { mapParsedUrls, parsePage } from './page-urls.ts';
import { folderUrl } from './relative-urls.ts';
import { rehashPageStyles, styleTexts } from './style-hashes.ts';

const WEB_ONLY_SELECTOR = `[${EDITION_ATTRIBUTE}="${WEB_ONLY}"]`;
const FOLDER_ONLY_SELECTOR = `template[${EDITION_ATTRIBUTE}="${FOLDER_ONLY}"]`;

/** `html`, the built page at `file` ("ar/search/index.html"), as the folder edition has it; `base` is the site's. */
export function toFolderPage(file: string, html: string, base = '/'): string {
  const root = parsePage(html);
  for (const element of root.querySelectorAll(WEB_ONLY_SELECTOR)) element.remove();
  for (const template of root.querySelectorAll(FOLDER_ONLY_SELECTOR)) template.replaceWith(...template.childNodes);
  const styles = styleTexts(root);
  mapParsedUrls(root, (value) => folderUrl(file, value, base));
  // Rewritten url()s change a <style>'s hash: the page's policy must name the new one.
  rehashPageStyles(root, styles);
  return root.toString();
}
