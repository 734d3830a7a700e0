// The offline outputs of the build: the download page's checksum and size match the archive, no
// placeholder is left, the archive holds the same pages as the web edition, the manifests and the
// service worker's list are complete, and the folder edition's check fails loudly on a bad page.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { assertBuilt, builtName, distFiles, distPages, DIST } from '../helpers/dist.ts';
import { ARCHIVE_FILE, ARCHIVE_FOLDER, formatBytes, PLACEHOLDER } from '../../src/lib/offline/archive.ts';
import { formatArchiveProblems } from '../../integrations/lib/folder/archive-check.ts';
import { toFolderPage } from '../../integrations/lib/folder/folder-page.ts';
import { checkFolderEdition } from '../../integrations/lib/folder/make-folder-edition.ts';
import { LOADED_LATER_ATTRIBUTES } from '../../src/lib/loaded-later.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let archive: Buffer;
let entries: Record<string, Uint8Array>;
beforeAll(() => {
  assertBuilt();
  archive = readFileSync(join(DIST, ARCHIVE_FILE));
  entries = unzipSync(archive);
});

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('the download page', () => {
  it.each(LANGS)('in %s shows the SHA-256 and size of the archive it links to', (lang) => {
    const doc = parse(readFileSync(join(DIST, lang, 'download', 'index.html'), 'utf8'));
    const sha = createHash('sha256').update(archive).digest('hex');
    expect(doc.querySelector('.archive-sha256')?.textContent).toBe(sha);
    expect(doc.querySelector('.archive-size')?.textContent).toBe(formatBytes(archive.length, lang));
    expect(doc.querySelector('a.download')?.getAttribute('href')).toBe(`/${ARCHIVE_FILE}`);
  });

  it('leaves no placeholder on any page of either edition', () => {
    const placeholders = Object.values(PLACEHOLDER);
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(DIST, file), 'utf8');
      for (const p of placeholders) expect(html.includes(p), `${file} still has ${p}`).toBe(false);
    }
    for (const [name, bytes] of Object.entries(entries).filter(([n]) => n.endsWith('.html'))) {
      for (const p of placeholders) expect(text(bytes).includes(p), `${name} still has ${p}`).toBe(false);
    }
  });
});

describe('the archive', () => {
  const pagesOf = (names: string[]) => names.filter((n) => n.endsWith('.html')).sort();

  it('holds the same pages as the web edition, with the same text', () => {
    const web = pagesOf(distFiles());
    const folder = pagesOf(Object.keys(entries).map((n) => n.slice(ARCHIVE_FOLDER.length + 1)));
    expect(folder).toEqual(web);
    // The text a reader sees; the data inside scripts differs by design (its links are relative).
    const mainText = (html: string) => {
      const main = parse(html).querySelector('main');
      for (const el of main?.querySelectorAll('script, style, noscript') ?? []) el.remove();
      return main?.textContent.replace(/\s+/g, ' ').trim();
    };
    for (const file of web.filter((f) => !f.includes('download/'))) {
      expect(mainText(text(entries[`${ARCHIVE_FOLDER}/${file}`]!)), file).toBe(
        mainText(readFileSync(join(DIST, file), 'utf8')),
      );
    }
  });

  it('has no service worker, manifest, Pagefind or module script, and every page links files relatively', () => {
    const names = Object.keys(entries);
    expect(names.some((n) => /sw\.js$|\.webmanifest$|\/pagefind\//.test(n))).toBe(false);
    for (const [name, bytes] of Object.entries(entries).filter(([n]) => n.endsWith('.html'))) {
      const html = text(bytes);
      expect(html, name).not.toMatch(/type="?module/);
      expect(html, name).not.toMatch(/\s(href|src)="?\/(?!\/)/);
    }
  });
});

describe('the web edition for offline reading', () => {
  it.each(LANGS)('has a manifest in %s with its name, direction and icons', (lang) => {
    const manifest = JSON.parse(readFileSync(join(DIST, lang, 'manifest.webmanifest'), 'utf8')) as {
      lang: string;
      dir: string;
      name: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.lang).toBe(lang);
    expect(manifest.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(manifest.name).toBe(lang === 'ar' ? 'سوريا: الأدلّة' : 'Syria: The Evidence');
    expect(manifest.start_url).toBe(`/${lang}/`);
    for (const icon of manifest.icons) expect(distFiles()).toContain(icon.src.slice(1));
    const page = readFileSync(join(DIST, lang, 'index.html'), 'utf8');
    expect(parse(page).querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
      `/${lang}/manifest.webmanifest`,
    );
  });

  it('precaches every page, the map and its basemap and the search index, but not the archive or what other sites embed', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const listed = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    const forOtherSites = (f: string) => f.startsWith('embed/') || f.startsWith('oembed/');
    for (const file of distFiles().filter((f) => f.endsWith('.html') && !forOtherSites(f)))
      expect(listed.has(file), file).toBe(true);
    expect(distFiles().some(forOtherSites)).toBe(true);
    expect([...listed].filter((u) => forOtherSites(u!))).toEqual([]);
    for (const file of ['js/basemap.js', 'js/site-map.js', 'js/site-map.css', 'js/site-map-loader.js'])
      expect(listed.has(builtName(file)), file).toBe(true);
    expect([...listed].some((u) => u!.startsWith('pagefind/') && u!.endsWith('.pf_meta'))).toBe(true);
    expect(listed.has(builtName('pagefind/pagefind-entry.json'))).toBe(true);
    expect([...listed].some((u) => u!.endsWith('.zip'))).toBe(false);
  });

  it('names every script and stylesheet by its content, so a page never meets code of another build', () => {
    const contentNamed = (file: string) =>
      /^_astro\/[^/]+\.[\w-]{8}\.css$/.test(file) || /^(js|pagefind)\/[^/]+\.[0-9a-f]{10}\.(js|css)$/.test(file);
    const code = distFiles().filter((f) => /\.(js|css)$/.test(f));
    // /embed.js keeps the name other sites know, and the service worker the address it was
    // registered from (tests/built/caching.test.ts checks every file's name and cache rule).
    const fixedNames = (f: string) => f === 'embed.js' || f === 'sw.js';
    expect(code.filter((f) => !contentNamed(f) && !fixedNames(f))).toEqual([]);
    expect(code.filter(contentNamed).length).toBeGreaterThan(10);
    // Every page, the embedded views (which the worker does not store) included, links them by those names.
    const files = new Set(distFiles());
    for (const page of distPages()) {
      // The folder edition's own scripts, inert on the web, are not served by the web edition.
      for (const template of page.doc.querySelectorAll('template[data-edition="folder"]')) template.remove();
      const urls = [
        ...page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
        ...page.doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!),
        // And what the page's scripts load later (the map's files, the embed panel's script).
        ...LOADED_LATER_ATTRIBUTES.flatMap((name) =>
          page.doc.querySelectorAll(`[${name}]`).map((e) => e.getAttribute(name)!),
        ),
      ];
      for (const url of urls.filter((u) => /^\/(js|_astro|pagefind)\//.test(u)))
        expect(contentNamed(url.slice(1)) && files.has(url.slice(1)), `${page.file}: ${url}`).toBe(true);
      if (page.file.startsWith('embed/'))
        expect(
          urls.filter((u) => u.startsWith('/pagefind/')),
          page.file,
        ).toEqual([]);
    }
  });
});

describe('the folder edition check', () => {
  it('names the file and the reason when a page would break from a folder', () => {
    const pages: [string, string][] = [
      ['index.html', '<a href="/ar/">ar</a>'],
      [
        'ar/index.html',
        '<a href="/en/">en</a><script type="module" src="/x.js"></script><script>fetch("data.json")</script><a href="missing.html">x</a>',
      ],
    ];
    const { problems } = checkFolderEdition(new Map(pages.map(([file, html]) => [file, toFolderPage(file, html)])));
    const lines = formatArchiveProblems(problems);
    expect(lines).toContain('ar/index.html: loads a module script (../x.js)');
    expect(lines).toContain('ar/index.html: an inline script calls fetch()');
    expect(lines).toContain('ar/index.html: links to a file the archive does not hold: ar/missing.html');
    // The absolute link was made relative first: it names a missing file, not the disk's root.
    expect(lines).toContain('ar/index.html: links to a file the archive does not hold: en/index.html');
    expect(lines).not.toContain('index.html: links to a file the archive does not hold: ar/index.html');
  });

  it('checks the files a page loads later as it checks the ones it loads at once', () => {
    const files = new Map<string, string>([
      [
        'en/map/index.html',
        toFolderPage(
          'en/map/index.html',
          '<site-map data-script="/js/map.js" data-basemap="/js/missing.js" data-stylesheet="/js/map.css"></site-map>',
        ),
      ],
      ['js/map.js', 'fetch("places.json")'],
      ['js/map.css', ''],
    ]);
    const lines = formatArchiveProblems(checkFolderEdition(files).problems);
    expect(lines).toContain('en/map/index.html: links to a file the archive does not hold: js/missing.js');
    expect(lines).toContain('js/map.js: calls fetch()');
    expect(lines).not.toContain('js/map.css');
  });
});
