// Links to a file that is named by its content only after the pages were written: the search
// page's boot script (pagefind/pagefind-boot.js), made from the index, which is made from the
// pages. The pages name such a file by its plain name (assetPath()); this step, run once the file
// has its name, gives every page the new one, in attributes and inline data alike (the same walk
// over a parsed page as the folder edition's, folder/page-urls.ts: no regular expression over HTML).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';
import { mapPageUrls } from './folder/page-urls.ts';

/**
 * `value`, a URL a page holds, with a renamed file's new name: `names` maps site paths
 * ("pagefind/pagefind-boot.js") to new ones, and a URL is renamed when it is that path below the
 * site's `base` ("/" or "/repo/"), with any query or fragment kept. Anything else is returned as it is.
 */
export function renamedUrl(value: string, base: string, names: ReadonlyMap<string, string>): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const cut = value.search(/[?#]/);
  const path = cut === -1 ? value : value.slice(0, cut);
  if (!path.startsWith(prefix)) return value;
  const name = names.get(path.slice(prefix.length));
  return name === undefined ? value : `${prefix}${name}${cut === -1 ? '' : value.slice(cut)}`;
}

/** A page with every URL to a renamed file renamed. */
export function withRenamedLinks(html: string, base: string, names: ReadonlyMap<string, string>): string {
  return mapPageUrls(html, (value) => renamedUrl(value, base, names));
}

/** Renames the links in every page of `dist` that names one of the files; returns how many pages changed. */
export function renameLinksInPages(dist: string, base: string, names: ReadonlyMap<string, string>): number {
  const plain = [...names.keys()].map((file) => file.slice(file.lastIndexOf('/') + 1));
  let changed = 0;
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    // Only a page that mentions a plain name can change, so only such a page is parsed.
    if (!plain.some((name) => html.includes(name))) continue;
    const next = withRenamedLinks(html, base, names);
    if (next === html) continue;
    writeFileSync(join(dist, file), next);
    changed += 1;
  }
  return changed;
}
