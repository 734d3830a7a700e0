import { describe, expect, it } from 'vitest';
import { comparableWords, sharedPhrases } from '../../src/lib/text-overlap.ts';

const SOURCE = 'ويعود تاريخ هذه المجزرة الجماعية إلى يوم 16 أبريل نيسان 2013 اكتشفها مجند جديد في ميليشيا سورية';

describe('sharedPhrases', () => {
  it('finds a copied run of words', () => {
    expect(sharedPhrases('كتب الموقع: ويعود تاريخ هذه المجزرة الجماعية إلى يوم 16 أبريل.', SOURCE)).toEqual([
      'ويعود تاريخ هذه المجزره الجماعيه الي يوم',
      'تاريخ هذه المجزره الجماعيه الي يوم 16',
      'هذه المجزره الجماعيه الي يوم 16 ابريل',
    ]);
  });

  it('sees through added diacritics and letter variants', () => {
    expect(sharedPhrases('ويعودُ تاريخُ هذه المجزرةِ الجماعيّةِ إلى يومِ 16 أبريل', SOURCE).length).toBeGreaterThan(0);
  });

  it('allows a marked quotation', () => {
    expect(sharedPhrases('قال التقرير: «ويعود تاريخ هذه المجزرة الجماعية إلى يوم 16 أبريل».', SOURCE)).toEqual([]);
  });

  it('does not flag the same facts told in other words', () => {
    expect(sharedPhrases('وقعت عمليات القتل في 16 نيسان 2013، واكتشف التسجيل مجنّد في ميليشيا موالية.', SOURCE)).toEqual(
      [],
    );
  });
});

describe('comparableWords', () => {
  it('drops footnote markup and punctuation', () => {
    expect(comparableWords('مجزرة التضامن.<Cite id="g1" /> (2013)')).toEqual(['مجزره', 'التضامن', '2013']);
  });
});
