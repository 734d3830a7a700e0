// Pagefind's files under the names the build gives them. Pagefind names its index files by their
// content, but asks for two kinds of file by fixed names: its entry file (pagefind-entry.json,
// with ?ts=<now> added so that no cache answers) and each language's WebAssembly
// (wasm.<lang>.pagefind). The build renames those by their content too
// (integrations/lib/pagefind-index.ts), so every file of the folder can be kept for good, and
// writes the new names into the boot script, whose fetch asks for the renamed file instead
// (src/client/search/pagefind-globals.ts), without the query: the name changes with the content
// already, and a query would miss both the browser's lasting copy and the service worker's.

/** What the build writes into the boot script (the module "pagefind-files", pagefind-files.d.ts). */
export interface PagefindFiles {
  /** Per language, the files of Pagefind's folder its warm-up fetches at once, by the names they have. */
  warm: Record<string, string[]>;
  /** Pagefind's fixed name → the file's name ("pagefind-entry.json" → "pagefind-entry.<hash>.json"). */
  names: Record<string, string>;
}

/**
 * The address Pagefind's fetch asks for instead of `url` (both absolute): a file of Pagefind's
 * folder (`folder`, absolute, ending in "/") that the build renamed, by its new name and without
 * query or fragment; any other address as it is.
 */
export function renamedPagefindUrl(url: string, folder: string, names: Readonly<Record<string, string>>): string {
  if (folder === '' || !url.startsWith(folder)) return url;
  const file = url.slice(folder.length).split(/[?#]/)[0]!;
  return Object.hasOwn(names, file) ? `${folder}${names[file]}` : url;
}
