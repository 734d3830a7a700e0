// A site served under a path (a GitHub Pages project site): `astro build` with
// SITE_URL=http://127.0.0.1:4399/sub, into a folder of its own, links only below /sub/: pages,
// scripts, styles and the fonts they name, the service worker's address and scope, the manifest,
// Pagefind's folder, the 404 page; and its absolute addresses carry the path once (the sitemap,
// robots.txt, the feeds, the open data and the share tags included). Its folder
// edition drops the base: every link there is relative. The whole build takes about 15–25 s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { unzipSync } from 'fflate';
import { parseAtomFeed } from 'feedsmith';
import { DOMParser } from 'linkedom';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';
import { listFiles } from '../../integrations/lib/files.ts';
import { builtName } from '../helpers/dist.ts';
import { LOADED_LATER_ATTRIBUTES } from '../../src/lib/loaded-later.ts';

const SITE = 'http://127.0.0.1:4399/sub';
let out: string;
let files: string[];
const read = (file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'base-path-'));
  // Vitest puts its own Vite variables into process.env (BASE_URL, MODE, NODE_ENV=test…); the
  // build must not inherit them, or its base would be Vitest's "/".
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|EDITION|VITEST.*|TEST)$/.test(name),
    ),
  );
  Object.assign(env, { SITE_URL: SITE, SITE_URL_REQUIRED: '1' });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`astro build with a base failed:\n${run.stdout}\n${run.stderr}`);
  files = listFiles(out);
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('built under the base /sub/', () => {
  it('every root-relative URL in every page starts with /sub/', () => {
    const html = files.filter((f) => f.endsWith('.html'));
    expect(html.length).toBeGreaterThan(100);
    const outside: string[] = [];
    for (const file of html) {
      const doc = parse(read(file));
      for (const el of doc.querySelectorAll(
        [
          '[href]',
          '[src]',
          '[action]',
          '[srcset]',
          '[data-sw]',
          '[data-scope]',
          '[data-boot]',
          ...LOADED_LATER_ATTRIBUTES.map((a) => `[${a}]`),
        ].join(', '),
      )) {
        for (const name of [
          'href',
          'src',
          'action',
          'data-sw',
          'data-scope',
          'data-boot',
          ...LOADED_LATER_ATTRIBUTES,
        ]) {
          const value = el.getAttribute(name);
          if (value?.startsWith('/') && !value.startsWith('/sub/')) outside.push(`${file}: ${name}="${value}"`);
        }
        for (const candidate of (el.getAttribute('srcset') ?? '')
          .split(',')
          .map((s) => s.trim().split(/\s+/)[0] ?? '')) {
          if (candidate.startsWith('/') && !candidate.startsWith('/sub/')) outside.push(`${file}: srcset ${candidate}`);
        }
      }
      // Links in the data the scripts read (the timeline's and the map's events).
      for (const match of read(file).matchAll(/"(?:href|url)":"(\/[^"]*)"/g))
        if (!match[1]!.startsWith('/sub/')) outside.push(`${file}: ${match[0]}`);
    }
    expect(outside.slice(0, 10)).toEqual([]);
  });

  it('styles name their fonts under /sub/', () => {
    // Stylesheets, and the styles Astro inlines into the pages.
    const styles = files.filter((f) => f.endsWith('.css')).map(read);
    for (const f of files.filter((f) => f.endsWith('.html')))
      styles.push(
        ...parse(read(f))
          .querySelectorAll('style')
          .map((style) => style.rawText),
      );
    const urls = styles.flatMap((css) => [...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!.replace(/["']/g, '')));
    expect(urls.filter((u) => u.startsWith('/')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.startsWith('/') && !u.startsWith('/sub/'))).toEqual([]);
  });

  it('the offline control, the manifest and search point below /sub/', () => {
    const home = parse(read('en/index.html'));
    expect(home.querySelector('site-offline')!.getAttribute('data-sw')).toBe('/sub/sw.js');
    expect(home.querySelector('site-offline')!.getAttribute('data-scope')).toBe('/sub/');
    expect(home.querySelector('link[rel="manifest"]')!.getAttribute('href')).toBe('/sub/en/manifest.webmanifest');
    const manifest = JSON.parse(read('ar/manifest.webmanifest'));
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/sub/ar/', '/sub/ar/', '/sub/']);
    expect(manifest.icons.every((i: { src: string }) => i.src.startsWith('/sub/'))).toBe(true);
    expect(parse(read('en/search/index.html')).querySelector('site-search')!.getAttribute('data-boot')).toBe(
      `/sub/${builtName('pagefind/pagefind-boot.js', out)}`,
    );
    // The 404 page is served at any depth: its links are absolute, below the base.
    const notFound = parse(read('404.html'));
    expect(notFound.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/sub/ar/', '/sub/en/']);
  });

  it('absolute addresses carry the path once: oEmbed, snippets, permalinks, citations', () => {
    const oembed = JSON.parse(read('oembed/en/timeline.json'));
    expect(oembed.provider_url).toBe(`${SITE}/`);
    expect(oembed.html).toContain(`src="${SITE}/embed/en/timeline/"`);
    const event = parse(read('en/events/tadamon-massacre/index.html'));
    expect(event.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).toBe(
      `${SITE}/oembed/en/events/tadamon-massacre.json`,
    );
    const code = event.querySelector('site-embed-code')!;
    expect(code.getAttribute('data-origin')).toBe(SITE);
    expect(code.querySelector('textarea')!.text).toContain(`<script src="${SITE}/embed.js" async>`);
    expect(code.querySelector('textarea')!.text).toContain(`src="${SITE}/embed/en/events/tadamon-massacre/"`);
    expect(read('en/events/tadamon-massacre/cite.json')).toContain(`${SITE}/en/events/tadamon-massacre/`);
    expect(read('en/events/tadamon-massacre/cite.json')).not.toContain('/sub/sub/');
  });

  it('writes the search index, the service worker and a folder edition whose links drop the base', () => {
    for (const file of [
      builtName('pagefind/pagefind-entry.json', out),
      'sw.js',
      builtName('js/site-timeline.js', out),
      ARCHIVE_FILE,
    ])
      expect(files).toContain(file);
    const entries = unzipSync(readFileSync(join(out, ARCHIVE_FILE)));
    const page = Buffer.from(entries[`${ARCHIVE_FOLDER}/ar/events/tadamon-massacre/index.html`]!).toString('utf8');
    expect(page).not.toMatch(/(href|src)="\/sub\//);
    expect(parse(page).querySelector('a[href$="timeline/index.html"]')!.getAttribute('href')).toBe(
      '../../timeline/index.html',
    );
  });

  it('the sitemap, robots.txt and the feeds carry the path once, and pages announce the feed below it', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml\n`);
    expect(files).toContain('sitemap-index.xml');
    const locs = (file: string) =>
      [...new DOMParser().parseFromString(read(file), 'text/xml').getElementsByTagName('loc')].map(
        (loc) => loc.textContent!,
      );
    const maps = locs('sitemap-index.xml');
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      expect(map.startsWith(`${SITE}/`), map).toBe(true);
      const pages = locs(map.slice(SITE.length + 1));
      expect(pages).toContain(`${SITE}/en/events/tadamon-massacre/`);
      expect(pages.filter((page) => !page.startsWith(`${SITE}/`) || page.includes('/sub/sub/'))).toEqual([]);
    }
    const feed = parseAtomFeed(read('en/feed.xml'));
    const addresses = [feed.id, ...(feed.entries ?? []).flatMap((e) => [e.id, ...(e.links ?? []).map((l) => l.href)])];
    expect(addresses).toContain(`${SITE}/en/events/tadamon-massacre/`);
    expect(addresses.filter((a) => !a?.startsWith(`${SITE}/en/`) || a.includes('/sub/sub/'))).toEqual([]);
    const home = parse(read('en/index.html'));
    expect(home.querySelector('link[type="application/atom+xml"]')!.getAttribute('href')).toBe('/sub/en/feed.xml');
  });

  it('the open data, the JSON-LD and the share tags carry the path once', () => {
    const data = JSON.parse(read('ar/data/events.json'));
    expect(data.$schema).toBe(`${SITE}/ar/data/events.schema.json`);
    expect(JSON.parse(read('ar/data/events.schema.json')).$id).toBe(data.$schema);
    expect(data.url).toBe(`${SITE}/ar/data/`);
    const urls: string[] = data.events.map((e: { url: string }) => e.url);
    expect(urls).toContain(`${SITE}/ar/events/tadamon-massacre/`);
    expect(urls.filter((u) => !u.startsWith(`${SITE}/ar/events/`) || u.includes('/sub/sub/'))).toEqual([]);
    const places = JSON.parse(read('ar/data/places.geojson'));
    const placeEvents: string[] = places.features.flatMap((f: { properties: { events: { url: string }[] } }) =>
      f.properties.events.map((e) => e.url),
    );
    expect(placeEvents.filter((u) => !u.startsWith(`${SITE}/ar/events/`) || u.includes('/sub/sub/'))).toEqual([]);
    expect(read('ar/data/events.ics')).toContain(`URL:${SITE}/ar/events/`);
    const event = parse(read('en/events/tadamon-massacre/index.html'));
    const ld = JSON.parse(event.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.url).toBe(`${SITE}/en/events/tadamon-massacre/`);
    expect(ld.translationOfWork.url).toBe(`${SITE}/ar/events/tadamon-massacre/`);
    const image = event.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(image).toBe(`${SITE}/og/en/events/tadamon-massacre.png`);
    expect(files).toContain('og/en/events/tadamon-massacre.png');
  });

  it('has no preview banner: SITE_URL was given', () => {
    expect(files.filter((f) => f.endsWith('.html') && read(f).includes('data-preview-build'))).toEqual([]);
  });
});
