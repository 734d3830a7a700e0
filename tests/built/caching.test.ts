// Caching the built site: every file a browser loads is either named by its content, with a name
// that matches its bytes, and kept for good by the host (dist/_headers: immutable), or one of the
// few files whose address must not change, which the host makes browsers check again (revalidate),
// as is every page. The service worker stores the content-named files without a revision (their
// name is their version) and fetches nothing else without one. The _headers patterns are matched
// as Netlify and Cloudflare Pages match them (scripts/lib/headers-file.mjs).
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from '../../scripts/lib/headers-file.mjs';
import { CONTENT_NAMED_PATH, hashedName } from '../../integrations/lib/asset-names.ts';
import { assertBuilt, distFiles, distPages, DIST } from '../helpers/dist.ts';

assertBuilt();

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The files whose address must stay the same from one version to the next, and why; any other
 * file that is not a page must be named by its content.
 */
const STABLE_ADDRESSES: [RegExp, string][] = [
  [/^sw\.js$/, 'the service worker: browsers look for its new version at the address it was registered from'],
  [/^sw-files\.json$/, "the worker's list of files, which a page reads by this name when a save fails"],
  [/^embed\.js$/, "the host script, named by other sites' embed snippets"],
  [/^download\/[^/]+\.zip$/, 'the archive, linked with its checksum from the download pages and saved by its name'],
  [/^(ar|en)\/manifest\.webmanifest$/, 'a web app manifest: an installed site looks for its new version there'],
  [/^(ar|en)\/events\/[^/]+\/cite\.(bib|ris|json)$/, "an event's citation files, whose addresses readers are given"],
  [/^(ar|en)\/sources\/bibliography\.(bib|ris|json)$/, 'the bibliography files, whose addresses readers are given'],
  [/^oembed\/.+\.json$/, 'oEmbed documents, at the addresses the pages announce'],
  [
    /^(ar|en)\/data\/[a-z.]+\.(json|csv|geojson|ics)$/,
    'the open data files, whose addresses the data page and citations give',
  ],
  [/^robots\.txt$/, 'robots.txt, which crawlers look for at this address'],
  [/^sitemap-[^/]+\.xml$/, 'the sitemap, named in robots.txt and its own index'],
  [/^(ar|en)\/feed\.xml$/, 'a feed, which feed readers keep by its address'],
  [/^og\/(ar|en)\/(site|events\/[^/]+)\.png$/, 'share cards, at the addresses the pages give link previews'],
];

/** Read by the host, never served. */
const HOST_FILES = ['_headers'];

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
/** Every Cache-Control value the rules give a URL path (the rules never set one twice). */
const cacheControl = (path: string): string[] =>
  headersFor(rules, path).flatMap((headers) => headers.get('cache-control') ?? []);

/** "a.b.1a2b3c4d5e.js" → ["a.b", "1a2b3c4d5e", ".js"]: a name the build gave (asset-names.ts). */
const SITE_HASHED = /^(.+)\.([0-9a-f]{10})(\.[^.]+)?$/;
/** "ar_162e196.pf_index", "ar_group_9dad49d.pf_fragment", "pagefind.ar_d8bcb188af.pf_meta". */
const PAGEFIND_HASHED = /^(?:pagefind\.)?[A-Za-z0-9-]+_(?:group_)?([0-9a-f]{7,})\.pf_(?:meta|index|fragment|filter)$/;
/** "noto-naskh-arabic-arabic-400-normal.U_i0HMfG.woff2": Vite's (Rolldown's) name for an asset. */
const VITE_HASHED = /^[^/]+\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * Whether `file`'s name matches `body`. Names the build gives: the first ten hex digits of the
 * SHA-256 of the file (integrations/lib/asset-names.ts). Pagefind's: the first hex digits of the
 * SHA-1 of the file's inflated content after its "pagefind_dcd" signature, each byte written
 * without a leading zero (as Pagefind writes them). Vite's, in _astro/, come from Rolldown's own
 * hash of the asset (xxh3, with more than the bytes in it), which cannot be recomputed here: for
 * those, only the shape of the name is checked.
 */
function namedByContent(file: string, body: Uint8Array): boolean {
  const { dir, base } = posix.parse(file);
  if (dir === '_astro') return VITE_HASHED.test(base);
  const pagefind = dir.startsWith('pagefind') ? PAGEFIND_HASHED.exec(base) : null;
  if (pagefind) {
    const inflated = gunzipSync(body);
    const signature = 'pagefind_dcd';
    if (inflated.subarray(0, signature.length).toString() !== signature) return false;
    const digest = createHash('sha1').update(inflated.subarray(signature.length)).digest();
    return [...digest]
      .map((byte) => byte.toString(16))
      .join('')
      .startsWith(pagefind[1]!);
  }
  const site = SITE_HASHED.exec(base);
  if (!site) return false;
  const plain = `${dir ? `${dir}/` : ''}${site[1]}${site[3] ?? ''}`;
  return hashedName(plain, body) === file;
}

const files = distFiles().filter((file) => !HOST_FILES.includes(file));
const pages = files.filter((file) => file.endsWith('.html'));
const others = files.filter((file) => !file.endsWith('.html'));
const stable = (file: string) => STABLE_ADDRESSES.some(([pattern]) => pattern.test(file));
const read = (file: string) => readFileSync(join(DIST, file));

describe('caching the built site', () => {
  it('tells a name that matches its content from one that does not', () => {
    const code = new TextEncoder().encode('var a=1;');
    expect(namedByContent(hashedName('js/a.js', code), code)).toBe(true);
    expect(namedByContent(hashedName('js/a.js', code), new TextEncoder().encode('var a=2;'))).toBe(false);
    expect(namedByContent('js/a.js', code)).toBe(false);
    const meta = files.find((f) => f.endsWith('.pf_meta'))!;
    expect(namedByContent(meta, read(meta))).toBe(true);
    const otherMeta = files.find((f) => f.endsWith('.pf_meta') && f !== meta)!;
    expect(namedByContent(meta, read(otherMeta))).toBe(false);
  });

  it('names every file that is not a page, nor at a stable address, by its content', () => {
    const content = others.filter((file) => !stable(file));
    expect(content.filter((file) => !namedByContent(file, read(file)))).toEqual([]);
    // Scripts, styles, fonts, icons, the search index and its WebAssembly: all of them.
    for (const ext of ['.js', '.css', '.woff2', '.json', '.pagefind', '.pf_meta', '.pf_index', '.png', '.svg'])
      expect(
        content.some((file) => file.endsWith(ext)),
        ext,
      ).toBe(true);
    // Each lives in a folder the host and the service worker treat as named by content.
    expect(content.filter((file) => !CONTENT_NAMED_PATH.test(file))).toEqual([]);
  });

  it('keeps the files named by their content for good', () => {
    const content = others.filter((file) => !stable(file));
    const wrong = content.filter((file) => cacheControl(`/${file}`).join() !== IMMUTABLE);
    expect(wrong).toEqual([]);
  });

  it('makes every page, and every file at a stable address, revalidate', () => {
    const paths = [
      ...pages.flatMap((file) =>
        file.endsWith('index.html') ? [`/${file}`, `/${file.slice(0, -'index.html'.length)}`] : [`/${file}`],
      ),
      ...others.filter(stable).map((file) => `/${file}`),
    ];
    expect(paths.length).toBeGreaterThan(300);
    expect(paths.filter((path) => cacheControl(path).join() !== REVALIDATE)).toEqual([]);
    // The stable addresses are few, and each is there: none of the list is a leftover.
    for (const [pattern, why] of STABLE_ADDRESSES)
      expect(
        others.some((file) => pattern.test(file)),
        why,
      ).toBe(true);
  });

  it('never names a file by a plain name the build replaced', () => {
    const present = new Set(files);
    const missing: string[] = [];
    const manifests = files.filter((f) => f.endsWith('.webmanifest'));
    const named = [
      ...distPages().flatMap(({ file, doc }) => {
        for (const template of doc.querySelectorAll('template')) template.remove(); // the folder edition's
        return doc
          .querySelectorAll('[src], [href], [data-boot]')
          .flatMap((el) => [el.getAttribute('src'), el.getAttribute('href'), el.getAttribute('data-boot')])
          .filter((url): url is string => !!url && CONTENT_NAMED_PATH.test(url.slice(1)))
          .map((url) => [file, url] as const);
      }),
      ...manifests.flatMap((file) =>
        (JSON.parse(read(file).toString('utf8')) as { icons: { src: string }[] }).icons.map(
          (icon) => [file, icon.src] as const,
        ),
      ),
    ];
    for (const [file, url] of named) if (!present.has(url.slice(1).split(/[?#]/)[0]!)) missing.push(`${file}: ${url}`);
    expect(named.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('has the service worker store content-named files without a revision, and revise every other', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]*")\}/g)].map(([, url, revision]) => ({
      url: url!,
      revision: revision === 'null' ? null : revision!,
    }));
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.filter((e) => CONTENT_NAMED_PATH.test(e.url) !== (e.revision === null))).toEqual([]);
    expect(entries.some((e) => e.url.startsWith('pagefind/') && e.revision === null)).toBe(true);
  });
});
