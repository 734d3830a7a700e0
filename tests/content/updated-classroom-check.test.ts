// The "last updated" date of events and the classroom pages: bad values stop the build with a
// message naming the file, the field and the fix.
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent, type ContentProblem } from '../../src/lib/content-integrity.ts';
import { removeFixture, validFixture, writeFixture, type Fixture } from '../helpers/fixture-content.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeFixture));

function problemsOf(fixture: Fixture): ContentProblem[] {
  const root = writeFixture(fixture);
  roots.push(root);
  return checkContent(readContent(root)).problems;
}

const EN_EVENT = 'content/events/en/tadamon-massacre.mdx';
const EN_CLASS = 'content/classroom/en/tadamon.mdx';
const enEvent = (f: Fixture) => f.events.find((e) => e.lang === 'en')!;
const enClass = (f: Fixture) => f.classroom.find((e) => e.lang === 'en')!;

describe('updated (events)', () => {
  it('is required, as a full day', () => {
    const f = validFixture();
    delete enEvent(f).data.updated;
    expect(problemsOf(f)).toContainEqual({
      file: EN_EVENT,
      field: 'updated',
      message: expect.stringMatching(/Fix: the day the text last changed.*YYYY-MM-DD/),
    });
    enEvent(f).data.updated = '2026-11';
    expect(problemsOf(f)).toContainEqual({
      file: EN_EVENT,
      field: 'updated',
      message: expect.stringMatching(/write the full day as YYYY-MM-DD.*Fix:/),
    });
  });

  it('rejects a day that does not exist', () => {
    const f = validFixture();
    f.events.forEach((e) => (e.data.updated = '2026-02-30'));
    expect(problemsOf(f)).toContainEqual({
      file: EN_EVENT,
      field: 'updated',
      message: expect.stringMatching(/does not exist.*Fix:/),
    });
  });

  it('must not come before the latest correction', () => {
    const f = validFixture();
    f.events.forEach((e) => (e.data.corrections = [{ date: '2026-12-01', note: 'Fixed a day.' }]));
    const problems = problemsOf(f);
    expect(problems).toContainEqual({
      file: EN_EVENT,
      field: 'updated',
      message: expect.stringMatching(/before the latest correction \(2026-12-01\)\. Fix: .*at least "2026-12-01"/),
    });
    f.events.forEach((e) => (e.data.updated = '2026-12-01'));
    expect(problemsOf(f)).toEqual([]);
  });

  it('must be the same in both languages', () => {
    const f = validFixture();
    enEvent(f).data.updated = '2026-11-24';
    expect(problemsOf(f)).toContainEqual({
      file: expect.stringMatching(/content\/events\/(ar|en)\/tadamon-massacre\.mdx/),
      field: 'updated',
      message: expect.stringMatching(/differs from .*Fix: make updated the same in both languages/),
    });
  });
});

describe('classroom pages', () => {
  it('accept the valid fixture', () => {
    expect(problemsOf(validFixture())).toEqual([]);
  });

  it('are required for every chapter with a lead page', () => {
    const f = validFixture();
    f.classroom = [];
    const problems = problemsOf(f);
    expect(problems).toContainEqual({
      file: EN_CLASS,
      field: '',
      message: expect.stringMatching(/missing: chapter "tadamon" has a lead page.*Fix: create it/),
    });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/classroom/ar/tadamon.mdx' }));
  });

  it('need a twin in the other language', () => {
    const f = validFixture();
    f.classroom = f.classroom.filter((c) => c.lang === 'en');
    expect(problemsOf(f)).toContainEqual({
      file: EN_CLASS,
      field: '',
      message: expect.stringMatching(/has no Arabic twin\. Fix: add content\/classroom\/ar\/tadamon\.mdx/),
    });
  });

  it('hold 5 to 8 questions', () => {
    const f = validFixture();
    enClass(f).data.questions = ['Only one?'];
    expect(problemsOf(f)).toContainEqual({
      file: EN_CLASS,
      field: 'questions',
      message: expect.stringMatching(/at least 5 questions.*Fix: write 5 to 8/),
    });
    enClass(f).data.questions = Array.from({ length: 9 }, (_, i) => `Q${i}?`);
    expect(problemsOf(f)).toContainEqual({
      file: EN_CLASS,
      field: 'questions',
      message: expect.stringMatching(/at most 8 questions/),
    });
  });

  it('cite a listed source in every definition', () => {
    const f = validFixture();
    enClass(f).data.glossary = [{ term: 'Branch 227', definition: 'A branch of Military Intelligence.' }];
    let problems = problemsOf(f);
    expect(problems).toContainEqual({
      file: EN_CLASS,
      field: 'glossary[0].definition',
      message: expect.stringMatching(/cites no source\. Fix: end each factual statement with <Cite/),
    });
    expect(problems).toContainEqual({
      file: EN_CLASS,
      field: 'sources[0]',
      message: expect.stringMatching(/"g1" is listed but never cited/),
    });
    enClass(f).data.glossary = [{ term: 'Branch 227', definition: 'A branch.<Cite id="g1" /><Cite id="ap1" />' }];
    problems = problemsOf(f);
    expect(problems).toContainEqual({
      file: EN_CLASS,
      field: 'glossary[0].definition',
      message: expect.stringMatching(
        /<Cite id="ap1" \/> cites a source missing from the front matter\. Fix: add "ap1"/,
      ),
    });
  });

  it('are named after a chapter', () => {
    const f = validFixture();
    f.classroom.forEach((c) => (c.id = 'homs'));
    expect(problemsOf(f)).toContainEqual({
      file: EN_CLASS.replace('tadamon', 'homs'),
      field: '',
      message: expect.stringMatching(/"homs" is not a chapter\. Fix: name the file after one of tadamon/),
    });
  });

  it('agree with their twin on sources, glossary length and updated', () => {
    const f = validFixture();
    enClass(f).data.updated = '2026-11-24';
    expect(problemsOf(f)).toContainEqual(
      expect.objectContaining({
        field: 'updated',
        message: expect.stringMatching(/Fix: make updated the same in both languages/),
      }),
    );
  });
});
