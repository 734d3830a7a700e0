// public/_headers, the rules Netlify and Cloudflare Pages read: the site-wide headers, long
// caching for content-hashed files only, revalidation for pages, and no header set by two rules
// that can match the same path (Cloudflare would join the values, Netlify keep one).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFor as rulesFor, parseHeaders } from '../../scripts/lib/headers-file.mjs';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const headersFor = (path: string) => rulesFor(rules, path);
/** The Content-Security-Policy a path gets, as directive → sources. */
const policyFor = (path: string) => {
  const values = headersFor(path)
    .map((h) => h.get('content-security-policy'))
    .filter(Boolean);
  expect(values.length, path).toBeLessThanOrEqual(1);
  return new Map(
    (values[0] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
};

describe('public/_headers', () => {
  it('sends nosniff and no-referrer everywhere', () => {
    for (const path of ['/', '/ar/', '/en/events/x/', '/_astro/a.css', '/pagefind/pagefind-entry.json', '/sw.js']) {
      const all = Object.assign({}, ...headersFor(path).map((h) => Object.fromEntries(h)));
      expect(all['x-content-type-options'], path).toBe('nosniff');
      expect(all['referrer-policy'], path).toBe('no-referrer');
    }
  });

  const cache = (path: string) =>
    headersFor(path)
      .map((h) => h.get('cache-control'))
      .filter(Boolean);
  const IMMUTABLE = 'public, max-age=31536000, immutable';
  const REVALIDATE = 'public, max-age=0, must-revalidate';

  it('caches the files named by their content for good', () => {
    for (const file of [
      '/_astro/global.CfoHqFs3.css',
      '/_astro/noto-naskh-arabic-arabic-400-normal.U_i0HMfG.woff2',
      '/js/site-timeline.1a2b3c4d5e.js',
      '/icons/favicon.1a2b3c4d5e.svg',
      '/icons/icon-192.1a2b3c4d5e.png',
      '/pagefind/pagefind-boot.1a2b3c4d5e.js',
      '/pagefind/pagefind-entry.1a2b3c4d5e.json',
      '/pagefind/wasm.ar.1a2b3c4d5e.pagefind',
      '/pagefind/pagefind.ar_d8bcb188af.pf_meta',
      '/pagefind/index/ar_162e196.pf_index',
      '/pagefind/fragment/ar_group_9dad49d.pf_fragment',
      '/pagefind/filter/en_2ade5e2.pf_filter',
    ])
      expect(cache(file), file).toEqual([IMMUTABLE]);
  });

  it('makes pages, and the files whose address must not change, revalidate', () => {
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/ar/',
      '/ar/index.html',
      '/en/events/tadamon-massacre/',
      '/en/events/tadamon-massacre/cite.json',
      '/en/sources/bibliography.ris',
      '/ar/manifest.webmanifest',
      '/embed/ar/timeline/',
      '/oembed/en/timeline.json',
      '/sw.js',
      '/sw-files.json',
      '/embed.js',
      '/download/syria-evidence.zip',
      '/robots.txt',
      '/sitemap-index.xml',
      '/sitemap-0.xml',
      '/ar/feed.xml',
    ]) {
      expect(cache(path), path).toEqual([REVALIDATE]);
    }
    // A page asked for with a query is the same page.
    expect(cache('/ar/search/?q=x')).toEqual([REVALIDATE]);
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
      '/icons/x.svg',
      '/pagefind/x.json',
      '/sw.js',
      '/sw-files.json',
      '/embed.js',
      '/download/x.zip',
      '/robots.txt',
      '/sitemap-index.xml',
      '/en/feed.xml',
    ]) {
      const names = headersFor(path).flatMap((h) => [...h.keys()]);
      expect(names.length, path).toBe(new Set(names).size);
    }
  });

  it('lets no site frame a page but the embedded views', () => {
    for (const page of ['/', '/index.html', '/404.html', '/ar/', '/en/events/tadamon-massacre/', '/ar/embed-help/'])
      expect(policyFor(page).get('frame-ancestors'), page).toEqual(["'none'"]);
    for (const view of ['/embed/ar/timeline/', '/embed/en/events/tadamon-massacre/'])
      expect(policyFor(view).has('frame-ancestors'), view).toBe(false);
  });

  it("sends the parts of the pages' policy that need no hash: no plugin, no <base>, scripts from the site", () => {
    for (const page of ['/', '/ar/', '/en/search/', '/embed/en/map/']) {
      const policy = policyFor(page);
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page).toEqual(["'none'"]);
      expect(policy.get('script-src')?.[0], page).toBe("'self'");
      expect(policy.get('script-src'), page).not.toContain("'unsafe-inline'");
      // No default-src or style-src: they would block the styles each page's <meta> allows by hash.
      expect(policy.has('default-src') || policy.has('style-src'), page).toBe(false);
    }
  });
});
