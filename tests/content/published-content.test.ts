// Checks on the real content in content/: it passes the content check, tells the four
// chapters in both languages, publishes nothing the fact sheet marks UNSURE, and copies no
// sentence from the articles the project started from.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent, formatProblems } from '../../src/lib/content-integrity.ts';
import { sharedPhrases } from '../../src/lib/text-overlap.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const raw = readContent(process.cwd());
const checked = checkContent(raw);
const allText = [...raw.events, ...raw.pages, ...raw.classroom].map((f) => ({
  file: f.file,
  text: `${JSON.stringify(f.data)}\n${f.body}`,
}));

describe('the published content', () => {
  it('passes the content check', () => {
    expect(formatProblems(checked.problems)).toBe('');
  });

  it('has one long-form page per chapter in each language', () => {
    for (const lang of LANGS) {
      const leads = checked.events
        .filter((e) => e.lang === lang && e.data.lead)
        .map((e) => e.data.chapter)
        .sort();
      expect(leads).toEqual(['caesar-act', 'caesar-photos', 'tadamon', 'victoria']);
    }
  });

  it('has at least 20 dated context events around the chapters', () => {
    const context = checked.events.filter((e) => e.lang === 'en' && !e.data.lead);
    expect(context.length).toBeGreaterThanOrEqual(20);
  });

  it('gives the chapters their "happened" and "revealed" dates', () => {
    const byId = new Map(checked.events.filter((e) => e.lang === 'en').map((e) => [e.id, e.data]));
    expect(byId.get('tadamon-massacre')).toMatchObject({
      date: { start: '2013-04-16' },
      revealed: { start: '2022-04-27' },
    });
    expect(byId.get('caesar-photographs')).toMatchObject({
      date: { start: '2011-03', end: '2013-08' },
      revealed: { start: '2014-01-20' },
    });
    expect(byId.get('caesar-act')).toMatchObject({ date: { start: '2019-12-20' } });
    expect(byId.get('victoria-documents')).toMatchObject({
      date: { start: '2012', end: '2014' },
      revealed: { start: '2021-07-09', end: '2021-07-10' },
    });
  });

  // Items the fact sheet marks UNSURE (§8) or traces only to low-reliability blogs: none may
  // appear on a page as fact. A match here means a sentence needs a source or must go.
  it.each([
    ["Amjad Youssef's birth year or village (blog only)", /1986|Nabaa al-Tib|نبع الطيب/],
    ['the ~45,000 / 4,025 / 1,036 breakdown of the Caesar photos (origin unclear)', /45,000|4,025|1,036/],
    ['Youssef as deputy head of Branch 227 (blog)', /deputy head|نائب رئيس الفرع/i],
    ['military aircraft parts under the Caesar Act (unsourced)', /aircraft|الطائرات/i],
    ['an extension of the Caesar Act to 2029 (recollection)', /2029/],
    ['"Abu Haidar Mario" (low-reliability blog)', /Mario|ماريو/],
    ['partners named only by one partisan site', /Bassam al-Hassan|Fadi al-Qasr|بسام الحسن|فادي القصر/],
  ])('does not publish %s', (_what, pattern) => {
    const hits = allText.filter(({ text }) => pattern.test(text)).map((f) => f.file);
    expect(hits).toEqual([]);
  });

  // A summary is shown in lists (home page, timeline, search) without the content note that comes
  // before the page's text, so it names what happened without the details the note warns of.
  it('keeps the details a content note warns of out of the summaries shown in lists', () => {
    const graphic = /blindfold|burn|set (them )?(on )?fire|tyres|معصوب|أحرق|إحراق|حرق|إطارات/i;
    const hits = checked.events
      .filter((e) => e.data.contentNote && graphic.test(e.data.summary))
      .map((e) => `${e.lang}/${e.id}: ${e.data.summary}`);
    expect(hits).toEqual([]);
  });

  // Public Law 116-92 (the FY2020 defence act that contains the Caesar Act) was once only a
  // recollection; it may now appear, but only on a page that cites govinfo's record of that law.
  it('names Public Law 116-92 only on pages that cite its record (govinfo-pl116-92)', () => {
    const hits = [...raw.events, ...raw.pages, ...raw.classroom]
      .filter((f) => /116-92/.test(`${JSON.stringify(f.data)}\n${f.body}`))
      .filter((f) => !((f.data as { sources?: string[] }).sources ?? []).includes('govinfo-pl116-92'))
      .map((f) => f.file);
    expect(hits).toEqual([]);
  });
});

const ARTICLES = resolve('..', 'shared', 'source-articles');

describe.skipIf(!existsSync(ARTICLES))('originality against the source articles in ../shared', () => {
  const articles = existsSync(ARTICLES)
    ? readdirSync(ARTICLES).map((name) => readFileSync(join(ARTICLES, name), 'utf8'))
    : [];

  it.each(raw.events.filter((f) => f.lang === 'ar').map((f) => [f.file, f.body]))(
    '%s copies no run of 7 words',
    (_file, body) => {
      const copied = articles.flatMap((article) => sharedPhrases(body, article));
      expect(copied).toEqual([]);
    },
  );

  it.each(raw.classroom.map((f) => [f.file, `${JSON.stringify(f.data)}\n${f.body}`]))(
    '%s copies no run of 7 words',
    (_file, text) => {
      const copied = articles.flatMap((article) => sharedPhrases(text, article));
      expect(copied).toEqual([]);
    },
  );
});
