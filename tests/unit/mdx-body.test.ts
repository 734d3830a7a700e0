import { describe, expect, it } from 'vitest';
import { citedIds, readMdxBody } from '../../src/lib/mdx-body.ts';

const messages = (source: string, kind: 'event' | 'page' = 'event') =>
  readMdxBody(source, kind).problems.map((p) => `${p.line}: ${p.message}`);

describe('readMdxBody', () => {
  it('reads the footnotes of a body, with their lines', () => {
    const reading = readMdxBody('One.<Cite id="g1" />\n\nTwo.<Cite id="nl-1"/> Three.<Cite id="g1" />\n', 'event');
    expect(reading.problems).toEqual([]);
    expect(reading.cites.map((c) => `${c.line} ${c.id}`)).toEqual(['1 g1', '3 nl-1', '3 g1']);
  });

  it('allows Markdown, https links and links to a section of the page', () => {
    expect(messages('## Heading\n\n- *a* **b** [c](https://example.org/c) [d](#standings)\n')).toEqual([]);
  });

  it('allows the About page its list of standings and headings with an id, and only there', () => {
    const about =
      '<h2 id="standings">How sure</h2>\n\n<StandingList />\n\nSee <CorrectionsLink>the log</CorrectionsLink>.\n';
    expect(messages(about, 'page')).toEqual([]);
    expect(messages(about, 'event')).toEqual([
      expect.stringMatching(/^1: <h2> is not allowed in this body \(allowed: <Cite>\)/),
      expect.stringMatching(/^3: <StandingList> is not allowed/),
      expect.stringMatching(/^5: <CorrectionsLink> is not allowed/),
    ]);
  });

  it.each([
    ['<h2 id={x}>T</h2>', /<h2> has id=\{…\}/],
    ['<h2 id="Not an id">T</h2>', /<h2> has id="Not an id", which is not an id/],
    ['<h2 id="a" class="b">T</h2>', /<h2> does not take "class"/],
    ['<StandingList id="a" />', /<StandingList> does not take "id"/],
    ['<CorrectionsLink id="a">log</CorrectionsLink>', /<CorrectionsLink> does not take "id"/],
    ['<Cite id="g1">text</Cite>', /<Cite> wraps text, but it stands alone/],
    ['<Cite {...props} />', /<Cite> has a \{…\} spread/],
    ['<>fragment</>', /A fragment <> is not allowed/],
    ['<h2 id="a" onclick="alert(1)">T</h2>', /<h2> has onclick=…: an event handler would run script/],
  ])('refuses %s', (source, message) => {
    expect(messages(source, 'page')).toEqual([expect.stringMatching(message)]);
  });

  it('names the line where the MDX stops compiling', () => {
    expect(messages('One.\n\nTwo.\n\n<Cite id="g1"\n')).toEqual([
      expect.stringMatching(/^5: the MDX does not compile: .*Fix:/),
    ]);
  });
});

describe('citedIds', () => {
  it('lists only the readable footnotes', () => {
    expect(citedIds('a<Cite id="g1" /> b<Cite id={"x"} /> c<Cite id="nl1" extra="1" /> d<Cite id="nl1"/>')).toEqual([
      'g1',
      'nl1',
    ]);
  });
});
