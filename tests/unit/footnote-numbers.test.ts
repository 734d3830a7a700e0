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
