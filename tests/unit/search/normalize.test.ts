import { describe, expect, it } from 'vitest';
import { expandQuery, normalizeText, queryVariants, stripClitic } from '../../../src/lib/search/normalize.ts';
import { TRANSLITERATIONS } from '../../../src/lib/search/transliterations.ts';

// What a reader types → the form the index and the query are compared in.
const NORMALISED: [string, string][] = [
  // Hamza and madda on alef, alef wasla
  ['الأسد', 'الاسد'],
  ['إياد الغريب', 'اياد الغريب'],
  ['آذار', 'اذار'],
  ['ٱلله', 'الله'],
  ['أمجد يوسف', 'امجد يوسف'],
  // Alef maksura and taa marbuta
  ['مستشفى', 'مستشفي'],
  ['على', 'علي'],
  ['مجزرة التضامن', 'مجزره التضامن'],
  ['مجزره التضامن', 'مجزره التضامن'],
  ['كفرسوسة', 'كفرسوسه'],
  // Diacritics and tatweel
  ['مَجْزَرَةُ', 'مجزره'],
  ['مقيّدي', 'مقيدي'],
  ['التـــضامن', 'التضامن'],
  ['الباحثَين', 'الباحثين'],
  ['هٰذا', 'هذا'],
  // Digits in both scripts
  ['٢٠١٣', '2013'],
  ['۲۰۱۳', '2013'],
  ['١٦ نيسان ٢٠١٣', '16 نيسان 2013'],
  ['الفرع ٢٢٧', 'الفرع 227'],
  ['2013', '2013'],
  // Punctuation and spacing
  ['«قيصر»', 'قيصر'],
  ['قيصر، سوريا؟', 'قيصر سوريا'],
  ['  حمص   ودرعا  ', 'حمص ودرعا'],
  ['(601)', '601'],
  ['!!!', ''],
  ['', ''],
  // Presentation forms and ligatures
  ['ﻻ', 'لا'],
  ['ﺣﻤﺺ', 'حمص'],
  // Latin: case, accents, apostrophes, hyphens
  ['Tadamon', 'tadamon'],
  ['TAL AL-NASR', 'tal al nasr'],
  ['Uğur Ümit Üngör', 'ugur umit ungor'],
  ["Dar'a", 'dara'],
  ['Ba‘lba', 'balba'],
  ['Caesar’s photos', 'caesars photos'],
  ['Higher Regional Court, Koblenz', 'higher regional court koblenz'],
  ['Caesar Act (2019)', 'caesar act 2019'],
  ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
  // Mixed scripts
  ['Tadamon التضامن', 'tadamon التضامن'],
  ['Hospital ٦٠١', 'hospital 601'],
  ['ؤ ئ ء', 'ؤ ئ ء'],
];

describe('normalizeText', () => {
  it.each(NORMALISED)('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of NORMALISED) expect(normalizeText(normalizeText(input))).toBe(normalizeText(input));
  });

  it('survives a 10,000-character query', () => {
    const huge = 'والتضامن '.repeat(1200).slice(0, 10_000);
    expect(normalizeText(huge).length).toBeLessThanOrEqual(10_000);
  });
});

describe('stripClitic', () => {
  it.each([
    ['والتضامن', 'التضامن'],
    ['فالتضامن', 'التضامن'],
    ['بالتضامن', 'التضامن'],
    ['كالتضامن', 'التضامن'],
    ['وبدمشق', 'دمشق'],
    ['لدمشق', 'دمشق'],
    ['للمعتقلين', 'المعتقلين'],
    ['وللمعتقلين', 'المعتقلين'],
    ['وقيصر', 'قيصر'],
  ])('%s → %s', (word, expected) => {
    expect(stripClitic(word)).toBe(expected);
  });

  it.each(['ولد', 'بيت', 'قيصر', 'tadamon', 'وبل'])('leaves %s alone', (word) => {
    expect(stripClitic(word)).toBeNull();
  });
});

// A query → what must be among its variants (the normalised query always is).
const VARIANTS: [string, string][] = [
  // Spellings of Üngör in Arabic media, and the official title the pages use for the Damascus
  // security chief (and the plain rendering readers type), map to the pages' own spellings.
  ['أونجور', 'اونغور'],
  ['أنجور', 'اونغور'],
  ['رئيس الأمن في دمشق', 'مدير امن دمشق'],
  ['مشفى تشرين', 'مستشفي تشرين'],
  ['والتضامن', 'التضامن'],
  ['ومجزرة التضامن', 'مجزره التضامن'],
  ['وقيصر', 'قيصر'],
  ['بحمص', 'حمص'],
  ['Tadamon', 'التضامن'],
  ['tadhamon', 'التضامن'],
  ['Tadamun massacre', 'التضامن massacre'],
  ['Tadamun massacre', 'tadamon massacre'],
  ['Caesar', 'قيصر'],
  ['Qaisar', 'قيصر'],
  ['Qaisar', 'caesar'],
  ['qaysar photos', 'caesar photos'],
  ['Tal al-Nasr', 'تل النصر'],
  ['Tell al-Nasr', 'tal al nasr'],
  ['Homs', 'حمص'],
  ['Hims', 'homs'],
  ['حمص', 'homs'],
  ['قيصر', 'caesar'],
  ['التضامن', 'tadamon'],
  ['Amjad Yousef', 'امجد يوسف'],
  ['Amjad Yousef', 'amjad youssef'],
  ['أمجد اليوسف', 'amjad youssef'],
  ["Dar'a", 'درعا'],
  ['Deraa', 'daraa'],
  ['Koblenz', 'كوبلنز'],
  ['فيكتوريا', 'فكتوريا'],
  ['Bashar al-Assad', 'بشار الاسد'],
  ['Kafr Sousseh', 'كفرسوسه'],
];

describe('queryVariants', () => {
  it.each(VARIANTS)('%s → … %s', (query, expected) => {
    const variants = queryVariants(query);
    expect(variants).toContain(normalizeText(query));
    expect(variants).toContain(expected);
  });

  it('tries the query as typed first, and stripped words only as retries', () => {
    expect(expandQuery('والتضامن')).toEqual({ query: 'التضامن', alternates: ['tadamon', 'والتضامن'], retries: [] });
    expect(expandQuery('وقيصر')).toEqual({ query: 'قيصر', alternates: ['caesar', 'وقيصر'], retries: [] });
    expect(expandQuery('بحمص')).toEqual({ query: 'حمص', alternates: ['homs', 'بحمص'], retries: [] });
    expect(expandQuery('وشهود')).toEqual({ query: 'وشهود', alternates: [], retries: ['شهود'] });
    expect(expandQuery('وثائق فكتوريا').query).toBe('وثائق فكتوريا');
    expect(expandQuery('وثائق فكتوريا').retries).toEqual(['ثائق فكتوريا', 'ثائق victoria']);
    expect(expandQuery('فكتوريا').retries).toEqual([]);
  });

  it('gives nothing to search for a query without letters or digits', () => {
    expect(queryVariants('')).toEqual([]);
    expect(queryVariants('   ')).toEqual([]);
    expect(queryVariants('!!! ؟؟ ...')).toEqual([]);
  });

  it('returns each variant once', () => {
    for (const [query] of VARIANTS) {
      const variants = queryVariants(query);
      expect(new Set(variants).size).toBe(variants.length);
    }
  });

  it('does not turn a word inside another into a name', () => {
    expect(queryVariants('homestead')).toEqual(['homestead']);
    expect(queryVariants('caesarean')).toEqual(['caesarean']);
  });
});

describe('the transliteration table', () => {
  it('has an Arabic and an English spelling for every name, each in its own script', () => {
    for (const entry of TRANSLITERATIONS) {
      expect(entry.ar).toMatch(/^[\u0600-\u06FF ]+$/);
      expect(entry.en).toMatch(/^[A-Za-z' -]+$/);
    }
  });

  it('maps every variant to its own name in both directions', () => {
    for (const entry of TRANSLITERATIONS) {
      for (const variant of [entry.ar, ...entry.variants]) {
        const variants = queryVariants(variant);
        expect(variants, variant).toContain(normalizeText(entry.en));
      }
      for (const variant of [entry.en, ...entry.variants]) {
        expect(queryVariants(variant), variant).toContain(normalizeText(entry.ar));
      }
    }
  });

  it('gives no spelling to two different names', () => {
    const owner = new Map<string, string>();
    for (const entry of TRANSLITERATIONS) {
      for (const spelling of [entry.ar, entry.en, ...entry.variants].map(normalizeText)) {
        expect(owner.get(spelling) ?? entry.en, spelling).toBe(entry.en);
        owner.set(spelling, entry.en);
      }
    }
  });
});

describe('normalizeText on a word already in normal form', () => {
  // The full path runs when the text has a space; the shortcut only for one word alone.
  const fullPath = (word: string) => normalizeText(`${word} .`);

  it('gives what the full rules give, for every Arabic-block and ASCII character', () => {
    for (let code = 0x20; code <= 0x7e; code++)
      expect(normalizeText(String.fromCharCode(code))).toBe(fullPath(String.fromCharCode(code)));
    for (let code = 0x0600; code <= 0x06ff; code++)
      expect(normalizeText(String.fromCharCode(code))).toBe(fullPath(String.fromCharCode(code)));
  });

  it('gives what the full rules give, for words mixing every letter', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const arabic = Array.from({ length: 0x065f - 0x0620 }, (_, i) => String.fromCharCode(0x0621 + i));
    // Arabic letters alone (most words), and mixed with Latin letters and digits.
    for (const alphabet of [arabic, [...'abcdefghijklmnopqrstuvwxyzABCZ0189', ...arabic]]) {
      for (let n = 0; n < 2000; n++) {
        const word = Array.from(
          { length: 1 + Math.floor(random() * 9) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join('');
        expect(normalizeText(word), word).toBe(fullPath(word));
      }
    }
  });
});
