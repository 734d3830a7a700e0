import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { encodePng } from '../../integrations/lib/share-image/png.ts';
import { shareCardSvg, titleLines, TITLE_SIZES } from '../../src/lib/share-card/share-card.ts';
import { fitLines, lineWidth, linePieces, wrapLines, type Measure } from '../../src/lib/share-card/text-layout.ts';

/** A stand-in for the fonts: every character half an em, bold a little wider. */
const measure: Measure = (text, face) => Array.from(text).length * (face.bold ? 0.55 : 0.5);

describe('linePieces', () => {
  it('keeps a left-to-right line whole, in one Latin piece', () => {
    expect(linePieces('The “Caesar” photographs, 2011–2013', 'ltr')).toEqual([
      { text: 'The “Caesar” photographs, 2011–2013', script: 'latin', rtl: false },
    ]);
  });

  it('lays an Arabic line out from the right: Arabic runs, numbers left to right, punctuation mirrored', () => {
    expect(linePieces('انطلاق «جنيف 2» (الفرع 227)', 'rtl')).toEqual([
      { text: 'انطلاق', script: 'arabic', rtl: true },
      // " «" read from the right: the space first, then the quotation mark, mirrored.
      { text: '» ', script: 'latin', rtl: false },
      { text: 'جنيف', script: 'arabic', rtl: true },
      { text: ' ', script: 'latin', rtl: false },
      { text: '2', script: 'latin', rtl: false },
      // "» (" read from the right, each mark mirrored.
      { text: ') «', script: 'latin', rtl: false },
      { text: 'الفرع', script: 'arabic', rtl: true },
      { text: ' ', script: 'latin', rtl: false },
      { text: '227', script: 'latin', rtl: false },
      { text: '(', script: 'latin', rtl: false },
    ]);
  });

  it('keeps a number with its separators in one piece', () => {
    expect(linePieces('أكثر من 1,200 جثة', 'rtl').map((p) => p.text)).toEqual(['أكثر من', ' ', '1,200', ' ', 'جثة']);
  });

  it('loses no character: the pieces hold the line', () => {
    const line = 'سوريا: الأدلّة · 9–10 تموز 2021';
    const joined = linePieces(line, 'rtl')
      .map((p) => p.text)
      .join('');
    expect(Array.from(joined).sort()).toEqual(Array.from(line.replace(/[«»()]/g, '')).sort());
  });
});

describe('wrapLines', () => {
  const options = { dir: 'ltr' as const, bold: false, maxWidth: 10, maxLines: 3 };

  it('puts as many words on a line as fit the width', () => {
    // 10 em is 20 characters at half an em.
    const lines = wrapLines('Russia and China veto the referral of Syria to the Court', options, measure)!;
    expect(lines).toEqual(['Russia and China', 'veto the referral of', 'Syria to the Court']);
    for (const line of lines) expect(lineWidth(line, 'ltr', false, measure)).toBeLessThanOrEqual(10);
  });

  it('gives up when the text needs more lines than allowed, or a word is wider than a line', () => {
    expect(wrapLines('a '.repeat(40), options, measure)).toBeNull();
    expect(wrapLines('Supercalifragilisticexpialidocious', options, measure)).toBeNull();
  });

  it('wraps Arabic by the same widths', () => {
    const lines = wrapLines('المرصد السوري يعلن العثور على مقبرة جماعية في حمص', { ...options, dir: 'rtl' }, measure)!;
    expect(lines.join(' ')).toBe('المرصد السوري يعلن العثور على مقبرة جماعية في حمص');
    for (const line of lines) expect(lineWidth(line, 'rtl', false, measure)).toBeLessThanOrEqual(10);
  });
});

describe('fitLines', () => {
  it('cuts what does not fit and ends with an ellipsis, inside the width', () => {
    const options = { dir: 'ltr' as const, bold: false, maxWidth: 10, maxLines: 2 };
    const lines = fitLines('one two three four five six seven eight nine ten eleven twelve', options, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(lineWidth(line, 'ltr', false, measure)).toBeLessThanOrEqual(10);
  });

  it('cuts a word wider than a line', () => {
    const options = { dir: 'ltr' as const, bold: false, maxWidth: 5, maxLines: 2 };
    const lines = fitLines('Supercalifragilisticexpialidocious', options, measure);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(lineWidth(lines[0]!, 'ltr', false, measure)).toBeLessThanOrEqual(5);
  });
});

/** The longest title in the content, per language. */
function longestTitle(lang: 'ar' | 'en'): string {
  const dir = join('content', 'events', lang);
  return readdirSync(dir)
    .map((f) => /^title:\s*(.+)$/m.exec(readFileSync(join(dir, f), 'utf8'))![1]!.trim())
    .sort((a, b) => b.length - a.length)[0]!;
}

describe('titleLines', () => {
  it('takes the largest size at which the longest titles of the content fit, keeping every word', () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      const title = longestTitle(lang);
      const { size, lines } = titleLines({ dir, siteName: 'x', title }, measure);
      expect(TITLE_SIZES.map((s) => s.size)).toContain(size);
      expect(lines.join(' ')).toBe(title);
    }
  });

  it('shrinks a long title before cutting it', () => {
    const short = titleLines({ dir: 'ltr', siteName: 'x', title: 'Short title' }, measure);
    const long = titleLines({ dir: 'ltr', siteName: 'x', title: 'word '.repeat(60) }, measure);
    expect(short.size).toBe(TITLE_SIZES[0].size);
    expect(long.size).toBe(TITLE_SIZES[TITLE_SIZES.length - 1]!.size);
    expect(long.lines.at(-1)!.endsWith('…')).toBe(true);
  });
});

describe('shareCardSvg', () => {
  const svgOf = (card: Parameters<typeof shareCardSvg>[0]) => parse(shareCardSvg(card, measure));

  it('draws a 1200 × 630 card with the site’s name, the eyebrow and the title, escaped', () => {
    const svg = svgOf({ dir: 'ltr', siteName: 'Site', eyebrow: 'Chapter · 2013', title: 'A <b>title</b> & more' });
    const root = svg.querySelector('svg')!;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
    const texts = root.querySelectorAll('text').map((t) => t.text);
    expect(texts).toEqual(['Site', 'Chapter · 2013', 'A <b>title</b> & more']);
  });

  it('right-aligns Arabic: every piece anchored at its right edge, the first at the margin', () => {
    const svg = svgOf({ dir: 'rtl', siteName: 'سوريا: الأدلّة', title: 'صور «قيصر»' });
    const texts = svg.querySelectorAll('text');
    expect(texts.every((t) => t.getAttribute('text-anchor') === 'end')).toBe(true);
    expect(texts[0]!.getAttribute('x')).toBe('1120');
    const arabic = texts.filter((t) => t.getAttribute('direction') === 'rtl');
    expect(arabic.map((t) => t.getAttribute('font-family'))).toEqual(arabic.map(() => 'Noto Naskh Arabic'));
  });
});

describe('encodePng', () => {
  it('writes a PNG whose header gives the size and whose data inflates to the pixels', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const png = Buffer.from(encodePng(rgba, width, height));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const rows = [0, 1].map((y) => raw.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1)));
    expect(rows.map((r) => r[0])).toEqual([0, 0]);
    expect(Buffer.concat(rows.map((r) => r.subarray(1)))).toEqual(Buffer.from(rgba));
  });
});
