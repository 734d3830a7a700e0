// The JavaScript a built page makes the browser load: its external classic scripts and its
// inline scripts (not JSON data), with sizes gzipped as a server would send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** [{ name, bytes, gzip }] for each script of dist/<pagePath>/index.html. */
export function pageScripts(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const out = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/type=["']?application\/(ld\+)?json/i.test(attrs)) continue; // data, not code
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    const code = src ? readFileSync(join(dist, src.replace(/^\//, ''))) : Buffer.from(body);
    out.push({ name: src ?? 'inline', bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return out;
}

export function totalGzip(scripts) {
  return scripts.reduce((sum, s) => sum + s.gzip, 0);
}
