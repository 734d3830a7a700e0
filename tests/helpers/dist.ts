// Reads the built site in dist/ for the output and browser tests.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** The file a site-relative URL would serve, or null. */
export function resolveInDist(url: string): string | null {
  const path = decodeURIComponent(url.split(/[?#]/)[0]!);
  for (const candidate of [join(DIST, path), join(DIST, path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}
