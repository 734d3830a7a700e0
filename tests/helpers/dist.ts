// Reads the built site in dist/ for the output and browser tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../integrations/lib/files.ts';

export const DIST = resolve('dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ has no index.html: run `npm run build` first (`npm test` does).');
}

/** Every file of the built site, as paths relative to dist/ ("ar/index.html"). */
export function distFiles(): string[] {
  return listFiles(DIST);
}

/** HTML pages with their URL path ("/ar/events/x/") and parsed document. */
export function distPages(): { file: string; url: string; doc: HTMLElement; html: string }[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const url = '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '/');
      return { file, url, doc: parse(html), html };
    });
}

/** The name the build gave a file it names by its content (integrations/lib/asset-names.ts):
 * "js/site-map.js" → "js/site-map.1a2b3c4d5e.js". Fails unless exactly one such file exists. */
export function builtName(file: string, root: string = DIST): string {
  const { dir, name, ext } = posix.parse(file);
  const found = readdirSync(join(root, dir)).filter(
    (f) => f.startsWith(`${name}.`) && f.endsWith(ext) && /^[0-9a-f]{10}$/.test(f.slice(name.length + 1, -ext.length)),
  );
  if (found.length !== 1) throw new Error(`${file}: expected one hashed copy in ${root}, found ${found.length}`);
  return `${dir}/${found[0]}`;
}

/** The file a site-relative URL would serve, or null. */
export function resolveInDist(url: string): string | null {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  for (const candidate of [join(DIST, path), join(DIST, path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}
