// The site is built once, for the web. The folder edition (read from a folder, with no server) is
// derived from that build by integrations/folder-edition.ts, which rewrites every page. A page
// marks what only one edition has, and the rewrite reads these marks with an HTML parser:
// - an element with data-edition={WEB_ONLY} (the service worker's control, the web app manifest,
//   Pagefind's start) is left out of the folder edition;
// - a <template data-edition={FOLDER_ONLY}> holds what only the folder edition has (the folder
//   search's scripts, a note): inert on the web, it is replaced by its content in the folder edition.
// (Written as an attribute, not spread: Astro adds its scoping class to elements with spread attributes.)
export const EDITION_ATTRIBUTE = 'data-edition';

export const WEB_ONLY = 'web';
export const FOLDER_ONLY = 'folder';
