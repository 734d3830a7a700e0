// Citations of the site's pages and of its bibliography. The text styles are checked word for
// word in both languages; the files are read back with real parsers from npm: BibTeX with
// @retorquere/bibtex-parser (the parser of Better BibTeX for Zotero), RIS with astrocite-ris.
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { bibtexUrl, escapeBibtex, toBibtex } from '../../src/lib/cite-this-site/bibtex.ts';
import { toRis } from '../../src/lib/cite-this-site/ris.ts';
import { toCslItem, toCslJson } from '../../src/lib/cite-this-site/csl.ts';
import { citePage, segmentsText, CITATION_STYLES } from '../../src/lib/cite-this-site/styles.ts';
import { pageWork, sourceWork, splitAuthors, type CitedWork } from '../../src/lib/cite-this-site/work.ts';
import { eventPageWork } from '../../src/lib/cite-this-site/site-works.ts';
import type { Source } from '../../src/lib/content-schema.ts';
import type { Lang } from '../../src/i18n/locales.ts';

const SITE = 'https://example.org';
const en = eventPageWork({
  lang: 'en',
  id: 'tadamon-massacre',
  title: 'The Tadamon massacre',
  updated: '2026-11-23',
  site: SITE,
});
const ar = eventPageWork({
  lang: 'ar',
  id: 'tadamon-massacre',
  title: 'مجزرة التضامن',
  updated: '2026-11-23',
  site: SITE,
});

const text = (work: CitedWork, style: (typeof CITATION_STYLES)[number], lang: Lang) =>
  segmentsText(citePage(work, style, lang));

describe('page citations in English', () => {
  it('APA 7: group author, (year, month day), title, retrieval with the access date left blank', () => {
    expect(text(en, 'apa', 'en')).toBe(
      'Syria: The Evidence. (2026, November 23). The Tadamon massacre. Retrieved [access date], from https://example.org/en/events/tadamon-massacre/',
    );
  });

  it('MLA 9: quoted title, site, abbreviated month, URL, then "Accessed"', () => {
    expect(text(en, 'mla', 'en')).toBe(
      '“The Tadamon massacre.” Syria: The Evidence, 23 Nov. 2026, https://example.org/en/events/tadamon-massacre/. Accessed [access date].',
    );
  });

  it('MLA keeps short month names whole and writes September as "Sept."', () => {
    expect(text({ ...en, date: '2026-06-02' }, 'mla', 'en')).toContain(', 2 June 2026, ');
    expect(text({ ...en, date: '2026-09-02' }, 'mla', 'en')).toContain(', 2 Sept. 2026, ');
  });

  it('Chicago 17: author, quoted title, last updated, accessed, URL', () => {
    expect(text(en, 'chicago', 'en')).toBe(
      'Syria: The Evidence. “The Tadamon massacre.” Last updated 23 November 2026. Accessed [access date]. https://example.org/en/events/tadamon-massacre/.',
    );
  });

  it('marks the title in italics (APA) and the site (MLA), and the URL and the blank as their own runs', () => {
    const apa = citePage(en, 'apa', 'en');
    expect(apa.find((s) => s.kind === 'title')?.text).toBe('The Tadamon massacre');
    expect(apa.find((s) => s.kind === 'url')?.text).toBe('https://example.org/en/events/tadamon-massacre/');
    expect(apa.find((s) => s.kind === 'blank')?.text).toBe('[access date]');
    expect(citePage(en, 'mla', 'en').find((s) => s.kind === 'title')?.text).toBe('Syria: The Evidence');
  });
});

describe('page citations in Arabic', () => {
  it('APA: the site name, the Levantine month, the title in «», Arabic comma', () => {
    expect(text(ar, 'apa', 'ar')).toBe(
      'سوريا: الأدلّة. (23 تشرين الثاني 2026). «مجزرة التضامن». استُرجع في [تاريخ الاطلاع]، من https://example.org/ar/events/tadamon-massacre/',
    );
  });

  it('MLA', () => {
    expect(text(ar, 'mla', 'ar')).toBe(
      '«مجزرة التضامن». سوريا: الأدلّة، 23 تشرين الثاني 2026، https://example.org/ar/events/tadamon-massacre/. اطُّلع عليه في [تاريخ الاطلاع].',
    );
  });

  it('Chicago', () => {
    expect(text(ar, 'chicago', 'ar')).toBe(
      'سوريا: الأدلّة. «مجزرة التضامن». آخر تحديث في 23 تشرين الثاني 2026. اطُّلع عليه في [تاريخ الاطلاع]. https://example.org/ar/events/tadamon-massacre/.',
    );
  });

  it('writes Latin digits and no Latin month name', () => {
    for (const style of CITATION_STYLES) expect(text(ar, style, 'ar')).not.toMatch(/November|Nov\.|[٠-٩]/);
  });

  it('refuses a page without its date or permalink', () => {
    expect(() => citePage({ ...en, date: undefined }, 'apa', 'en')).toThrow(/needs a date and a permalink/);
  });
});

describe('escapeBibtex', () => {
  it('escapes every character TeX treats specially, in one pass', () => {
    expect(escapeBibtex('50% & $5 #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('keeps Arabic and accented text as UTF-8 and folds line breaks', () => {
    expect(escapeBibtex('مجزرة التضامن\nÜngör')).toBe('مجزرة التضامن Üngör');
  });

  it('percent-encodes only what could break a URL field', () => {
    expect(bibtexUrl('https://x.org/a b/{c}?q=50%')).toBe('https://x.org/a%20b/%7Bc%7D?q=50%');
  });
});

const tricky: Source = {
  id: 'tricky',
  publisher: { ar: 'الناشر & شركاؤه', en: 'Publisher & Sons' },
  title: 'A {braced} title with 100% of $ signs, #tags, under_scores, ~ and ^ and a \\ backslash',
  author: 'Uğur Ümit Üngör and Annsar Shahhoud',
  date: '2022-04',
  url: 'https://example.com/a_b?x=1&y=%20',
  language: 'en',
  archived: 'https://web.archive.org/web/2022/https://example.com/a_b',
  note: { ar: 'ملاحظة.', en: 'A note.' },
};
const arabicSource: Source = {
  id: 'src-ar',
  publisher: { ar: 'الحل نت', en: 'Al-Hal Net' },
  title: '[مقال عن «وثائق فكتوريا»]',
  language: 'ar',
};

describe('BibTeX, read back by @retorquere/bibtex-parser', () => {
  const library = (bib: string) => {
    const lib = parseBibtex(bib, { english: false, sentenceCase: false });
    expect(lib.errors).toEqual([]);
    return lib;
  };

  it('an event page: the permalink, the last-updated date, the note on the access date', () => {
    const bib = toBibtex([en], 'A comment line.');
    const [entry] = library(bib).entries;
    expect(entry).toMatchObject({ type: 'online', key: 'syria-evidence-en-tadamon-massacre' });
    expect(entry!.fields).toMatchObject({
      title: 'The Tadamon massacre',
      url: 'https://example.org/en/events/tadamon-massacre/',
      date: '2026-11-23',
      year: '2026',
      langid: 'english',
    });
    expect(entry!.fields.author).toEqual([{ name: 'Syria: The Evidence' }]);
    expect(entry!.fields.note).toMatch(
      /Last updated 23 November 2026\. Add the day you read the page as the access date/,
    );
  });

  it('Arabic text survives', () => {
    const [entry] = library(toBibtex([ar, sourceWork(arabicSource, 'ar')])).entries;
    expect(entry!.fields.title).toBe('مجزرة التضامن');
    expect(entry!.fields.author).toEqual([{ name: 'سوريا: الأدلّة' }]);
    expect(entry!.fields.note).toContain('23 تشرين الثاني 2026');
  });

  it('special characters come back as written, people as people, the URL verbatim', () => {
    const lib = library(toBibtex([sourceWork(tricky, 'en'), sourceWork(arabicSource, 'ar')]));
    expect(lib.entries).toHaveLength(2);
    const [entry, undated] = lib.entries;
    expect(entry!.fields.title).toBe(tricky.title);
    expect(entry!.fields.author).toEqual([
      { lastName: 'Üngör', firstName: 'Uğur Ümit' },
      { lastName: 'Shahhoud', firstName: 'Annsar' },
    ]);
    expect(entry!.fields.url).toBe(tricky.url);
    expect(entry!.fields.organization ?? entry!.fields.publisher).toBeTruthy();
    expect(entry!.fields.note).toContain(
      'A note. Archived copy: https://web.archive.org/web/2022/https://example.com/a',
    );
    expect(undated).toMatchObject({ type: 'misc', key: 'src-ar' });
    expect(undated!.fields.title).toBe('[مقال عن «وثائق فكتوريا»]');
  });
});

describe('RIS, read back by astrocite-ris', () => {
  it('an event page becomes one record with title, date, URL and note', () => {
    const [item] = parseRis(toRis([en]));
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'The Tadamon massacre',
      URL: 'https://example.org/en/events/tadamon-massacre/',
      // astrocite-ris gives the date's parts as strings
      issued: { 'date-parts': [['2026', '11', '23']] },
    });
    expect(JSON.stringify(item)).toContain('Syria: The Evidence');
    expect(item!.note).toContain('access date');
  });

  it('Arabic and special characters come back as written; authors one per line', () => {
    const items = parseRis(toRis([ar, sourceWork(tricky, 'en'), sourceWork(arabicSource, 'ar')]));
    expect(items).toHaveLength(3);
    expect(items[0]!.title).toBe('مجزرة التضامن');
    expect(items[1]!.title).toBe(tricky.title);
    expect(items[1]!.author).toHaveLength(2);
    expect(items[1]!.URL).toBe(tricky.url);
    expect(items[2]!.title).toBe('[مقال عن «وثائق فكتوريا»]');
  });

  it('ends lines with CR LF and closes every record', () => {
    const ris = toRis([en, ar]);
    expect(ris.split('\r\n').filter((l) => l === 'ER  - ')).toHaveLength(2);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
});

// The CSL-JSON schema (citation-style-language/schema, csl-data.json) requires id and type on
// every item, with type from its list; the types themselves are checked at compile time.
const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'post',
  'post-weblog',
  'report',
  'webpage',
];

describe('CSL-JSON', () => {
  it('is an array of items with the schema’s required fields', () => {
    const items = JSON.parse(toCslJson([en, ar, sourceWork(tricky, 'en'), sourceWork(arabicSource, 'ar')])) as Record<
      string,
      unknown
    >[];
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(typeof item.id).toBe('string');
      expect(CSL_TYPES).toContain(item.type);
    }
  });

  it('gives the permalink, the last-updated date as issued, and leaves accessed to the reader', () => {
    const item = toCslItem(en);
    expect(item).toMatchObject({
      type: 'webpage',
      URL: 'https://example.org/en/events/tadamon-massacre/',
      issued: { 'date-parts': [[2026, 11, 23]] },
      language: 'en',
    });
    expect(item).not.toHaveProperty('accessed');
    expect(item.note).toMatch(/access date/);
    expect(toCslItem(sourceWork(arabicSource, 'ar'))).toMatchObject({
      type: 'article',
      title: '[مقال عن «وثائق فكتوريا»]',
    });
    expect(toCslItem(sourceWork(tricky, 'en')).issued).toEqual({ 'date-parts': [[2022, 4]] });
  });
});

describe('works', () => {
  it('splits authors written as "A, B and C"', () => {
    expect(splitAuthors('Desmond de Silva, Geoffrey Nice, David M. Crane')).toEqual([
      'Desmond de Silva',
      'Geoffrey Nice',
      'David M. Crane',
    ]);
    expect(splitAuthors(undefined)).toEqual([]);
  });

  it('builds the permalink from the site address it is given', () => {
    expect(
      eventPageWork({ lang: 'ar', id: 'x', title: 'T', updated: '2026-01-02', site: 'https://syria.example/' }).url,
    ).toBe('https://syria.example/ar/events/x/');
    expect(
      pageWork({ lang: 'en', id: 'x', title: 'T', siteName: 'S', updated: '2026-01-02', permalink: 'p' }).key,
    ).toBe('syria-evidence-en-x');
  });
});

describe('a source address that is not https: or http:', () => {
  // The schema refuses these; the writers refuse them again, so one missed check cannot put a
  // script address into a reader's reference manager.
  const hostile = {
    ...tricky,
    url: 'javascript:alert(document.domain)',
    archived: 'data:text/html,<script>x</script>',
  };
  const direct: CitedWork = { ...sourceWork(tricky, 'en'), url: hostile.url, archived: hostile.archived };

  it.each([
    ['sourceWork', () => JSON.stringify(sourceWork(hostile, 'en'))],
    ['BibTeX', () => toBibtex([direct])],
    ['RIS', () => toRis([direct])],
    ['CSL-JSON', () => toCslJson([direct])],
  ])('%s leaves it out', (_name, write) => {
    const out = write();
    expect(out).not.toMatch(/javascript:|data:text/);
    expect(out).toContain('tricky');
  });

  it('is not a permalink a page citation accepts', () => {
    expect(() => citePage({ ...en, url: 'javascript:alert(1)' }, 'apa', 'en')).toThrow('permalink');
  });
});
