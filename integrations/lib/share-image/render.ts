// Renders the share cards (src/lib/share-card/) to PNG at build time, on any platform: resvg, an
// SVG renderer compiled to WebAssembly, with the site's own fonts from npm, so the image never
// depends on the fonts a machine has. resvg reads TrueType, not WOFF2, so the fonts (@fontsource's
// WOFF2 subsets) are converted once by harfbuzz's subsetter (subset-font, also WebAssembly),
// keeping only the characters a card may show: the core of Arabic the site uses (arabic-core.ts)
// and Latin-1 with the site's punctuation. resvg parses the fonts again for every card, so the
// smaller they are the faster a card is drawn. The widths the layout wraps by are read from the
// same fonts' WOFF2 files (fontkitten), Arabic in its contextual forms.
//
// Loaded once per build: the fonts and the WebAssembly are read on the first card and kept.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { create, type Font } from 'fontkitten';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { linePieces, type Face, type Measure, type Script } from '../../../src/lib/share-card/text-layout.ts';
import { shareCardSvg, type ShareCard } from '../../../src/lib/share-card/share-card.ts';
import { ARABIC_CORE } from '../fonts/arabic-core.ts';
import { isArabicMark, presentationForms } from '../fonts/arabic-forms.ts';
import { rangesText } from '../fonts/unicode-ranges.ts';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
/** The characters each face draws on a card. */
const CHARACTERS: Record<Script, string> = {
  arabic: rangesText(ARABIC_CORE),
  latin: range(0x20, 0x7e) + range(0xa0, 0xff) + '‘’“”–—…·',
};

const FACES: { face: Face; file: string }[] = [
  { face: { script: 'arabic', bold: false }, file: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal' },
  { face: { script: 'arabic', bold: true }, file: 'noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal' },
  { face: { script: 'latin', bold: false }, file: 'source-serif-4/files/source-serif-4-latin-400-normal' },
  { face: { script: 'latin', bold: true }, file: 'source-serif-4/files/source-serif-4-latin-700-normal' },
];

export interface CardRenderer {
  measure: Measure;
  /** The card as a PNG file. */
  render(card: ShareCard): Uint8Array<ArrayBuffer>;
}

let loading: Promise<CardRenderer> | undefined;

/** The renderer, made on first use and shared by every card of the build. */
export function cardRenderer(): Promise<CardRenderer> {
  loading ??= makeRenderer();
  return loading;
}

async function makeRenderer(): Promise<CardRenderer> {
  const [, fonts] = await Promise.all([
    initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))),
    Promise.all(
      FACES.map(async ({ face, file }) => {
        const woff2 = await readFile(require.resolve(`@fontsource/${file}.woff2`));
        const ttf = await subsetFont(woff2, CHARACTERS[face.script], { targetFormat: 'truetype' });
        return { face, ttf: new Uint8Array(ttf), font: create(woff2) as Font };
      }),
    ),
  ]);
  const fontOf = (face: Face) => fonts.find((f) => f.face.script === face.script && f.face.bold === face.bold)!.font;

  const measure: Measure = (text, face) => {
    const font = fontOf(face);
    // Arabic is measured in its contextual forms (the joined letters' own widths); marks sit on
    // their letter and take no room.
    const codePoints = face.script === 'arabic' ? presentationForms(text) : Array.from(text, (c) => c.codePointAt(0)!);
    let units = 0;
    for (const cp of codePoints) {
      if (face.script === 'arabic' && isArabicMark(cp)) continue;
      units += font.glyphForCodePoint(cp).advanceWidth;
    }
    return units / font.unitsPerEm;
  };

  const drawable = {
    arabic: new Set(Array.from(CHARACTERS.arabic)),
    latin: new Set(Array.from(CHARACTERS.latin)),
  };
  /**
   * The fonts a card draws with, for resvg, which parses every font it is given for every card:
   * an English card needs no Arabic face, the site's card no regular weight. A character the
   * card's fonts lack would silently be left out of the image: the build stops instead.
   */
  const fontsFor = (card: ShareCard): Uint8Array[] => {
    const used = new Set<string>();
    const lines = [
      { text: card.siteName, bold: true },
      { text: card.eyebrow ?? '', bold: false },
      { text: card.title, bold: true },
    ];
    for (const { text, bold } of lines) {
      for (const piece of linePieces(text, card.dir)) {
        const missing = Array.from(piece.text).find((c) => !drawable[piece.script].has(c));
        if (missing) {
          const code = `U+${missing.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
          throw new Error(
            `Share card "${card.title}": ${code} (${missing}) is not among the characters the card's ${piece.script} font keeps; add it in integrations/lib/share-image/render.ts.`,
          );
        }
        if (piece.text.trim()) used.add(`${piece.script} ${bold}`);
      }
    }
    return fonts.filter((f) => used.has(`${f.face.script} ${f.face.bold}`)).map((f) => f.ttf);
  };

  return {
    measure,
    render(card) {
      const resvg = new Resvg(shareCardSvg(card, measure), {
        font: { fontBuffers: fontsFor(card), loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' },
      } as ConstructorParameters<typeof Resvg>[1]);
      const image = resvg.render();
      const png = encodePng(image.pixels, image.width, image.height);
      image.free();
      resvg.free();
      return png;
    },
  };
}
