// The built citations and classroom pages: every event page has its "Cite this page" section
// and its three files, which real parsers read back; the sources page's bibliography files
// parse too; the classroom pages exist in both languages and are linked.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { assertBuilt, distPages, resolveInDist } from '../helpers/dist.ts';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { STORY_CHAPTERS } from '../../src/lib/taxonomy.ts';

const checked = checkContent(readContent(process.cwd()));
const SITE = 'https://example.org';
let pages: ReturnType<typeof distPages>;
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

const read = (url: string) => {
  const file = resolveInDist(url);
  expect(file, url).not.toBeNull();
  return readFileSync(file!, 'utf8');
};
const bibtexEntries = (text: string, url: string) => {
  const lib = parseBibtex(text, { english: false, sentenceCase: false });
  expect(lib.errors, url).toEqual([]);
  return lib.entries;
};

describe('cite this page', () => {
  it.each(checked.events.map((e) => [e.lang, e.id, e.data.title, e.data.updated] as const))(
    '/%s/events/%s/ has the section and three files that parse',
    (lang, id, title, updated) => {
      const base = `/${lang}/events/${id}/`;
      const page = pages.find((p) => p.url === base)!;
      const section = page.doc.querySelector('section.cite-page')!;
      expect(section, base).toBeTruthy();
      const permalink = `${SITE}${base}`;
      const citations = section.querySelectorAll('.citation');
      expect(citations.map((c) => c.getAttribute('data-style'))).toEqual(['apa', 'mla', 'chicago']);
      for (const c of citations) expect(c.textContent).toContain(permalink);
      const links = section.querySelectorAll('.cite-files a').map((a) => a.getAttribute('href'));
      expect(links).toEqual([`${base}cite.bib`, `${base}cite.ris`, `${base}cite.json`]);
      expect(
        page.doc.querySelector(`.updated time[datetime="${updated}"]`),
        `${base} shows "Last updated"`,
      ).toBeTruthy();

      const [bib] = bibtexEntries(read(`${base}cite.bib`), base);
      expect(bib!.fields).toMatchObject({ title, url: permalink, date: updated });
      const [ris] = parseRis(read(`${base}cite.ris`));
      expect(ris).toMatchObject({ title, URL: permalink });
      const [csl] = JSON.parse(read(`${base}cite.json`));
      expect(csl).toMatchObject({
        id: expect.any(String),
        type: 'webpage',
        title,
        URL: permalink,
        issued: { 'date-parts': [updated.split('-').map(Number)] },
      });
    },
  );
});

describe('the bibliography files', () => {
  it.each(LANGS)('/%s/sources/ links three files, each with every source', (lang) => {
    const sources = checked.sources;
    const page = pages.find((p) => p.url === `/${lang}/sources/`)!;
    const hrefs = page.doc.querySelectorAll('.bib-files a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['bib', 'ris', 'json'].map((f) => `/${lang}/sources/bibliography.${f}`));
    const entries = bibtexEntries(read(hrefs[0]!), hrefs[0]!);
    expect(entries.map((e) => e.key).sort()).toEqual(sources.map((s) => s.id).sort());
    // Titles in Arabic, French and the rest come back exactly as content/sources.json has them.
    for (const e of entries) expect(e.fields.title, e.key).toBe(sources.find((s) => s.id === e.key)!.title);
    const ris = parseRis(read(hrefs[1]!));
    expect(ris).toHaveLength(sources.length);
    const csl = JSON.parse(read(hrefs[2]!)) as { id: string; type: string }[];
    expect(csl.map((i) => i.id).sort()).toEqual(sources.map((s) => s.id).sort());
    for (const item of csl) expect(['webpage', 'article']).toContain(item.type);
  });
});

describe('classroom pages', () => {
  const chapters = STORY_CHAPTERS;

  it.each(LANGS)('exist in %s for every chapter, listed on the index, with questions, glossary and sources', (lang) => {
    const index = pages.find((p) => p.url === `/${lang}/classroom/`)!;
    expect(index).toBeTruthy();
    const listed = index.doc.querySelectorAll('.classroom-list a').map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(chapters.map((c) => `/${lang}/classroom/${c}/`).sort());
    for (const chapter of chapters) {
      const page = pages.find((p) => p.url === `/${lang}/classroom/${chapter}/`)!;
      const questions = page.doc.querySelectorAll('ol.questions > li');
      expect(questions.length).toBeGreaterThanOrEqual(5);
      expect(questions.length).toBeLessThanOrEqual(8);
      expect(page.doc.querySelectorAll('dl.glossary dt').length).toBeGreaterThan(0);
      // Every footnote marker was numbered and points at an entry of the source list.
      const refs = page.doc.querySelectorAll('dl.glossary a.cite-ref');
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs)
        expect(page.doc.querySelector(ref.getAttribute('href')!), ref.getAttribute('href')!).toBeTruthy();
      expect(page.doc.querySelector('.print-head')?.textContent).toContain(`${SITE}/${lang}/classroom/${chapter}/`);
    }
  });

  it('are linked from each chapter’s lead page and from every page’s footer', () => {
    for (const e of checked.events.filter((x) => x.data.lead)) {
      const page = pages.find((p) => p.url === `/${e.lang}/events/${e.id}/`)!;
      expect(
        page.doc.querySelector(`.classroom-link a[href="/${e.lang}/classroom/${e.data.chapter}/"]`),
        e.file,
      ).toBeTruthy();
    }
    for (const page of pages.filter((p) => /^\/(ar|en)\//.test(p.url))) {
      const lang = page.url.split('/')[1];
      expect(page.doc.querySelector(`.site-footer a[href="/${lang}/classroom/"]`), page.url).toBeTruthy();
    }
  });

  it('keep the content note where the glossary speaks of violence', () => {
    for (const c of checked.classroom.filter((x) => x.data.contentNote)) {
      const page = pages.find((p) => p.url === `/${c.lang}/classroom/${c.id}/`)!;
      expect(page.doc.querySelector('.content-note')?.textContent, c.file).toContain(c.data.contentNote!);
    }
  });
});
