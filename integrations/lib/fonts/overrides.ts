// How to make a font already on the reader's system take the same room as a web font while the
// web font loads, so that nothing moves when it arrives: scale the local font until its letters are
// as wide on average as the web font's (size-adjust), then give it the web font's height above and
// below the baseline and its line gap (the overrides). The overrides apply before size-adjust
// scales the face, so they are divided by it. The same computation as Capsize's createFontStack
// and Astro's fonts API, for any pair of faces and any script.
import type { FontMetrics } from './metrics.ts';

/** Fractions of the font size (1 = 100%), as the @font-face descriptors take them. */
export interface Overrides {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

/** The descriptors that make `local` take the room `web` takes. */
export function fallbackOverrides(web: FontMetrics, local: FontMetrics): Overrides {
  const sizeAdjust = web.averageWidth / web.unitsPerEm / (local.averageWidth / local.unitsPerEm);
  const scaled = (value: number) => Math.abs(value) / web.unitsPerEm / sizeAdjust;
  return {
    sizeAdjust,
    ascentOverride: scaled(web.ascent),
    descentOverride: scaled(web.descent),
    lineGapOverride: scaled(web.lineGap),
  };
}

/** A fraction as a CSS percentage, to a hundredth of a percent (finer makes no visible difference). */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** The overrides as @font-face declarations, in the order the descriptors are usually written. */
export function overrideDeclarations(overrides: Overrides): string[] {
  return [
    `size-adjust: ${percent(overrides.sizeAdjust)}`,
    `ascent-override: ${percent(overrides.ascentOverride)}`,
    `descent-override: ${percent(overrides.descentOverride)}`,
    `line-gap-override: ${percent(overrides.lineGapOverride)}`,
  ];
}
