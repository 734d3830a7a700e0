// A small static file server for the built site: `node scripts/serve.mjs [dir] [port]`.
// Serves directory indexes, answers unknown paths with the site's 404 page, listens on
// 127.0.0.1 only. Used by `npm start` and by the browser tests. It sends the headers of the site's
// `_headers` file (public/_headers: the Content-Security-Policy's frame-ancestors, nosniff,
// no-referrer, cache rules), as Netlify and Cloudflare Pages do. With { bare: true } it sends only
// each file's type, as a plain static host does (no CORS header, no cache rules, no `_headers`):
// the browser test of embedded views on such a host uses it.
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './lib/headers-file.mjs';

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
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Types a host compresses: text, and the search index's WebAssembly. */
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest\+json|wasm|x-bibtex|x-research)|image\/svg)/;

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
export function serve(dir = 'dist', port = 4321, { bare = false, compress = false } = {}) {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = !bare && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
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
      // The host's rules for the address asked for (an unknown one too, answered with 404.html).
      // A header two rules set is joined, as Cloudflare does (public/_headers never does that).
      const given = {};
      for (const rule of headersFor(rules, (req.url ?? '/').split('?')[0])) {
        for (const [name, value] of rule) given[name] = given[name] ? `${given[name]}, ${value}` : value;
      }
      Object.assign(headers, given);
    }
    // With `compress`, text is sent gzipped when the browser accepts it, as every real host does:
    // what a reader on a slow link receives (the Lighthouse benchmark serves the site this way).
    const gzip =
      compress && COMPRESSIBLE.test(headers['content-type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    res.writeHead(status, headers);
    const body = createReadStream(file).on('error', () => res.end('Not found'));
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4321'] = process.argv.slice(2);
  const server = await serve(dir, Number(port), { compress: true });
  const { port: actual } = server.address();
  console.log(`Serving ${dir}/ at http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
}
