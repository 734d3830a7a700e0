// Lines of text for the share card (share-card.ts), laid out before the SVG is drawn: the SVG
// renderer neither wraps text nor falls back from one font to another for a missing glyph, so the
// card is cut into lines here, and each line into pieces that one font sets in one direction.
//
// Widths come from a `Measure` passed in (the build's reads the font files; tests pass a stand-in),
// so everything here is pure.

/** Which of the card's two faces sets a piece: Noto Naskh Arabic for Arabic letters, Source Serif 4
 * for the rest (Latin, digits, punctuation), as on the site. */
export type Script = 'arabic' | 'latin';

export interface Face {
  script: Script;
  bold: boolean;
}

/** The advance of `text` set in `face`, in em (multiply by the font size for pixels). */
export type Measure = (text: string, face: Face) => number;

/** A run of a line that one face sets in one direction, in the order it is drawn. */
export interface Piece {
  /** The characters to draw, already in the order a left-to-right run draws them, except
   * Arabic pieces, which are given in reading order and drawn right to left. */
  text: string;
  script: Script;
  /** True for an Arabic piece, which the renderer shapes and sets right to left. */
  rtl: boolean;
}

const ARABIC = '\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF\\u200C\\u200D';
/** Arabic letters, with the single spaces between them: one piece, shaped as one run. */
const ARABIC_RUN = new RegExp(`[${ARABIC}]+(?:[ \\u00A0]+[${ARABIC}]+)*`, 'gu');
/** Latin words and numbers with what stays inside them ("5,210", "2011–2013", "Branch 227"). */
const STRONG_LTR = '0-9A-Za-z\\u00C0-\\u024F';
const LTR_RUN = new RegExp(`[${STRONG_LTR}](?:[${STRONG_LTR} .,'’\\-–/%]*[${STRONG_LTR}%])?`, 'gu');

/** Paired punctuation is mirrored in right-to-left text (Unicode's Bidi_Mirrored). */
const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/**
 * The pieces of one line, in the order they are drawn from the line's start edge: from the right
 * in a right-to-left line, from the left otherwise. A simplified bidi algorithm, enough for titles:
 * in a right-to-left line, Arabic runs and Latin runs (words, numbers) are laid right to left in
 * reading order, each Latin run left to right inside; the punctuation and spaces between them
 * belong to the right-to-left line, so they are reversed and mirrored ("«" shows as "»").
 */
export function linePieces(line: string, dir: 'rtl' | 'ltr'): Piece[] {
  if (dir === 'ltr') {
    // English titles: Arabic, if any, still shaped by its own face.
    return splitBy(line, ARABIC_RUN).map(({ text, matched }) =>
      matched ? { text, script: 'arabic', rtl: true } : { text, script: 'latin', rtl: false },
    );
  }
  const pieces: Piece[] = [];
  for (const part of splitBy(line, ARABIC_RUN)) {
    if (part.matched) {
      pieces.push({ text: part.text, script: 'arabic', rtl: true });
      continue;
    }
    for (const sub of splitBy(part.text, LTR_RUN)) {
      const text = sub.matched
        ? sub.text
        : Array.from(sub.text)
            .reverse()
            .map((c) => MIRRORED[c] ?? c)
            .join('');
      pieces.push({ text, script: 'latin', rtl: false });
    }
  }
  return pieces;
}

/** `text` cut into the matches of `pattern` (global) and what lies between them, in order. */
function splitBy(text: string, pattern: RegExp): { text: string; matched: boolean }[] {
  const out: { text: string; matched: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index), matched: false });
    out.push({ text: match[0], matched: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), matched: false });
  return out;
}

/** The width of a line in em, the sum of its pieces. */
export function lineWidth(line: string, dir: 'rtl' | 'ltr', bold: boolean, measure: Measure): number {
  return linePieces(line, dir).reduce((sum, p) => sum + measure(p.text, { script: p.script, bold }), 0);
}

export interface WrapOptions {
  dir: 'rtl' | 'ltr';
  bold: boolean;
  /** The widest a line may be, in em. */
  maxWidth: number;
  maxLines: number;
}

/**
 * Greedy word wrap: as many words on each line as fit. Returns null when the text needs more than
 * `maxLines` lines (or a single word is wider than a line), so the caller can try a smaller size;
 * see `fitLines` for the last resort.
 */
export function wrapLines(text: string, options: WrapOptions, measure: Measure): string[] | null {
  const { dir, bold, maxWidth, maxLines } = options;
  const words = text.trim().split(/\s+/u);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (lineWidth(candidate, dir, bold, measure) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (!current || lineWidth(word, dir, bold, measure) > maxWidth) return null;
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines.length <= maxLines ? lines : null;
}

/**
 * The lines at the last size tried, when nothing fits: the first `maxLines` lines, the last one
 * shortened to end with an ellipsis inside the width. A word wider than a line is cut.
 */
export function fitLines(text: string, options: WrapOptions, measure: Measure): string[] {
  const { dir, bold, maxWidth, maxLines } = options;
  const fits = (line: string) => lineWidth(line, dir, bold, measure) <= maxWidth;
  const lines: string[] = [];
  let rest = text.trim().split(/\s+/u);
  while (rest.length > 0 && lines.length < maxLines) {
    let count = 1;
    while (count < rest.length && fits(rest.slice(0, count + 1).join(' '))) count += 1;
    let line = rest.slice(0, count).join(' ');
    rest = rest.slice(count);
    const last = lines.length === maxLines - 1;
    if ((last && rest.length > 0) || !fits(line)) {
      let words = line.split(' ');
      while (words.length > 1 && !fits(`${words.join(' ')}…`)) words = words.slice(0, -1);
      line = words.join(' ');
      let chars = Array.from(line);
      while (chars.length > 1 && !fits(`${chars.join('')}…`)) chars = chars.slice(0, -1);
      line = `${chars.join('')}…`;
    }
    lines.push(line);
  }
  return lines;
}
