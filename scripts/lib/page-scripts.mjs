// The JavaScript a built page makes the browser load: its external classic scripts and its
// inline scripts (not JSON data, and not what a <template> holds, which the page never runs),
// with sizes gzipped as a server would send them. With { later: true }, also the scripts the
// page's own scripts load later (src/lib/loaded-later.ts: the map's, once the reader comes near
// it), so a page is weighed as a reader who uses all of it gets it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { LOADED_LATER_ATTRIBUTES } from '../../src/lib/loaded-later.ts';

const sized = (name, code) => ({ name, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
const fileOf = (dist, src) => readFileSync(join(dist, src.replace(/^\//, '')));

/** [{ name, bytes, gzip }] for each script of dist/<pagePath>/index.html. */
export function pageScripts(dist, pagePath, { later = false } = {}) {
  const page = parse(readFileSync(join(dist, pagePath, 'index.html'), 'utf8'), {
    blockTextElements: { script: true, style: true },
  });
  const out = [];
  for (const script of page.querySelectorAll('script')) {
    if (/^application\/(ld\+)?json/i.test(script.getAttribute('type') ?? '') || script.closest('template')) continue;
    const src = script.getAttribute('src');
    out.push(sized(src ?? 'inline', src ? fileOf(dist, src) : Buffer.from(script.rawText)));
  }
  if (later) {
    const named = LOADED_LATER_ATTRIBUTES.flatMap((name) =>
      page.querySelectorAll(`[${name}]`).map((element) => element.getAttribute(name)),
    );
    for (const src of new Set(named.filter((n) => n.endsWith('.js'))))
      if (!out.some((s) => s.name === src)) out.push(sized(src, fileOf(dist, src)));
  }
  return out;
}

export function totalGzip(scripts) {
  return scripts.reduce((sum, s) => sum + s.gzip, 0);
}
