// Builds small content folders in a temporary directory: a valid one, which each test then
// breaks in one way, so every failure the content check reports is tested on its own.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { LANGS } from '../../src/i18n/locales.ts';

export interface FixtureEvent {
  lang: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export interface Fixture {
  events: FixtureEvent[];
  places: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  pages: FixtureEvent[];
  classroom: FixtureEvent[];
}

export function validFixture(): Fixture {
  const event = (lang: string, title: string, body: string): FixtureEvent => ({
    lang,
    id: 'tadamon-massacre',
    data: {
      title,
      summary: lang === 'ar' ? 'خلاصة.' : 'Summary.',
      date: { start: '2013-04-16' },
      revealed: { start: '2022-04-27' },
      kind: 'violation',
      chapter: 'tadamon',
      lead: true,
      places: ['tadamon'],
      sources: ['g1'],
      claims: [
        {
          topic: 'killed',
          label: lang === 'ar' ? 'القتلى' : 'Killed',
          value: 41,
          qualifier: 'at-least',
          scope: '…',
          source: 'g1',
          status: 'confirmed',
        },
      ],
      contentNote: lang === 'ar' ? 'تنبيه.' : 'Note.',
      related: [],
      updated: '2026-11-23',
    },
    body,
  });
  return {
    events: [
      event('ar', 'مجزرة التضامن', 'نص.<Cite id="g1" />\n'),
      event('en', 'The Tadamon massacre', 'Text.<Cite id="g1" />\n'),
    ],
    places: [
      {
        id: 'tadamon',
        name: { ar: 'التضامن', en: 'Tadamon' },
        lat: 33.4778,
        lng: 36.3094,
        precision: 1000,
        basis: 'sourced',
        source: 'g1',
      },
    ],
    sources: [
      {
        id: 'g1',
        publisher: { ar: 'الغارديان', en: 'The Guardian' },
        title: 'Massacre in Tadamon',
        date: '2022-04-27',
        url: 'https://www.theguardian.com/x',
        language: 'en',
      },
    ],
    pages: LANGS.map((lang) => ({
      lang,
      id: 'about',
      data: { title: 'About', summary: 'About.', updated: '2026-11-23' },
      body: 'Text.\n',
    })),
    classroom: LANGS.map((lang) => ({
      lang,
      id: 'tadamon',
      data: {
        title: 'Tadamon',
        summary: 'Questions.',
        questions: ['One?', 'Two?', 'Three?', 'Four?', 'Five?'],
        glossary: [{ term: 'Branch 227', definition: 'A branch of Military Intelligence.<Cite id="g1" />' }],
        sources: ['g1'],
        updated: '2026-11-23',
      },
      body: '',
    })),
  };
}

/**
 * Front matter as contributors write it: every string quoted, so a date stays text. (Astro reads
 * front matter with js-yaml, for which an unquoted 2013-04-16 is a Date.)
 */
export function frontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n`;
}

/** Writes the fixture under a new temporary project root and returns that root. */
export function writeFixture(fixture: Fixture): string {
  const root = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const e of fixture.events) write(`content/events/${e.lang}/${e.id}.mdx`, `${frontMatter(e.data)}\n${e.body}`);
  for (const c of fixture.classroom)
    write(`content/classroom/${c.lang}/${c.id}.mdx`, `${frontMatter(c.data)}\n${c.body}`);
  for (const p of fixture.pages) write(`content/pages/${p.lang}/${p.id}.mdx`, `${frontMatter(p.data)}\n${p.body}`);
  write('content/places.json', JSON.stringify(fixture.places, null, 2));
  write('content/sources.json', JSON.stringify(fixture.sources, null, 2));
  return root;
}

export function removeFixture(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
