// Content-hashed names for the browser files the build makes: js/site-map.js is written as
// js/site-map.<hash>.js, and so is every other file under js/ (the client bundles, their CSS, the
// basemap), and so are the icons (icons/, integrations/hashed-icons.ts). Why: the service worker
// answers a name it knows from the copy it saved, while a page it does not keep (an embedded view)
// comes from the network, newer than that copy. With one name per content, a page only ever loads
// the code it was built with, old code never meets new pages, and the files can be cached for good
// (public/_headers). The host script (/embed.js) keeps its name: other sites' snippets name it.
//
// Pages name these files by their plain name through assetPath() (src/lib/paths.ts), which reads
// the hashed names from import.meta.env.SITE_ASSETS: the build steps that make the files hash them
// at astro:config:setup, before any page is rendered, and give the names to Vite here. `astro dev`
// makes no such map and serves the plain names from memory. (Pagefind's files are made from the
// pages, so they are named after them: integrations/lib/pagefind-index.ts.)
import type { HookParameters } from 'astro';
import { createHash } from 'node:crypto';

type Body = Uint8Array | string;

/** The folder of the build's own browser files, all named by their content. */
export const HASHED_FOLDER = 'js/';

/** The icons' folder in public/ and in the built site (integrations/hashed-icons.ts). */
export const ICONS_FOLDER = 'icons/';

/**
 * Every folder of the built site whose files are all named by their content: Astro's styles and
 * fonts (named by Vite), the browser files, the icons and Pagefind's folder (where Pagefind names
 * its index files and the build the rest). public/_headers caches them for good, and the service
 * worker stores them without checking them again (integrations/service-worker.ts);
 * tests/built/caching.test.ts checks that every name matches its file.
 */
export const CONTENT_NAMED_FOLDERS = ['_astro/', HASHED_FOLDER, ICONS_FOLDER, 'pagefind/'] as const;

/** A site path ("js/site-map.1a2b3c4d5e.js", relative to the root) in one of those folders. */
export const CONTENT_NAMED_PATH = new RegExp(`^(?:${CONTENT_NAMED_FOLDERS.join('|')})`);

/** "js/site-map.css" → "js/site-map.<10 hex digits of its SHA-256>.css". */
export function hashedName(file: string, body: Body): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}.${hash}${file.slice(dot)}` : `${file}.${hash}`;
}

/** Renames the files under `folder` (js/) by their content; returns the files to write and plain → hashed names. */
export function hashFiles(
  files: ReadonlyMap<string, Body>,
  folder: string = HASHED_FOLDER,
): {
  files: Map<string, Body>;
  names: Map<string, string>;
} {
  const out = new Map<string, Body>();
  const names = new Map<string, string>();
  for (const [file, body] of files) {
    const name = file.startsWith(folder) ? hashedName(file, body) : file;
    if (name !== file) names.set(file, name);
    out.set(name, body);
  }
  return { files: out, names };
}

// Every build step's names, so the one value given to Vite holds them all (a later
// updateConfig with the same key replaces the earlier one).
const published = new Map<string, string>();

/** Gives Vite the hashed names of a build step's files, with those of the steps before it. */
export function publishAssetNames(
  updateConfig: HookParameters<'astro:config:setup'>['updateConfig'],
  names: ReadonlyMap<string, string>,
): void {
  for (const [file, name] of names) published.set(file, name);
  updateConfig({
    vite: { define: { 'import.meta.env.SITE_ASSETS': JSON.stringify(Object.fromEntries(published)) } },
  });
}
