// The share card as SVG: the plain, text-only image a link preview shows (docs/sharing.md). The
// site's name, a line saying which chapter and when (event pages), and the title, on the site's
// paper colour, right-aligned in Arabic. The build renders it to PNG (src/pages/og/,
// integrations/lib/share-image/render.ts). Pure: the widths come from the `Measure` passed in.
import { escapeHtml } from '../escape-html.ts';
import { SHARE_IMAGE } from '../share-meta.ts';
import { fitLines, linePieces, wrapLines, type Measure, type WrapOptions } from './text-layout.ts';

/** The card's colours: the light theme of src/styles/global.css. */
export const CARD_COLOURS = { paper: '#fbfaf7', ink: '#1d1c1a', muted: '#55524b', accent: '#7a1f1f', rule: '#d6d1c4' };

/** The families the renderer is given (their names inside the font files). */
export const CARD_FAMILIES = { arabic: 'Noto Naskh Arabic', latin: 'Source Serif 4' } as const;

export interface ShareCard {
  dir: 'rtl' | 'ltr';
  siteName: string;
  /** "The Tadamon massacre · 16 April 2013" on an event's card; none on the site's. */
  eyebrow?: string | undefined;
  title: string;
}

const { width: WIDTH, height: HEIGHT } = SHARE_IMAGE;
const MARGIN = 80;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
/** The title's sizes, tried in order, with the lines each may take in the room below the eyebrow. */
export const TITLE_SIZES = [
  { size: 64, maxLines: 3 },
  { size: 56, maxLines: 4 },
  { size: 48, maxLines: 5 },
] as const;
/** Arabic needs more room between lines than Latin for its marks and descenders. */
const LINE_HEIGHT = { rtl: 1.5, ltr: 1.3 };
const TITLE_TOP = 230;

/** The title's lines and size: the largest size at which it fits, else the smallest, cut. */
export function titleLines(card: ShareCard, measure: Measure): { size: number; lines: string[] } {
  const options = (size: number, maxLines: number): WrapOptions => ({
    dir: card.dir,
    bold: true,
    maxWidth: TEXT_WIDTH / size,
    maxLines,
  });
  for (const { size, maxLines } of TITLE_SIZES) {
    const lines = wrapLines(card.title, options(size, maxLines), measure);
    if (lines) return { size, lines };
  }
  const last = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  return { size: last.size, lines: fitLines(card.title, options(last.size, last.maxLines), measure) };
}

/** One line as <text> elements, one per piece, from the start edge (right in Arabic). */
function drawLine(
  line: string,
  y: number,
  style: { size: number; bold: boolean; fill: string },
  dir: 'rtl' | 'ltr',
  measure: Measure,
): string {
  const { size, bold, fill } = style;
  let x = dir === 'rtl' ? WIDTH - MARGIN : MARGIN;
  const out: string[] = [];
  for (const piece of linePieces(line, dir)) {
    const advance = measure(piece.text, { script: piece.script, bold }) * size;
    // resvg anchors text physically: "end" is the right edge whatever the direction.
    const anchor = dir === 'rtl' ? 'end' : 'start';
    const attributes = [
      `x="${round(x)}"`,
      `y="${round(y)}"`,
      `font-family="${CARD_FAMILIES[piece.script]}"`,
      `font-size="${size}"`,
      `font-weight="${bold ? 700 : 400}"`,
      `fill="${fill}"`,
      `text-anchor="${anchor}"`,
      ...(piece.rtl ? ['direction="rtl"'] : []),
    ];
    // resvg orders an Arabic run as if its paragraph were left to right, which would move a comma
    // at the run's end to its right; right-to-left marks at both ends keep it on the left.
    const text = piece.rtl ? `${RLM}${piece.text}${RLM}` : piece.text;
    if (piece.text.trim()) out.push(`<text ${attributes.join(' ')}>${escapeHtml(text)}</text>`);
    x += dir === 'rtl' ? -advance : advance;
  }
  return out.join('');
}

const RLM = '\u200f';
const round = (n: number) => Math.round(n * 10) / 10;

/** The card as an SVG document, 1200 × 630. */
export function shareCardSvg(card: ShareCard, measure: Measure): string {
  const { dir } = card;
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${CARD_COLOURS.paper}"/>`,
    // A band of the accent colour along the top, the card's only ornament.
    `<rect width="${WIDTH}" height="14" fill="${CARD_COLOURS.accent}"/>`,
    drawLine(card.siteName, 110, { size: 38, bold: true, fill: CARD_COLOURS.accent }, dir, measure),
  ];
  if (card.eyebrow) {
    parts.push(drawLine(card.eyebrow, 170, { size: 30, bold: false, fill: CARD_COLOURS.muted }, dir, measure));
  }
  parts.push(`<rect x="${MARGIN}" y="196" width="${TEXT_WIDTH}" height="2" fill="${CARD_COLOURS.rule}"/>`);
  const { size, lines } = titleLines(card, measure);
  const lineHeight = size * LINE_HEIGHT[dir];
  lines.forEach((line, i) => {
    const y = TITLE_TOP + size + i * lineHeight;
    parts.push(drawLine(line, y, { size, bold: true, fill: CARD_COLOURS.ink }, dir, measure));
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}
