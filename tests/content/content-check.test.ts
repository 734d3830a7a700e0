// Bad content must stop the build with a message naming the file, the field and the fix.
// Each test breaks a valid fixture in one way and reads what the check says.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent, citedIds, type ContentProblem } from '../../src/lib/content-integrity.ts';
import { pathToFileURL } from 'node:url';
import { removeFixture, validFixture, writeFixture, type Fixture } from '../helpers/fixture-content.ts';
import { contentCheck } from '../../integrations/content-check.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeFixture));

function problemsOf(fixture: Fixture, tweak?: (root: string) => void): ContentProblem[] {
  const root = writeFixture(fixture);
  roots.push(root);
  tweak?.(root);
  return checkContent(readContent(root)).problems;
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
