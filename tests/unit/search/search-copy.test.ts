import { describe, expect, it } from 'vitest';
import { normalisedWords, withNormalisedCopy } from '../../../integrations/lib/search-copy.ts';
import { COPY_MARK } from '../../../src/lib/search/excerpt.ts';

describe('the normalised copy the index adds to a page', () => {
  it('holds the normalised form of each word the page writes differently, and only those', () => {
    expect(normalisedWords('مجزرة التضامن في «الأسد» ٢٠١٣ Üngör Damascus')).toEqual([
      'مجزره',
      'الاسد',
      '2013',
      'ungor',
    ]);
  });

  it('goes inside the indexed part, after the text, leaving ignored parts out', () => {
    const html =
      '<html lang="ar"><body><nav>الأسد</nav><article data-pagefind-body><p>مجزرة</p><aside class="source-notes">إياد</aside><section data-pagefind-ignore="all">أمجد</section></article></body></html>';
    const out = withNormalisedCopy(html, ['.source-notes']);
    const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(out)![1]!;
    expect(article).toContain(`<p>${COPY_MARK} مجزره</p>`);
    expect(article.indexOf(COPY_MARK)).toBeGreaterThan(article.indexOf('مجزرة'));
    expect(out).not.toContain('الاسد');
    expect(out).not.toContain('اياد');
    expect(out).not.toContain('امجد');
  });

  it('leaves a page without data-pagefind-body as it was', () => {
    const html = '<html><body><p>الأسد</p></body></html>';
    expect(withNormalisedCopy(html)).toBe(html);
  });
});
