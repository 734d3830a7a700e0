// public/_headers, the rules Netlify and Cloudflare Pages read: the site-wide headers, long
// caching for content-hashed files only, revalidation for pages, and no header set by two rules
// that can match the same path (Cloudflare would join the values, Netlify keep one).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type Rules = Map<string, Map<string, string>>;

function parseHeaders(text: string): Rules {
  const rules: Rules = new Map();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    current!.set(name!.trim().toLowerCase(), value.join(':').trim());
  }
  return rules;
}

/** Whether a rule's path pattern matches a URL path (`*` matches anything, `/` only the root). */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const headersFor = (path: string) =>
  [...rules].filter(([pattern]) => matches(pattern, path)).map(([, headers]) => headers);

describe('public/_headers', () => {
  it('sends nosniff and no-referrer everywhere', () => {
    for (const path of ['/', '/ar/', '/en/events/x/', '/_astro/a.css', '/pagefind/pagefind-entry.json', '/sw.js']) {
      const all = Object.assign({}, ...headersFor(path).map((h) => Object.fromEntries(h)));
      expect(all['x-content-type-options'], path).toBe('nosniff');
      expect(all['referrer-policy'], path).toBe('no-referrer');
    }
  });

  it('caches the hashed files for good and makes pages revalidate', () => {
    const cache = (path: string) =>
      headersFor(path)
        .map((h) => h.get('cache-control'))
        .filter(Boolean);
    expect(cache('/_astro/global.CfoHqFs3.css')).toEqual(['public, max-age=31536000, immutable']);
    expect(cache('/js/site-timeline.1a2b3c4d5e.js')).toEqual(['public, max-age=31536000, immutable']);
    for (const page of [
      '/',
      '/index.html',
      '/404.html',
      '/ar/',
      '/en/events/tadamon-massacre/',
      '/embed/ar/timeline/',
      '/oembed/en/timeline.json',
    ]) {
      expect(cache(page), page).toEqual(['public, max-age=0, must-revalidate']);
    }
    // Files with stable names are left to the host's default (which revalidates): never immutable.
    for (const file of ['/sw.js', '/embed.js', '/pagefind/pagefind-entry.json']) expect(cache(file), file).toEqual([]);
  });

  it('lets other origins read the hashed files and the oEmbed documents', () => {
    const acao = (path: string) =>
      headersFor(path)
        .map((h) => h.get('access-control-allow-origin'))
        .filter(Boolean);
    expect(acao('/_astro/noto.woff2')).toEqual(['*']);
    expect(acao('/oembed/ar/events/x.json')).toEqual(['*']);
    expect(acao('/ar/')).toEqual([]);
  });

  it('never sets one header in two rules that match the same path', () => {
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/ar/',
      '/en/x/cite.bib',
      '/embed/en/map/',
      '/oembed/en/map.json',
      '/_astro/x.css',
      '/js/x.js',
    ]) {
      const names = headersFor(path).flatMap((h) => [...h.keys()]);
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('sets no Content-Security-Policy (separate work)', () => {
    expect([...rules.values()].some((h) => h.has('content-security-policy'))).toBe(false);
  });
});
