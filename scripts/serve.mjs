// A small static file server for the built site: `node scripts/serve.mjs [dir] [port]`.
// Serves directory indexes, answers unknown paths with the site's 404 page, listens on
// 127.0.0.1 only. Used by `npm start` and by the browser tests. With { bare: true } it sends only
// each file's type, as a plain static host does (no CORS header, no cache rules): the browser
// test of embedded views on such a host uses it.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.xml': 'application/xml',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

function fileFor(root, urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, pathname));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null; // no escaping the site folder
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // Not there (or unreadable): try the next candidate.
    }
  }
  return null;
}

/** Starts the server; resolves with it once it listens. */
export function serve(dir = 'dist', port = 4321, { bare = false } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = fileFor(root, req.url ?? '/');
    const status = path ? 200 : 404;
    const file = path ?? join(root, '404.html');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (!bare) {
      headers['cache-control'] = 'no-cache';
      // Fonts fetched from a frame with an opaque origin are CORS requests; the embedded views
      // load no web fonts (src/layouts/EmbedLayout.astro), but public/_headers still sends this
      // for them, and so does this server, as Netlify and Cloudflare Pages would.
      if (/\.woff2?$/.test(file)) headers['access-control-allow-origin'] = '*';
    }
    res.writeHead(status, headers);
    createReadStream(file)
      .on('error', () => res.end('Not found'))
      .pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  const { port: actual } = server.address();
  console.log(`Serving ${dir}/ at http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
}
