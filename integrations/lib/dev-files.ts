// Serves files a build step makes in memory (client bundles, the basemap) from `astro dev`, at
// the paths the built site has them, so pages link to them the same way in dev and in dist/.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';

export type GeneratedFiles = ReadonlyMap<string, Uint8Array | string>;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** "/js/site-map.js?v=2" under base "/" → "js/site-map.js"; null when the URL is outside base. */
export function siteFileOf(url: string | undefined, base: string): string | null {
  if (!url) return null;
  const path = url.split(/[?#]/)[0]!;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : null;
}

type Next = () => void;

/** A connect middleware answering the files `current()` holds, and passing on everything else. */
export function generatedFilesMiddleware(base: string, current: () => Promise<GeneratedFiles>) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const file = siteFileOf(req.url, base);
    if (file === null) return next();
    current().then(
      (files) => {
        const body = files.get(file);
        if (body === undefined) return next();
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        // Always asked again: an edit must show on the next reload.
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      },
      () => next(),
    );
  };
}
