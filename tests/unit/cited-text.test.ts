import { describe, expect, it } from 'vitest';
import { citedTextHtml } from '../../src/lib/cited-text.ts';
import { citationPlaceholder } from '../../src/lib/footnote-numbers.ts';

describe('citedTextHtml', () => {
  it('escapes the text and turns each <Cite> into a footnote placeholder', () => {
    expect(citedTextHtml('A & B > "here".<Cite id="g1" /> Then C.<Cite id=\'nl1\'/>')).toBe(
      `A &amp; B &gt; &quot;here&quot;.${citationPlaceholder('g1')} Then C.${citationPlaceholder('nl1')}`,
    );
  });

  it.each([
    `Fact.<Cite id={'"><img src=x onerror=alert(1)>'} />`,
    'Fact.<Cite id="x" extra="1"/>',
    'Fact.<img src="x" onerror="alert(1)" />',
    'Not MDX at all: <unclosed and <Cite id="g1" />',
  ])('leaves anything but a readable <Cite> as escaped text: %s', (text) => {
    const html = citedTextHtml(text);
    expect(html).not.toMatch(/<(img|Cite)/);
    expect(html).not.toContain('data-cite');
  });
});
