// Arabic letters change shape, and width, with their neighbours: a medial beh is a third as wide
// as an isolated one. To estimate how wide a font sets Arabic text without a full shaping engine,
// each letter is mapped to its contextual form in Unicode's Arabic Presentation Forms-B block,
// which Arabic fonts still map in their character tables (Noto Naskh Arabic and DejaVu Sans do).
// Measured against Chromium's own shaping of the site's Arabic text, the widths this gives are
// within 0.5 % (the fonts' further ligatures and kerning are what is left out).

/** Hamza joins neither side; these join only the letter before them (alef and its hamza and
 * madda forms, teh marbuta, dal, thal, reh, zain, waw, alef maksura); every other basic letter
 * joins both sides. */
const NON_JOINING = new Set([0x0621]);
const RIGHT_JOINING = new Set([
  0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0649,
]);
/** The basic letters with presentation forms: U+0621–U+063A and U+0641–U+064A (tatweel and the
 * letters between are not in the block). */
const BASIC_LETTERS = [
  [0x0621, 0x063a],
  [0x0641, 0x064a],
] as const;

interface Letter {
  /** Code point of the isolated form; final, initial and medial follow it. */
  isolated: number;
  forms: 1 | 2 | 4;
}

/** Each letter's forms follow one another from U+FE80, in the letters' order: 1, 2 or 4 of them. */
const LETTERS: ReadonlyMap<number, Letter> = (() => {
  const letters = new Map<number, Letter>();
  let next = 0xfe80;
  for (const [first, last] of BASIC_LETTERS) {
    for (let codePoint = first; codePoint <= last; codePoint++) {
      const forms = NON_JOINING.has(codePoint) ? 1 : RIGHT_JOINING.has(codePoint) ? 2 : 4;
      letters.set(codePoint, { isolated: next, forms });
      next += forms;
    }
  }
  return letters;
})();

const TATWEEL = 0x0640;
const LAM = 0x0644;
/** Lam followed by these alefs is one ligature glyph; its isolated form, the final one after it. */
const LAM_ALEF: ReadonlyMap<number, number> = new Map([
  [0x0622, 0xfef5],
  [0x0623, 0xfef7],
  [0x0625, 0xfef9],
  [0x0627, 0xfefb],
]);

/** Harakat, the superscript alef and the Quranic marks sit on a letter without breaking its joins. */
export function isArabicMark(codePoint: number): boolean {
  return (
    (codePoint >= 0x064b && codePoint <= 0x065f) ||
    codePoint === 0x0670 ||
    (codePoint >= 0x06d6 && codePoint <= 0x06ed && codePoint !== 0x06dd && codePoint !== 0x06de)
  );
}

const joinsBefore = (cp: number | undefined) =>
  cp !== undefined && ((LETTERS.get(cp)?.forms ?? 0) >= 2 || cp === TATWEEL);
const joinsAfter = (cp: number | undefined) => cp !== undefined && (LETTERS.get(cp)?.forms === 4 || cp === TATWEEL);

/**
 * `text` as the code points of its contextual forms: each basic Arabic letter becomes its isolated,
 * final, initial or medial presentation form, lam-alef its ligature; every other character (marks,
 * other letters, spaces, Latin) is kept as it is and, except marks, breaks the joining.
 */
export function presentationForms(text: string): number[] {
  const codePoints = Array.from(text, (c) => c.codePointAt(0)!);
  // The nearest neighbour that is not a mark: marks are transparent to joining.
  const neighbour = (from: number, step: 1 | -1) => {
    let i = from + step;
    while (i >= 0 && i < codePoints.length && isArabicMark(codePoints[i]!)) i += step;
    return i;
  };
  const out: number[] = [];
  for (let i = 0; i < codePoints.length; i++) {
    const cp = codePoints[i]!;
    const letter = LETTERS.get(cp);
    if (!letter) {
      out.push(cp);
      continue;
    }
    const fromBefore = joinsAfter(codePoints[neighbour(i, -1)]) && joinsBefore(cp);
    const after = neighbour(i, 1);
    const ligature = cp === LAM ? LAM_ALEF.get(codePoints[after]!) : undefined;
    if (ligature !== undefined) {
      // The marks between lam and alef stay, after the ligature.
      out.push(ligature + (fromBefore ? 1 : 0), ...codePoints.slice(i + 1, after));
      i = after;
      continue;
    }
    const toAfter = joinsAfter(cp) && joinsBefore(codePoints[after]);
    const form = letter.forms === 1 ? 0 : fromBefore ? (toAfter ? 3 : 1) : toAfter ? 2 : 0;
    out.push(letter.isolated + form);
  }
  return out;
}
