import { describe, expect, it } from 'vitest';
import { COPY_MARK, excerptHtml, matchKey, ownText, wordMatches } from '../../../src/lib/search/excerpt.ts';
import { escapeHtml } from '../../../src/lib/escape-html.ts';

const TEXT =
  'مجزرة التضامن. في 16 نيسان 2013 أطلق عناصر من المخابرات العسكرية النار على عشرات المعتقلين عند حفرة في حي التضامن جنوب دمشق';

describe('ownText', () => {
  it('drops the normalised copy the index adds after the text', () => {
    expect(ownText(`الأسد ينفي ${COPY_MARK} الاسد`)).toBe('الأسد ينفي');
    expect(ownText('no copy here')).toBe('no copy here');
  });
});

describe('matchKey and wordMatches', () => {
  it('reduces a word the way queries are reduced', () => {
    expect(matchKey('والتضامن')).toBe('تضامن');
    expect(matchKey('«قيصر»')).toBe('قيصر');
    expect(matchKey('الأسد')).toBe('اسد');
    expect(matchKey('Tadamon,')).toBe('tadamon');
  });

  it('matches prefixes and near stems, not unrelated words', () => {
    expect(wordMatches('photographs', ['photograph'])).toBe(true);
    expect(wordMatches('مجزرة', ['مجزره'])).toBe(true);
    expect(wordMatches('والتضامن', ['تضامن'])).toBe(true);
    expect(wordMatches('Damascus', ['tadamon'])).toBe(false);
    expect(wordMatches('', ['x'])).toBe(false);
  });
});

describe('excerptHtml', () => {
  it('marks the matching words of the page text', () => {
    const html = excerptHtml(TEXT, ['التضامن']);
    expect(html).toContain('<mark>التضامن.</mark>');
    expect(html.match(/<mark>/g)?.length).toBe(2);
  });

  it('matches across hamza, taa marbuta and glued conjunctions', () => {
    expect(excerptHtml('قال الأسد إن الصور مزورة', ['الاسد'])).toContain('<mark>الأسد</mark>');
    expect(excerptHtml('مجزرة التضامن', ['مجزره'])).toContain('<mark>مجزرة</mark>');
  });

  it('cuts a window around the matches in a long text, with ellipses', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    words[120] = 'Tadamon';
    const html = excerptHtml(words.join(' '), ['tadamon'], { length: 20 });
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html).toContain('<mark>Tadamon</mark>');
    expect(html.split(' ').filter((w) => w !== '…')).toHaveLength(20);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(excerptHtml('one two three', ['zzz'])).toBe('one two three');
  });

  it('never takes words from the normalised copy', () => {
    expect(excerptHtml(`الأسد ينفي ${COPY_MARK} الاسد ينفي`, ['الاسد'])).toBe('<mark>الأسد</mark> ينفي');
  });

  it('escapes everything but its own <mark>', () => {
    const html = excerptHtml('a <img src=x onerror=alert(1)> & "quoted" Tadamon', [
      '<img src=x onerror=alert(1)>',
      'tadamon',
    ]);
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html).toContain('&lt;img');
    expect(html).toContain('&amp;');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});
