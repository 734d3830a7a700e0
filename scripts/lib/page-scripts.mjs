// The JavaScript a built page makes the browser load: its external classic scripts and its
// inline scripts (not JSON data, and not what a <template> holds, which the page never runs),
// with sizes gzipped as a server would send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** [{ name, bytes, gzip }] for each script of dist/<pagePath>/index.html. */
export function pageScripts(dist, pagePath) {
  const page = parse(readFileSync(join(dist, pagePath, 'index.html'), 'utf8'), {
    blockTextElements: { script: true, style: true },
  });
  const out = [];
  for (const script of page.querySelectorAll('script')) {
    if (/^application\/(ld\+)?json/i.test(script.getAttribute('type') ?? '') || script.closest('template')) continue;
    const src = script.getAttribute('src');
    const code = src ? readFileSync(join(dist, src.replace(/^\//, ''))) : Buffer.from(script.rawText);
    out.push({ name: src ?? 'inline', bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
  }
  return out;
}

export function totalGzip(scripts) {
  return scripts.reduce((sum, s) => sum + s.gzip, 0);
}
