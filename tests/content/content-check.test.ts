// Bad content must stop the build with a message naming the file, the field and the fix.
// Each test breaks a valid fixture in one way and reads what the check says.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent, formatProblems, type ContentProblem } from '../../src/lib/content-integrity.ts';
import { citedIds } from '../../src/lib/mdx-body.ts';
import { pathToFileURL } from 'node:url';
import { removeFixture, validFixture, writeFixture, type Fixture } from '../helpers/fixture-content.ts';
import { contentCheck } from '../../integrations/content-check.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeFixture));

/** The clock of these tests: the fixture's pages were last updated on 2026-11-23. */
const NOW = new Date('2026-12-05T12:00:00Z');

function problemsOf(fixture: Fixture, tweak?: (root: string) => void): ContentProblem[] {
  const root = writeFixture(fixture);
  roots.push(root);
  tweak?.(root);
  return checkContent(readContent(root), { now: NOW }).problems;
}

function en(fixture: Fixture) {
  return fixture.events.find((e) => e.lang === 'en')!;
}

const EN_FILE = 'content/events/en/tadamon-massacre.mdx';

describe('checkContent', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(validFixture())).toEqual([]);
  });

  it('rejects an event with no source', () => {
    const f = validFixture();
    en(f).data.sources = [];
    en(f).data.claims = [];
    en(f).body = 'Text.\n';
    const problems = problemsOf(f);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: EN_FILE,
        field: 'sources',
        message: expect.stringMatching(/at least one source.*Fix:/),
      }),
    );
  });

  it('rejects an unknown place id', () => {
    const f = validFixture();
    f.events.forEach((e) => (e.data.places = ['atlantis']));
    const problems = problemsOf(f);
    expect(problems).toContainEqual({
      file: EN_FILE,
      field: 'places[0]',
      message: expect.stringMatching(/unknown place id "atlantis"\. Fix: add it to content\/places\.json/),
    });
  });

  it('rejects an unknown source id, in the front matter, a claim and a footnote', () => {
    const f = validFixture();
    en(f).data.sources = ['g1', 'nowhere'];
    en(f).body = 'Text.<Cite id="g1" /> More.<Cite id="nowhere" />\n';
    const problems = problemsOf(f);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: EN_FILE,
        field: 'sources[1]',
        message: expect.stringContaining('unknown source id "nowhere"'),
      }),
    );
  });

  it('rejects a footnote whose source is missing from the front matter', () => {
    const f = validFixture();
    en(f).body = 'Text.<Cite id="g1" /><Cite id="g2" />\n';
    const problems = problemsOf(f);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: EN_FILE,
        field: 'body',
        line: expect.any(Number),
        message: expect.stringContaining('Fix: add "g2" to sources'),
      }),
    );
  });

  it('rejects a listed source that the text never cites', () => {
    const f = validFixture();
    f.sources.push({ ...f.sources[0]!, id: 'g2' });
    f.events.forEach((e) => (e.data.sources = ['g1', 'g2']));
    const problems = problemsOf(f);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: EN_FILE, field: 'sources[1]', message: expect.stringContaining('never cited') }),
    );
  });

  it.each([
    ['2013-02-30', 'this calendar date does not exist'],
    ['16 April 2013', 'write a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2013/04/16', 'write a date as YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('rejects the date %j', (start, message) => {
    const f = validFixture();
    en(f).data.date = { start };
    const problems = problemsOf(f);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: EN_FILE, field: 'date.start', message: expect.stringContaining(message) }),
    );
  });

  it('rejects a range that ends before it starts', () => {
    const f = validFixture();
    f.events.forEach((e) => (e.data.date = { start: '2013-08', end: '2011-03' }));
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({
        file: EN_FILE,
        field: 'date.end',
        message: expect.stringContaining('end must not come before start'),
      }),
    );
  });

  it('rejects an event whose language twin is missing', () => {
    const f = validFixture();
    f.events = f.events.filter((e) => e.lang === 'ar');
    const problems = problemsOf(f);
    expect(problems).toEqual([
      {
        file: 'content/events/ar/tadamon-massacre.mdx',
        field: '',
        message:
          'has no English twin. Fix: add content/events/en/tadamon-massacre.mdx (same id "tadamon-massacre", written in that language).',
      },
    ]);
  });

  it('rejects twins that disagree on a date or a figure', () => {
    const f = validFixture();
    en(f).data.date = { start: '2013-04-17' };
    (en(f).data.claims as { value: number }[])[0]!.value = 31;
    const fields = problemsOf(f).map((p) => `${p.file} ${p.field}`);
    expect(fields).toContain(`${EN_FILE} date`);
    expect(fields).toContain(`${EN_FILE} claims`);
  });

  it.each([
    ['lat', 123.4, 'lat'],
    ['lng', -200, 'lng'],
  ])('rejects coordinates out of range (%s)', (key, value, field) => {
    const f = validFixture();
    f.places[0]![key] = value;
    const problems = problemsOf(f);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/places.json',
        field: `[0] "tadamon".${field}`,
        message: expect.stringMatching(/Fix: .*degrees/),
      }),
    );
  });

  it('rejects a place whose latitude and longitude are swapped', () => {
    const f = validFixture();
    Object.assign(f.places[0]!, { lat: 36.3094, lng: 33.4778 });
    expect(problemsOf(f)).toEqual([
      {
        file: 'content/places.json',
        field: '[0] "tadamon".lat',
        message: expect.stringMatching(
          /^\(lat 36\.3094, lng 33\.4778\) is outside Syria, but \(lat 33\.4778, lng 36\.3094\) is inside it: lat and lng look swapped\. Fix: swap them/,
        ),
      },
    ]);
  });

  it('rejects a place outside the regions where the story happens', () => {
    const f = validFixture();
    Object.assign(f.places[0]!, { lat: -33.87, lng: 151.21 });
    expect(problemsOf(f)).toContainEqual({
      file: 'content/places.json',
      field: '[0] "tadamon".lat',
      message: expect.stringMatching(
        /outside every region of this story \(Syria and its neighbours.*\)\. Fix: check the coordinates against the source/,
      ),
    });
  });

  it('rejects a precision radius that covers a region rather than a place', () => {
    const f = validFixture();
    f.places[0]!.precision = 250_000;
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({
        file: 'content/places.json',
        field: '[0] "tadamon".precision',
        message: expect.stringContaining('Fix:'),
      }),
    );
  });

  it('rejects a place whose source is not in the bibliography', () => {
    const f = validFixture();
    f.places[0]!.source = 'nowhere';
    expect(problemsOf(f)).toContainEqual({
      file: 'content/places.json',
      field: 'tadamon.source',
      message: expect.stringContaining('unknown source id "nowhere". Fix: add an entry'),
    });
  });

  it('rejects a place without a source', () => {
    const f = validFixture();
    delete f.places[0]!.source;
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({
        file: 'content/places.json',
        field: '[0] "tadamon".source',
        message: expect.stringContaining('Fix: name a source id'),
      }),
    );
  });

  it('rejects a page about violence without a content note', () => {
    const f = validFixture();
    f.events.forEach((e) => delete e.data.contentNote);
    expect(problemsOf(f)).toContainEqual(expect.objectContaining({ file: EN_FILE, field: 'contentNote' }));
  });

  it('rejects unknown fields, so a typo is not silently ignored', () => {
    const f = validFixture();
    en(f).data.soruces = ['g1'];
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({ file: EN_FILE, message: expect.stringContaining('soruces') }),
    );
  });

  it('rejects front matter that is not YAML', () => {
    const problems = problemsOf(validFixture(), (root) =>
      writeFileSync(join(root, EN_FILE), '---\ntitle: [unclosed\n---\nText.\n'),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: EN_FILE, field: '', message: expect.stringContaining('not valid YAML') }),
    );
  });

  it('rejects a sources file that is not JSON', () => {
    const problems = problemsOf(validFixture(), (root) =>
      writeFileSync(join(root, 'content/sources.json'), '[{"id": "g1",]'),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/sources.json', message: expect.stringContaining('not valid JSON') }),
    );
  });

  it('rejects a missing About page in one language', () => {
    const f = validFixture();
    f.pages = f.pages.filter((p) => p.lang !== 'ar');
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({ file: 'content/pages/ar/about.mdx', message: expect.stringContaining('missing') }),
    );
  });

  it('rejects a related event that does not exist', () => {
    const f = validFixture();
    f.events.forEach((e) => (e.data.related = ['no-such-event']));
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({
        file: EN_FILE,
        field: 'related[0]',
        message: expect.stringContaining('unknown event id'),
      }),
    );
  });

  it('rejects two lead pages for one chapter', () => {
    const f = validFixture();
    f.events.push(...f.events.map((e) => ({ ...e, id: 'second-lead' })));
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({ field: 'lead', message: expect.stringContaining('already has a lead page') }),
    );
  });
});

describe('citedIds', () => {
  it('lists footnotes in the order they appear', () => {
    expect(citedIds('a<Cite id="g1" /> b<Cite id=\'nl1\'/> c<Cite id="g1" />')).toEqual(['g1', 'nl1', 'g1']);
  });
});

/** The 1-based line of the first occurrence of `needle` in a fixture file. */
function lineOf(root: string, file: string, needle: string): number {
  const text = readFileSync(join(root, file), 'utf8');
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" is not in ${file}`);
  return text.slice(0, at).split('\n').length;
}

interface Hostile {
  /** What the contributor wrote. */
  name: string;
  /** Breaks the valid fixture in memory… */
  fixture?: (f: Fixture) => void;
  /** …or rewrites a file once it is written. */
  files?: (root: string) => void;
  file: string;
  field: string;
  /** Text on the line the problem must name, for problems that have a line. */
  lineOf?: string;
  message: RegExp;
}

const enBody = (body: string) => (f: Fixture) => void (en(f).body = `Text.<Cite id="g1" />\n\n${body}\n`);
const rawEnFile = (text: string) => (root: string) => writeFileSync(join(root, EN_FILE), text);
const CITE_FIX = /Fix: write the footnote as <Cite id="source-id" \/>/;

// Every one of these passed the check once, or reached a reader's browser; each must now stop
// the check, naming the file and the field or line.
const HOSTILE: Hostile[] = [
  {
    name: 'a <Cite> whose id is an expression carrying markup',
    fixture: enBody(`Fact.<Cite id={'"><img src=x onerror=alert(1)>'} />`),
    file: EN_FILE,
    field: 'body',
    lineOf: '<Cite id={',
    message: new RegExp(`id=\\{…\\}, an expression the check cannot read\\. ${CITE_FIX.source}`),
  },
  {
    name: 'a <Cite> with an extra attribute',
    fixture: enBody('Fact.<Cite id="g1" extra="1"/>'),
    file: EN_FILE,
    field: 'body',
    lineOf: 'extra="1"',
    message: new RegExp(`<Cite> does not take "extra" \\(only id\\)\\. ${CITE_FIX.source}`),
  },
  {
    name: 'a <Cite> without an id',
    fixture: enBody('Fact.<Cite />'),
    file: EN_FILE,
    field: 'body',
    lineOf: 'Fact.<Cite />',
    message: new RegExp(`<Cite> has no id\\. ${CITE_FIX.source}`),
  },
  {
    name: 'a <Cite> whose id is not an id',
    fixture: enBody('Fact.<Cite id="G 1" />'),
    file: EN_FILE,
    field: 'body',
    lineOf: 'G 1',
    message: /id="G 1", which is not an id/,
  },
  {
    name: 'a <script> element',
    fixture: enBody('<script>alert(1)</script>'),
    file: EN_FILE,
    field: 'body',
    lineOf: '<script>',
    message: /<script> would run in the reader's browser.*Fix: remove it/,
  },
  {
    name: 'raw HTML with an onerror attribute',
    fixture: enBody('<img src="x" onerror="alert(1)" />'),
    file: EN_FILE,
    field: 'body',
    lineOf: '<img',
    message: /<img> has onerror=…: an event handler would run script.*Fix: remove it/,
  },
  {
    name: 'an element that is not allowed in an event',
    fixture: enBody('<iframe src="https://example.org/"></iframe>'),
    file: EN_FILE,
    field: 'body',
    lineOf: '<iframe',
    message: /<iframe> is not allowed in this body \(allowed: <Cite>\)/,
  },
  {
    name: 'an MDX export',
    fixture: enBody('export const x = globalThis.alert(1);'),
    file: EN_FILE,
    field: 'body',
    lineOf: 'export const',
    message: /import and export lines are code/,
  },
  {
    name: 'an MDX import',
    fixture: enBody("import Evil from './evil.astro';"),
    file: EN_FILE,
    field: 'body',
    lineOf: 'import Evil',
    message: /import and export lines are code/,
  },
  {
    name: 'a {…} expression',
    fixture: enBody('Fact {alert(1)} here.'),
    file: EN_FILE,
    field: 'body',
    lineOf: '{alert(1)}',
    message: /\{…\} is code that the build would run/,
  },
  {
    name: 'a javascript: Markdown link',
    fixture: enBody('[read more](javascript:alert(document.domain))'),
    file: EN_FILE,
    field: 'body',
    lineOf: '[read more]',
    message: /the link to "javascript:alert\(document\.domain\)" is refused.*Fix: correct the address/,
  },
  {
    name: 'an image from another site',
    fixture: enBody('![x](https://example.org/x.png)'),
    file: EN_FILE,
    field: 'body',
    lineOf: '![x]',
    message: /images are not part of the text/,
  },
  {
    name: 'broken MDX (a tag never closed)',
    fixture: enBody('Fact.\n\n<Cite id="g1"\n\nMore.'),
    file: EN_FILE,
    field: 'body',
    lineOf: '<Cite id="g1"\n',
    message: /the MDX does not compile: .*Fix: close every tag/,
  },
  {
    name: 'broken MDX (an export that is not JavaScript)',
    fixture: enBody('export const = 1'),
    file: EN_FILE,
    field: 'body',
    lineOf: 'export const = 1',
    message: /the MDX does not compile: .*Fix:/,
  },
  {
    name: 'a hostile <Cite> in a glossary definition',
    fixture: (f) =>
      f.classroom.forEach(
        (c) =>
          ((c.data.glossary as { definition: string }[])[0]!.definition =
            `Fact.<Cite id="g1" /> More.<Cite id={'"><img src=x onerror=alert(1)>'} />`),
      ),
    file: 'content/classroom/en/tadamon.mdx',
    field: 'glossary[0].definition',
    message: /an expression the check cannot read/,
  },
  {
    name: 'a javascript: source url',
    fixture: (f) => void (f.sources[0]!.url = 'javascript:alert(document.domain)'),
    file: 'content/sources.json',
    field: '[0] "g1".url',
    message: /use a full https:\/\/ \(or http:\/\/\) address; no other scheme is allowed/,
  },
  {
    name: 'a data: archived copy',
    fixture: (f) => void (f.sources[0]!.archived = 'data:text/html,<script>alert(1)</script>'),
    file: 'content/sources.json',
    field: '[0] "g1".archived',
    message: /no other scheme is allowed/,
  },
  {
    name: 'an unquoted YAML date',
    files: (root) =>
      writeFileSync(
        join(root, EN_FILE),
        readFileSync(join(root, EN_FILE), 'utf8').replace('start: "2013-04-16"', 'start: 2011-02-03'),
      ),
    file: EN_FILE,
    field: 'date.start',
    message: /2011-02-03 is unquoted, so YAML reads it as a date.*Fix: quote the date: start: "2011-02-03"\./,
  },
  {
    name: 'the year 0000',
    fixture: (f) => f.events.forEach((e) => (e.data.date = { start: '0000-04-16' })),
    file: EN_FILE,
    field: 'date.start',
    message: /a year before 1900 is not plausible here/,
  },
  {
    name: 'updated in the future',
    fixture: (f) => f.events.forEach((e) => (e.data.updated = '2027-01-01')),
    file: EN_FILE,
    field: 'updated',
    message: /"2027-01-01" is in the future \(today is 2026-12-06 at the latest\)\. Fix:/,
  },
  {
    name: 'revealed before it happened',
    fixture: (f) => f.events.forEach((e) => (e.data.revealed = { start: '2012' })),
    file: EN_FILE,
    field: 'revealed.start',
    message: /revealed must not come before date/,
  },
  {
    name: 'a place in the sea',
    fixture: (f) => Object.assign(f.places[0]!, { lat: 35.5, lng: 35.0 }),
    file: 'content/places.json',
    field: '[0] "tadamon".lat',
    message: /\(lat 35\.5, lng 35\) lies in the sea, \d+ km from the nearest coast\. Fix: check the coordinates/,
  },
  {
    name: 'broken front matter',
    files: rawEnFile('---\ntitle: "The Tadamon massacre"\nsummary: [unclosed\nkind: violation\n---\n\nText.\n'),
    file: EN_FILE,
    field: '',
    lineOf: 'kind: violation',
    message: /the front matter is not valid YAML: .*Fix: correct that line/,
  },
];

describe('hostile content', () => {
  it.each(HOSTILE.map((h) => [h.name, h] as const))('stops %s, naming the file and the field', (_name, h) => {
    const f = validFixture();
    h.fixture?.(f);
    const root = writeFixture(f);
    roots.push(root);
    h.files?.(root);
    const { problems } = checkContent(readContent(root), { now: NOW });
    const expected = {
      file: h.file,
      field: h.field,
      message: expect.stringMatching(h.message),
      ...(h.lineOf ? { line: lineOf(root, h.file, h.lineOf) } : {}),
    };
    expect(problems).toContainEqual(h.lineOf ? expected : expect.objectContaining(expected));
  });

  it('reports broken front matter once, without a false missing twin', () => {
    const problems = problemsOf(validFixture(), rawEnFile('---\ntitle: [unclosed\n---\nText.\n'));
    expect(problems).toHaveLength(1);
    // js-yaml notices the unclosed bracket where the front matter ends, on line 3.
    expect(formatProblems(problems)).toMatch(
      /^content\/events\/en\/tadamon-massacre\.mdx:3: the front matter is not valid YAML: .*Fix:/,
    );
  });

  it('reports a sources.json that is not JSON in one message, with its line, not once per citation', () => {
    const problems = problemsOf(validFixture(), (root) =>
      writeFileSync(join(root, 'content/sources.json'), '[\n  {\n    "id": "g1",\n  }\n]\n'),
    );
    expect(problems).toEqual([
      {
        file: 'content/sources.json',
        field: '',
        line: 4,
        message: expect.stringMatching(/^not valid JSON at line 4 \(.*\)\. Fix: correct the syntax there/),
      },
    ]);
  });

  it('sums up a sources.json whose every entry is wrong', () => {
    const f = validFixture();
    f.sources = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, title: 'T' }));
    const inSources = problemsOf(f).filter((p) => p.file === 'content/sources.json');
    expect(inSources).toHaveLength(6);
    expect(inSources.at(-1)!.message).toMatch(/^…and \d+ more problems in this file\. Fix the ones above first/);
  });

  it('passes a place on the coast whose precision reaches the shore', () => {
    const f = validFixture();
    // Istanbul's old city, on the Golden Horn: the 1:50m coastline puts the point offshore.
    f.places.push({ ...f.places[0]!, id: 'istanbul', lat: 41.01, lng: 28.98, precision: 10_000 });
    expect(problemsOf(f).filter((p) => p.file === 'content/places.json')).toEqual([]);
  });
});

describe('scripts/check-content.ts', () => {
  it('stops with exit code 1 and names the file, the field and the fix', () => {
    const f = validFixture();
    en(f).data.places = ['atlantis'];
    const root = writeFixture(f);
    roots.push(root);
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${EN_FILE} › places[0]: unknown place id "atlantis". Fix:`);
  });

  it('passes on valid content', () => {
    const root = writeFixture(validFixture());
    roots.push(root);
    const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('the build (contentCheck integration)', () => {
  // Astro runs this hook before it renders anything, in `astro build` and `astro dev` alike.
  const setup = (root: string, info: (msg: string) => void = () => {}) =>
    (contentCheck().hooks['astro:config:setup'] as (options: unknown) => void)({
      config: { root: pathToFileURL(`${root}/`) },
      logger: { info },
    });

  it('stops with every problem, each naming the file, the field and the fix', () => {
    const f = validFixture();
    en(f).data.date = { start: '2013-13-01' };
    f.events = f.events.filter((e) => e.lang === 'en');
    const root = writeFixture(f);
    roots.push(root);
    expect(() => setup(root)).toThrow(
      /Content check failed: 2 problems\.\ncontent\/events\/en\/tadamon-massacre\.mdx › date\.start: .*Fix:.*\ncontent\/events\/en\/tadamon-massacre\.mdx: has no Arabic twin\. Fix: add content\/events\/ar\/tadamon-massacre\.mdx/,
    );
  });

  it('lets valid content through and says so', () => {
    const root = writeFixture(validFixture());
    roots.push(root);
    const messages: string[] = [];
    setup(root, (msg) => messages.push(msg));
    expect(messages).toEqual(['2 event files, 1 places, 1 sources: content check passed.']);
  });
});
