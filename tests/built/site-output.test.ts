// Checks on the built HTML: every page has its twin, the right lang and dir, links that
// resolve, footnotes that point somewhere, and no resource from another origin.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, distFiles, distPages, resolveInDist, DIST } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let pages: ReturnType<typeof distPages>;
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

const langOf = (url: string) => url.split('/')[1];
const localized = () => pages.filter((p) => LANGS.some((lang) => lang === langOf(p.url)));

describe('the built site', () => {
  it('has a page for every event in both languages', () => {
    const { events } = checkContent(readContent(process.cwd()));
    for (const { lang, id } of events) expect(resolveInDist(`/${lang}/events/${id}/`), `${lang}/${id}`).not.toBeNull();
    expect(events.length).toBeGreaterThanOrEqual(2 * 24);
  });

  it('gives every Arabic page an English twin and every English page an Arabic one', () => {
    const urls = new Set(localized().map((p) => p.url));
    for (const url of urls) {
      const twin = url.replace(/^\/(ar|en)\//, (_m, l: string) => `/${l === 'ar' ? 'en' : 'ar'}/`);
      expect(urls.has(twin), `${url} has no twin ${twin}`).toBe(true);
    }
  });

  it('sets lang and dir on every page', () => {
    for (const page of localized()) {
      const html = page.doc.querySelector('html')!;
      const lang = langOf(page.url);
      expect(html.getAttribute('lang'), page.url).toBe(lang);
      expect(html.getAttribute('dir'), page.url).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('offers both languages on the root page instead of redirecting', () => {
    const root = pages.find((p) => p.url === '/')!;
    expect(root.html).not.toMatch(/http-equiv=["']?refresh/i);
    const hrefs = root.doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/ar/', '/en/']));
    expect(root.doc.querySelector('section[lang="en"]')?.getAttribute('dir')).toBe('ltr');
  });

  it('links every page to the same page in the other language', () => {
    for (const page of localized()) {
      const other = langOf(page.url) === 'ar' ? 'en' : 'ar';
      const switchLink = page.doc.querySelector('a.lang-switch');
      expect(switchLink?.getAttribute('href'), page.url).toBe(page.url.replace(/^\/(ar|en)\//, `/${other}/`));
    }
  });

  it('has no internal link or resource that points to a missing file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('[href], [src]')) {
        // A <template> holds what only the folder edition loads (its own files); its check covers them.
        if (el.closest('template')) continue;
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(https?:|mailto:|#)/.test(url)) continue;
        const absolute = new URL(url, `http://site${page.url}`).pathname;
        if (!resolveInDist(absolute)) broken.push(`${page.url} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has a target for every in-page link (footnotes, back links, skip link)', () => {
    const missing: string[] = [];
    for (const page of pages) {
      const ids = new Set(page.doc.querySelectorAll('[id]').map((el) => el.id));
      for (const a of page.doc.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
        if (id && !ids.has(id)) missing.push(`${page.url} → #${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('loads nothing from another origin: scripts, styles, fonts, images, icons', () => {
    const external: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll(
        'script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]',
      )) {
        const url = el.getAttribute('src') ?? el.getAttribute('href')!;
        const rel = el.getAttribute('rel') ?? '';
        if (rel === 'alternate') continue; // a link to a twin page, not a request
        if (/^(https?:)?\/\//.test(url)) external.push(`${page.url}: <${el.tagName.toLowerCase()}> ${url}`);
      }
    }
    for (const css of distFiles().filter((f) => f.endsWith('.css'))) {
      const text = readFileSync(join(DIST, css), 'utf8');
      for (const m of text.matchAll(
        /url\((['"]?)((?:https?:)?\/\/[^)'"]+)\1\)|@import\s+(?:url\()?['"]?((?:https?:)?\/\/[^'")\s]+)/g,
      ))
        external.push(`${css}: ${m[2] ?? m[3]}`);
    }
    expect(external).toEqual([]);
  });

  it('numbers footnotes on event pages and lists their sources', () => {
    for (const page of localized().filter((p) => p.url.includes('/events/'))) {
      const refs = page.doc.querySelectorAll('.prose a.cite-ref');
      const notes = page.doc.querySelectorAll('.source-notes li[id^="source-"]');
      expect(notes.length, page.url).toBeGreaterThan(0);
      expect(refs.length, page.url).toBeGreaterThan(0);
      // No placeholder survives: every marker is a number.
      for (const ref of refs) expect(ref.text, page.url).toMatch(/^\d+$/);
    }
  });

  it('lists every event on each home page, in date order, with <time datetime>', () => {
    for (const lang of LANGS) {
      const home = pages.find((p) => p.url === `/${lang}/`)!;
      const items = home.doc.querySelectorAll('ol.event-list > li');
      const { events } = checkContent(readContent(process.cwd()));
      expect(items.length).toBe(events.filter((e) => e.lang === lang).length);
      const starts = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect([...starts].sort((a, b) => (a.padEnd(10, '-00') < b.padEnd(10, '-00') ? -1 : 1))).toEqual(starts);
    }
  });

  it('marks approximate places as approximate', () => {
    const { places } = checkContent(readContent(process.cwd()));
    const estimated = places.filter((p) => p.basis === 'estimated');
    expect(estimated.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const page = pages.find((p) => p.url === `/${lang}/places/`)!;
      for (const place of estimated) {
        const block = page.doc.querySelector(`#place-${place.id}`);
        expect(block?.querySelector('.approx')?.text, `${lang} ${place.id}`).toMatch(
          lang === 'ar' ? /تقريبي/ : /Approximate/,
        );
      }
    }
  });
});

describe('the four chapters', () => {
  const CHAPTERS = {
    tadamon: 'tadamon-massacre',
    'caesar-photos': 'caesar-photographs',
    'caesar-act': 'caesar-act',
    victoria: 'victoria-documents',
  };

  it('each has a long-form page in both languages, linked from the home page', () => {
    for (const lang of LANGS) {
      const home = pages.find((p) => p.url === `/${lang}/`)!;
      const links = home.doc.querySelectorAll('.chapter-card h3 a').map((a) => a.getAttribute('href'));
      expect(links).toEqual(Object.values(CHAPTERS).map((id) => `/${lang}/events/${id}/`));
      for (const id of Object.values(CHAPTERS)) {
        const page = pages.find((p) => p.url === `/${lang}/events/${id}/`)!;
        const words = page.doc.querySelector('.prose')!.text.split(/\s+/).filter(Boolean).length;
        expect(words, `${lang}/${id}`).toBeGreaterThan(600);
      }
    }
  });

  it('show every disputed figure with its source', () => {
    const expectations: [string, string[]][] = [
      ['tadamon-massacre', ['31', '41', '288']],
      ['caesar-photographs', ['55,000', '11,000', '53,275', '6,786']],
    ];
    for (const lang of LANGS) {
      for (const [id, figures] of expectations) {
        const page = pages.find((p) => p.url === `/${lang}/events/${id}/`)!;
        const rows = page.doc.querySelectorAll('.claims tbody tr').map((tr) => tr.text);
        for (const figure of figures) {
          const row = rows.find((r) => r.includes(figure));
          expect(row, `${lang}/${id}: ${figure}`).toBeDefined();
          expect(page.doc.querySelectorAll('.claims tbody tr a[href^="#source-"]').length).toBe(rows.length);
        }
      }
    }
  });
});
