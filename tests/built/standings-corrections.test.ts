// The built pages show what the content says about its own reliability: every correction with its
// date, every standing label (figures and dates) linked to its explanation on the About page, and
// the content note beside any search excerpt of a page that has one.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distPages } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import { statusSchema } from '../../src/lib/content-schema.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { formatPartialDate } from '../../src/lib/format.ts';

let pages: ReturnType<typeof distPages>;
const { events } = checkContent(readContent(process.cwd()));
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

const page = (url: string) => {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no built page ${url}`);
  return found;
};
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('corrections', () => {
  const corrected = events.filter((e) => e.data.corrections.length > 0);

  it('exist, in both languages alike', () => {
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.filter((e) => e.lang === 'ar').length).toBe(corrected.filter((e) => e.lang === 'en').length);
  });

  it.each(corrected.map((e) => [`${e.lang}/${e.id}`, e] as const))('%s shows each correction with its date', (_, e) => {
    const items = page(`/${e.lang}/events/${e.id}/`)
      .doc.querySelectorAll('.corrections li')
      .map((li) => squash(li.text));
    expect(items).toHaveLength(e.data.corrections.length);
    e.data.corrections.forEach((c, i) => {
      expect(items[i]).toContain(formatPartialDate(c.date, e.lang as Lang));
      expect(items[i]).toContain(squash(c.note));
    });
  });
});

describe('standings', () => {
  it.each(LANGS)('the About page (%s) explains each standing at the anchor its labels link to', (lang) => {
    const about = page(`/${lang}/about/`);
    for (const status of statusSchema.options) {
      const entry = about.doc.querySelector(`#standing-${status}`);
      expect(entry, status).not.toBeNull();
      expect(squash(entry!.querySelector('dt')!.text)).toBe(t(lang, `status.${status}`));
      expect(squash(entry!.querySelector('dd')!.text)).toBe(t(lang, `status.${status}.help`));
    }
  });

  it('labels every figure with its standing, linked to the About page', () => {
    let labels = 0;
    for (const e of events) {
      const rows = page(`/${e.lang}/events/${e.id}/`).doc.querySelectorAll('.claims tbody tr');
      expect(rows).toHaveLength(e.data.claims.length);
      rows.forEach((row, i) => {
        const status = e.data.claims[i]!.status;
        const link = row.querySelector('a.standing');
        expect(link?.getAttribute('href'), `${e.lang}/${e.id} claim ${i}`).toBe(`/${e.lang}/about/#standing-${status}`);
        expect(squash(link!.text)).toBe(t(e.lang as Lang, `status.${status}`));
        labels++;
      });
    }
    expect(labels).toBeGreaterThan(0);
  });

  it('labels the dates the sources support less than fully, and no others', () => {
    const withStatus = events.filter((e) => e.data.date.status || e.data.revealed?.status);
    expect(withStatus.length).toBeGreaterThan(0);
    for (const e of events) {
      const expected = [e.data.date.status, e.data.revealed?.status].filter(Boolean);
      const shown = page(`/${e.lang}/events/${e.id}/`)
        .doc.querySelectorAll('.event-dates a.standing')
        .map((a) => a.getAttribute('data-standing'));
      expect(shown, `${e.lang}/${e.id}`).toEqual(expected);
    }
  });

  it('opens the explanation outside the frame in embedded views', () => {
    const e = events.find((x) => x.data.claims.length > 0)!;
    const links = page(`/embed/${e.lang}/events/${e.id}/`).doc.querySelectorAll('a.standing');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('target')).toBe('_top');
  });
});

describe('content notes in search results', () => {
  it.each(LANGS)(
    'the search page (%s) holds the note of every event that has one, to show beside its excerpts',
    (lang) => {
      const labels = JSON.parse(
        page(`/${lang}/search/`).doc.querySelector('site-search')!.getAttribute('data-labels')!,
      );
      const expected = Object.fromEntries(
        events.filter((e) => e.lang === lang && e.data.contentNote).map((e) => [e.id, e.data.contentNote]),
      );
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(labels.notes).toEqual(expected);
    },
  );
});

// The outside fact-check of December 2026: what each published page now says, in both languages.
describe('the fact-check corrections of December 2026', () => {
  const prose = (lang: Lang, id: string) => squash(page(`/${lang}/events/${id}/`).doc.querySelector('.prose')!.text);
  const claimRows = (lang: Lang, id: string) =>
    page(`/${lang}/events/${id}/`)
      .doc.querySelectorAll('.claims tbody tr')
      .map((tr) => squash(tr.text));
  const HOUSE_VOTE: Record<Lang, [right: string, wrong: string]> = {
    ar: ['10 كانون الأول 2025', '11 كانون الأول 2025'],
    en: ['10 December 2025', '11 December 2025'],
  };

  it.each(LANGS)('date the House vote on the repeal 10 December 2025, not 11 (%s)', (lang) => {
    const [right, wrong] = HOUSE_VOTE[lang];
    for (const id of ['caesar-act', 'caesar-act-repealed']) {
      expect(prose(lang, id), id).toContain(right);
      expect(prose(lang, id), id).not.toContain(wrong);
      expect(claimRows(lang, id).join(' '), id).not.toContain(wrong);
    }
  });

  it.each(LANGS)('show every toll of the Tal al-Nasr funeral shooting with its source (%s)', (lang) => {
    const e = events.find((x) => x.lang === lang && x.id === 'tal-al-nasr-funeral-shooting')!;
    const killed = e.data.claims.filter((c) => c.topic === 'killed');
    expect(new Set(killed.map((c) => c.source)).size).toBeGreaterThanOrEqual(5);
    expect(killed.map((c) => c.value).sort((a, b) => a - b)).toEqual([3, 3, 4, 5, 11, 14]);
    expect(e.data.summary).not.toMatch(/only source|المصدر الوحيد/);
  });

  it.each(LANGS)('give New Lines’ 288 as an estimate, “nearly 300” in its headline (%s)', (lang) => {
    const row = claimRows(lang, 'tadamon-massacre').find((r) => r.includes('288'));
    expect(row).toContain(lang === 'ar' ? 'نحو 288' : 'about 288');
  });

  it('call the US measure against Amjad Youssef a bar on entry, not sanctions, and do not name his wife', () => {
    expect(page('/ar/events/us-designates-amjad-youssef/').doc.querySelector('h1')!.text).not.toContain('عقوبات');
    for (const lang of LANGS) {
      expect(page(`/${lang}/events/us-designates-amjad-youssef/`).html).not.toMatch(/Anan|Wasouf|عنان|وصوف/);
    }
  });

  it('use the official title of the Damascus security chief in Arabic', () => {
    for (const id of ['tadamon-massacre', 'tadamon-suspects-arrested']) {
      expect(prose('ar', id), id).toContain('مدير أمن دمشق');
      expect(prose('ar', id), id).not.toContain('رئيس الأمن في دمشق');
    }
  });
});
