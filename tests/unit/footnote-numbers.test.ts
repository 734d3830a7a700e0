import { describe, expect, it } from 'vitest';
import { citationOrder, citationPlaceholder, numberCitations } from '../../src/lib/footnote-numbers.ts';

describe('citationOrder', () => {
  it('lists sources in order of first citation, then the others, each once', () => {
    expect(citationOrder(['nl1', 'g1', 'nl1', 'ap1'], ['g1', 'hrw2', 'nl1'])).toEqual(['nl1', 'g1', 'ap1', 'hrw2']);
  });
});

describe('numberCitations', () => {
  const html = `<p>One.${citationPlaceholder('nl1')} Two.${citationPlaceholder('g1')} Three.${citationPlaceholder('nl1')}</p>`;
  const numbered = numberCitations(html, ['nl1', 'g1'], (n) => `Source ${n}`);

  it('replaces every placeholder with the source number', () => {
    expect(numbered).not.toContain('data-cite');
    expect([...numbered.matchAll(/aria-label="Source (\d)">(\d)</g)].map((m) => m[2])).toEqual(['1', '2', '1']);
  });

  it('gives only the first citation of a source the id the source list links back to', () => {
    expect(numbered.match(/id="cite-nl1"/g)).toHaveLength(1);
    expect(numbered.match(/id="cite-g1"/g)).toHaveLength(1);
  });

  it('links each number to its source', () => {
    expect(numbered.match(/href="#source-nl1"/g)).toHaveLength(2);
  });

  it('formats the numbers as the page asks', () => {
    expect(
      numberCitations(
        citationPlaceholder('g1'),
        ['g1'],
        () => 'x',
        (n) => `٠${n}`,
      ),
    ).toContain('>٠1<');
  });

  it('refuses a citation that is not in the order', () => {
    expect(() => numberCitations(citationPlaceholder('zz'), ['g1'], String)).toThrow('"zz"');
  });
});

describe('a placeholder whose id is not a source id', () => {
  const hostile = '"><img src=x onerror=alert(1)>';

  it('is escaped: the id cannot leave its attribute or add an element', () => {
    const html = citationPlaceholder(hostile);
    expect(html).not.toContain('<img');
    expect(html).toContain('data-cite="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('is never numbered: numbering stops with a message that says how to fix it', () => {
    const html = `<p>Text.${citationPlaceholder('g1')} More.${citationPlaceholder(hostile)}</p>`;
    expect(() => numberCitations(html, ['g1', hostile], String)).toThrow(
      /A <Cite> could not be numbered: its id is not a source id .*Fix: write it as <Cite id="source-id" \/>/,
    );
  });

  it.each(['G1', 'g1 ', 'g--1', ''])('%j is refused too', (id) => {
    expect(() => numberCitations(citationPlaceholder(id), [id], String)).toThrow('could not be numbered');
  });
});
