// The few numbers of a font that decide how much room its text takes: how far it reaches above
// and below the baseline, the gap it asks for between lines, and how wide its letters are on
// average in the script it stands for. Read from a font file here; the same numbers for the
// fonts a reader's system has are in local-fonts.ts.
import { readFile } from 'node:fs/promises';
import { fromBuffer } from '@capsizecss/unpack';
import { create, type Font } from 'fontkitten';
import { isArabicMark, presentationForms } from './arabic-forms.ts';

/** Which letters a width is averaged over: the script a face is used for on the site. */
export type Script = 'latin' | 'arabic';

/** In the font's own units, as its tables give them (descent negative, below the baseline). */
export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  /** Average advance of a letter in typical text of the face's script. */
  averageWidth: number;
}

/** The glyph lookup a width estimate needs: a fontkitten Font, or a stand-in in tests. */
export interface GlyphSource {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

const isArabicLetter = (cp: number) =>
  ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) &&
  !isArabicMark(cp);
/** The space and no-break space: in Arabic text the Arabic face sets them too (fonts.css). */
const isSpace = (cp: number) => cp === 0x20 || cp === 0xa0;

/**
 * The average advance, in font units, of the Arabic letters and the spaces of `sample` as `font`
 * sets them in context (presentationForms): what the Arabic face sets in Arabic text. Marks take no
 * room (shaping zeroes their advance) and are left out, and so are digits, Latin and punctuation
 * outside the Arabic block: on the site the Latin face sets them.
 */
export function arabicAverageWidth(font: GlyphSource, sample: string): number {
  let total = 0;
  let count = 0;
  let letters = 0;
  for (const cp of presentationForms(sample)) {
    const letter = isArabicLetter(cp);
    if (!letter && !isSpace(cp)) continue;
    if (!font.hasGlyphForCodePoint(cp))
      throw new Error(
        `the font has no glyph for U+${cp.toString(16).toUpperCase()}: its Arabic width can't be estimated`,
      );
    total += font.glyphForCodePoint(cp).advanceWidth;
    count += 1;
    if (letter) letters += 1;
  }
  if (letters === 0) throw new Error('the sample has no Arabic letter');
  return total / count;
}

function single(buffer: Buffer, file: string): Font {
  const font = create(buffer);
  if (font.isCollection) throw new Error(`${file} is a font collection, not one font`);
  return font;
}

/**
 * A font file's metrics. Latin widths are Capsize's (the same letter-frequency average the
 * Capsize metrics of system fonts use, so the two compare); Arabic ones are arabicAverageWidth
 * over `arabicSample`.
 */
export async function readFontMetrics(file: string, script: Script, arabicSample: string): Promise<FontMetrics> {
  const buffer = await readFile(file);
  const unpacked = await fromBuffer(buffer);
  const averageWidth = script === 'latin' ? unpacked.xWidthAvg : arabicAverageWidth(single(buffer, file), arabicSample);
  return {
    unitsPerEm: unpacked.unitsPerEm,
    ascent: unpacked.ascent,
    descent: unpacked.descent,
    lineGap: unpacked.lineGap,
    averageWidth,
  };
}
