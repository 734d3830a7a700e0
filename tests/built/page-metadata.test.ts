// What the built pages tell machines about themselves: the JSON-LD of every event page, read back
// with JSON.parse and compared with the event's front matter; the Open Graph and Twitter tags of
// every page, with absolute URLs; and the share cards they name, real 1200 × 630 PNGs, kept out of
// what a reader saves for offline.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../integrations/lib/content-files.ts';
import { SW_FILES } from '../../src/lib/offline/archive.ts';
import { SHARE_IMAGE } from '../../src/lib/share-meta.ts';
import { assertBuilt, DIST, distPages, resolveInDist } from '../helpers/dist.ts';

assertBuilt();

/** Each card is text on a plain ground: far below this. */
const CARD_BUDGET_BYTES = 100_000;

const pages = distPages();
const eventPages = pages.filter((p) => /^\/(ar|en)\/events\/[^/]+\/$/.test(p.url));
const events = new Map(readContent(process.cwd()).events.map((e) => [`${e.lang}/${e.id}`, e.data as EventFront]));

/** The part of the JSON-LD the test reads (src/lib/structured-data.ts). */
interface ArticleData {
  '@context': string;
  '@type': string;
  headline: string;
  url: string;
  inLanguage: string;
  dateModified: string;
  about: { '@type': string; startDate: string; endDate?: string };
  citation: { '@type': string }[];
  workTranslation?: { url: string };
  translationOfWork?: { url: string };
}

interface EventFront {
  date: { start: string; end?: string };
  updated: string;
  sources: string[];
  claims?: { source: string }[];
}

const meta = (doc: (typeof pages)[number]['doc'], key: string): string | undefined =>
  (doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`))?.getAttribute('content');

/** A URL of the site as a file of dist/ (the build's base, if any, is its first segment). */
const fileOf = (url: string): string | null => resolveInDist(new URL(url).pathname);

describe('JSON-LD on event pages', () => {
  it('has an event page for every event in both languages', () => {
    expect(eventPages.length).toBe(events.size);
  });

  it.each(eventPages.map((p) => [p.url, p] as const))('%s describes the page and its event', (url, page) => {
    const [, lang, id] = /^\/(ar|en)\/events\/([^/]+)\/$/.exec(url)!;
    const front = events.get(`${lang}/${id}`)!;
    const blocks = page.doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!.rawText) as ArticleData;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Article');
    expect(data.inLanguage).toBe(lang);
    expect(data.inLanguage).toBe(page.doc.querySelector('html')!.getAttribute('lang'));
    expect(data.dateModified).toBe(front.updated);
    expect(data.headline).toBe(page.doc.querySelector('h1')!.text.trim());
    expect(new URL(data.url).pathname).toBe(url);
    expect(data.about['@type']).toBe('Event');
    expect(data.about.startDate).toBe(front.date.start);
    expect(data.about.endDate).toBe(front.date.end);
    const sourceIds = new Set([...front.sources, ...(front.claims ?? []).map((c) => c.source)]);
    expect(data.citation).toHaveLength(sourceIds.size);
    for (const work of data.citation) expect(work['@type']).toBe('CreativeWork');

    const link = (lang === 'ar' ? data.workTranslation : data.translationOfWork)!;
    expect(lang === 'ar' ? data.translationOfWork : data.workTranslation).toBeUndefined();
    const twin = `/${lang === 'ar' ? 'en' : 'ar'}/events/${id}/`;
    expect(new URL(link.url).pathname).toBe(twin);
    expect(fileOf(link.url), `${url}: its translation link`).toBe(join(DIST, twin, 'index.html'));
  });
});

describe('link previews', () => {
  const REQUIRED = [
    'og:title',
    'og:description',
    'og:url',
    'og:type',
    'og:site_name',
    'og:locale',
    'og:locale:alternate',
    'og:image',
    'og:image:width',
    'og:image:height',
    'og:image:alt',
    'og:image:type',
    'twitter:card',
    'twitter:title',
    'twitter:description',
    'twitter:image',
    'twitter:image:alt',
  ];

  it('every page carries the Open Graph and Twitter tags, with absolute URLs', () => {
    for (const { file, doc } of pages) {
      for (const key of REQUIRED) expect(meta(doc, key), `${file}: ${key}`).toBeTruthy();
      for (const key of ['og:url', 'og:image', 'twitter:image']) {
        expect(new URL(meta(doc, key)!).protocol, `${file}: ${key}`).toMatch(/^https?:$/);
      }
      expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
      expect(meta(doc, 'og:image:width')).toBe(String(SHARE_IMAGE.width));
      expect(meta(doc, 'og:image:height')).toBe(String(SHARE_IMAGE.height));
      expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'));
    }
  });

  it('an event page is an article with its own card; every other page a website with the site’s card', () => {
    for (const { file, url, doc } of pages) {
      // An event's embedded view previews as its full page (its canonical address).
      const event = /^\/(?:embed\/)?(ar|en)\/events\/([^/]+)\/$/.exec(url);
      const image = new URL(meta(doc, 'og:image')!).pathname;
      if (event) {
        expect(meta(doc, 'og:type'), file).toBe('article');
        expect(image, file).toBe(`/og/${event[1]}/events/${event[2]}.png`);
        expect(new URL(meta(doc, 'og:url')!).pathname, file).toBe(`/${event[1]}/events/${event[2]}/`);
      } else {
        expect(meta(doc, 'og:type'), file).toBe('website');
        expect(image, file).toMatch(/^\/og\/(ar|en)\/site\.png$/);
      }
    }
  });

  it('each card named is in dist/ as a 1200 × 630 PNG within the budget', () => {
    const images = new Set(pages.map(({ doc }) => meta(doc, 'og:image')!));
    for (const url of images) {
      const file = fileOf(url);
      expect(file, url).not.toBeNull();
      const png = readFileSync(file!);
      expect(png.subarray(0, 8), url).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString('latin1'), url).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
      expect(statSync(file!).size, url).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    }
  });

  it('the cards are for link previews only: not stored for offline, not in the folder edition', () => {
    const precached = JSON.parse(readFileSync(join(DIST, SW_FILES), 'utf8')) as string[];
    expect(precached.filter((f) => /(^|\/)og\//.test(f))).toEqual([]);
    const unpacked = join('node_modules', '.astro', 'folder-edition');
    expect(existsSync(unpacked)).toBe(true);
    expect(existsSync(join(unpacked, 'og'))).toBe(false);
  });
});
