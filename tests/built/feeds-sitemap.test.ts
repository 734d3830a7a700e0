// The files for feed readers and crawlers, read with real parsers: each language's Atom feed
// (feedsmith), the sitemap (an XML parser) and robots.txt; and the corrections log, the page that
// lists every correction. Every absolute address must lead to a file of the built site.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtomFeed } from 'feedsmith';
import { DOMParser } from 'linkedom';
import { assertBuilt, distFiles, distPages, resolveInDist, DIST } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import { LANGS, otherLang, type Lang } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { siteAddress } from '../../src/lib/site-url.ts';
import { SITEMAP_INDEX, sitemapIndexUrl } from '../../src/lib/sitemap.ts';
import { CORRECTIONS_ANCHOR, publicSite } from '../../src/lib/paths.ts';
import { SW_FILES } from '../../src/lib/offline/archive.ts';

// The address the build was given (the placeholder in a preview build), as astro.config.mjs reads it.
const SITE = publicSite(siteAddress().site);
const { events } = checkContent(readContent(process.cwd()));
const eventsIn = (lang: Lang) => events.filter((e) => e.lang === lang);

let pages: ReturnType<typeof distPages>;
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const xml = (file: string) => new DOMParser().parseFromString(read(file), 'text/xml');

/** The path below the site of an absolute address of the site ("https://x/en/a/#b" → "/en/a/"), or null. */
function sitePath(url: string): string | null {
  if (!url.startsWith(`${SITE}/`)) return null;
  return url.slice(SITE.length).split('#')[0]!;
}
/** The built page an absolute address leads to, and whether its fragment names an element there. */
function target(url: string): { file: string | null; anchored: boolean } {
  const path = sitePath(url);
  const file = path === null ? null : resolveInDist(path);
  const fragment = new URL(url).hash.slice(1);
  if (!file || !fragment) return { file, anchored: !fragment };
  const page = pages.find((p) => join(DIST, p.file) === file);
  return { file, anchored: !!page?.doc.getElementById(fragment) };
}
const isDateTime = (value: string | undefined) =>
  !!value &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
  !Number.isNaN(Date.parse(value));

/** Reader-facing pages: every page under /ar/ or /en/; not the chooser, the 404 page or the embedded views. */
const readerPages = () => pages.filter((p) => /^\/(ar|en)\//.test(p.url));

describe.each(LANGS)('the Atom feed (%s)', (lang) => {
  const feed = () => parseAtomFeed(read(`${lang}/feed.xml`));
  const corrected = () => eventsIn(lang).flatMap((e) => e.data.corrections.map((c, i) => ({ e, c, i })));

  it('is in the language, names the site as author and the licence, and links itself', () => {
    const f = feed();
    expect(f.xml?.lang).toBe(lang);
    expect(f.title?.value).toBe(t(lang, 'feed.title'));
    expect(f.authors?.[0]?.name).toBe(t(lang, 'site.name'));
    expect(f.rights?.value).toContain('CC BY 4.0');
    const self = f.links?.find((l) => l.rel === 'self');
    expect(self?.href).toBe(`${SITE}/${lang}/feed.xml`);
    expect(f.id).toBe(self?.href);
    for (const link of f.links ?? [])
      if (link.href?.startsWith(SITE)) expect(target(link.href).file, link.href).not.toBeNull();
  });

  it('has one entry per event page and one per correction, each id once', () => {
    const entries = feed().entries ?? [];
    expect(corrected().length).toBeGreaterThan(0);
    expect(entries).toHaveLength(eventsIn(lang).length + corrected().length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("gives each event page's entry its permalink, title, summary and last update", () => {
    const entries = feed().entries ?? [];
    for (const e of eventsIn(lang)) {
      const url = `${SITE}/${lang}/events/${e.id}/`;
      const entry = entries.find((x) => x.id === url);
      expect(entry, url).toBeDefined();
      expect(entry!.title?.value).toBe(e.data.title);
      expect(squash(entry!.summary?.value ?? '')).toBe(squash(e.data.summary));
      expect(entry!.updated).toBe(`${e.data.updated}T00:00:00Z`);
      expect(entry!.links?.map((l) => l.href)).toEqual([url]);
      expect(target(url).file, url).not.toBeNull();
    }
  });

  it("gives each correction an entry naming its page, saying what changed, linked to the page's corrections", () => {
    const entries = feed().entries ?? [];
    for (const { e, c, i } of corrected()) {
      const id = `${SITE}/${lang}/events/${e.id}/#correction-${i + 1}`;
      const entry = entries.find((x) => x.id === id);
      expect(entry, id).toBeDefined();
      expect(entry!.title?.value).toBe(t(lang, 'feed.correctionTitle', { title: e.data.title }));
      expect(squash(entry!.content?.value ?? '')).toBe(squash(c.note));
      expect(Date.parse(entry!.updated!)).toBe(Date.parse(`${c.date}T00:00:00Z`));
      const link = entry!.links![0]!.href!;
      expect(link).toBe(`${SITE}/${lang}/events/${e.id}/#${CORRECTIONS_ANCHOR}`);
      expect(target(link), link).toEqual({ file: expect.any(String), anchored: true });
    }
  });

  it('dates every entry validly, newest first, and the feed by its newest entry', () => {
    const f = feed();
    const dates = (f.entries ?? []).map((e) => e.updated);
    expect(dates.every(isDateTime), dates.join()).toBe(true);
    const times = dates.map((d) => Date.parse(d!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(isDateTime(f.updated)).toBe(true);
    expect(Date.parse(f.updated!)).toBe(Math.max(...times));
  });
});

describe('the feeds announced by the pages', () => {
  it('every page of the site names its language’s feed; the bilingual pages both', () => {
    for (const page of pages) {
      const links = page.doc.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]');
      // "/en/…", or an embedded view's "/embed/en/…".
      const lang = page.url.replace(/^\/embed\//, '/').split('/')[1];
      const expected = (LANGS as readonly string[]).includes(lang!)
        ? [`/${lang}/feed.xml`]
        : LANGS.map((l) => `/${l}/feed.xml`);
      expect(
        links.map((l) => l.getAttribute('href')),
        page.url,
      ).toEqual(expected);
      for (const link of links) {
        expect(link.getAttribute('title'), page.url).toBeTruthy();
        expect(resolveInDist(link.getAttribute('href')!), page.url).not.toBeNull();
      }
    }
  });
});

describe('the sitemap', () => {
  /** Every <url> of every sitemap the index lists: its address and its alternates by language. */
  const urls = () => {
    const index = xml(SITEMAP_INDEX);
    const maps = [...index.getElementsByTagName('loc')].map((loc) => loc.textContent!.trim());
    expect(maps.length).toBeGreaterThan(0);
    return maps.flatMap((map) => {
      expect(target(map).file, map).not.toBeNull();
      return [...xml(sitePath(map)!.slice(1)).getElementsByTagName('url')].map((url) => ({
        loc: url.getElementsByTagName('loc')[0]!.textContent!.trim(),
        alternates: Object.fromEntries(
          [...url.getElementsByTagName('xhtml:link')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
        ),
      }));
    });
  };

  it('lists every reader-facing page of the site exactly once, and nothing else', () => {
    const listed = urls().map((u) => sitePath(u.loc));
    expect(listed.filter((path) => path === null)).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(
      readerPages()
        .map((p) => p.url)
        .sort(),
    );
  });

  it('gives each page its twin in the other language, and itself, as alternates', () => {
    for (const { loc, alternates } of urls()) {
      const path = sitePath(loc)!;
      const lang = path.split('/')[1] as Lang;
      const twin = path.replace(/^\/(ar|en)\//, `/${otherLang(lang)}/`);
      expect(alternates, loc).toEqual({ [lang]: loc, [otherLang(lang)]: `${SITE}${twin}` });
      expect(resolveInDist(twin), twin).not.toBeNull();
    }
  });
});

describe('robots.txt', () => {
  it('names the sitemap index by its absolute address, which is a file of the site', () => {
    const lines = read('robots.txt').split('\n');
    const sitemaps = lines.filter((l) => /^sitemap:/i.test(l)).map((l) => l.slice(l.indexOf(':') + 1).trim());
    expect(sitemaps).toEqual([sitemapIndexUrl(SITE)]);
    expect(target(sitemaps[0]!).file).toBe(join(DIST, SITEMAP_INDEX));
    expect(lines).toContain('User-agent: *');
  });
});

describe('files for crawlers and feed readers stay on the web', () => {
  it('are not stored for offline reading', () => {
    const stored: string[] = JSON.parse(read(SW_FILES));
    const web = distFiles().filter((f) => f === 'robots.txt' || f.startsWith('sitemap-') || f.endsWith('/feed.xml'));
    expect(web.length).toBeGreaterThanOrEqual(5);
    expect(stored.filter((f) => web.includes(f.replace(/^\//, '')))).toEqual([]);
  });
});

describe.each(LANGS)('the corrections log (%s)', (lang) => {
  const log = () => pages.find((p) => p.url === `/${lang}/corrections/`)!;

  it('says what it is', () => {
    expect(squash(log().doc.querySelector('h1')!.text)).toBe(t(lang, 'correctionsLog.title'));
    expect(squash(log().doc.querySelector('main')!.text)).toContain(t(lang, 'correctionsLog.intro'));
  });

  it('lists every correction once, under its date, with a link to its page that works', () => {
    const shown = log()
      .doc.querySelectorAll('section.correction-day')
      .flatMap((day) => {
        const date = day.querySelector('h2 time')!.getAttribute('datetime');
        return day.querySelectorAll('.corrected-pages > li').flatMap((item) => {
          const href = item.querySelector('h3 a')!.getAttribute('href')!;
          const title = squash(item.querySelector('h3 a')!.text);
          return item.querySelectorAll('.notes li').map((li) => ({ date, href, title, note: squash(li.text) }));
        });
      });
    const expected = eventsIn(lang).flatMap((e) =>
      e.data.corrections.map((c) => ({
        date: c.date,
        href: `/${lang}/events/${e.id}/`,
        title: squash(e.data.title),
        note: squash(c.note),
      })),
    );
    expect(expected.length).toBeGreaterThan(0);
    const key = (x: { date: string | undefined; href: string; title: string; note: string }) => JSON.stringify(x);
    expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
    for (const { href } of shown) expect(resolveInDist(href), href).not.toBeNull();
  });

  it('puts the newest date first', () => {
    const dates = log()
      .doc.querySelectorAll('section.correction-day h2 time')
      .map((time) => time.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('is linked from the footer of every page and from the About page', () => {
    for (const page of pages.filter((p) => p.url.startsWith(`/${lang}/`)))
      expect(page.doc.querySelector(`.site-footer a[href="/${lang}/corrections/"]`), page.url).not.toBeNull();
    const about = pages.find((p) => p.url === `/${lang}/about/`)!;
    expect(about.doc.querySelector(`main article a[href="/${lang}/corrections/"]`)).not.toBeNull();
  });
});
