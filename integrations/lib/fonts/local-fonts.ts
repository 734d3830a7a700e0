// The fonts a reader's system may already have that stand in for each web font while it loads,
// first found first used, each scaled to take the web font's room (overrides.ts). Their metrics
// can't be read at build time (the build machine doesn't have them), so they are recorded here,
// with where each number comes from. docs/architecture.md ("Fonts") explains the choice.
//
// Source Serif 4 (Latin): Georgia (Windows, macOS, iOS: the serif the stacks already name), Noto
// Serif (Android's serif, many Linux systems), Liberation Serif (most Linux systems: what Chromium
// there gives for `serif`, metric-compatible with Times New Roman).
// Noto Naskh Arabic: the same family when the system has it (Android, where it is the Arabic
// system font, and Linux with Noto; Android's UI cut, with a shorter descent, comes after it there
// and is never reached), DejaVu Sans (the Arabic a Linux system without Noto falls back to). The Arabic of Windows (Times New Roman, Arial, Tahoma,
// Segoe UI) and of Apple systems (Geeza Pro, SF Arabic) is not listed: their files can't be
// measured here, and a wrong scale would move the text more than none.
import type { FontMetrics, Script } from './metrics.ts';

/** The Arabic text whose average letter width the Arabic metrics below were measured on. */
export const ARABIC_SAMPLE_FILE = 'integrations/lib/fonts/arabic-sample.txt';
/** SHA-256 of that sample when they were measured: measure again (npm run font-metrics) if it changed. */
export const ARABIC_SAMPLE_SHA256 = '1c84dcaa11d6613a8eadcbcab3c78199cc7c06538940ec2a7036c3cf503132d5';

/** A face of a web font, as its @font-face names it: weight and style. */
export type FaceKey = `${number} ${'normal' | 'italic'}`;

export interface LocalFace {
  /** Full names and PostScript names, the two a browser matches local() against. */
  names: string[];
  metrics: FontMetrics;
}

export interface LocalFont {
  /** The family's name on the systems that have it. */
  family: string;
  faces: Partial<Record<FaceKey, LocalFace>>;
}

export interface FallbackPlan {
  /** The script the web font sets on the site: its widths are averaged over that script's letters. */
  script: Script;
  fonts: LocalFont[];
}

// Capsize's metrics of Georgia (@capsizecss/metrics 4.3.0, from the Windows font): it can't be
// installed here to measure.
const georgia = (averageWidth: number): FontMetrics => ({
  unitsPerEm: 2048,
  ascent: 1878,
  descent: -449,
  lineGap: 0,
  averageWidth,
});

// Measured with `npm run font-metrics` from Debian 12's fonts-noto-core (20201225),
// fonts-liberation (1.07.4) and fonts-dejavu-core (2.37).
const notoSerif = (averageWidth: number): FontMetrics => ({
  unitsPerEm: 1000,
  ascent: 1069,
  descent: -293,
  lineGap: 0,
  averageWidth,
});
const liberationSerif = (averageWidth: number): FontMetrics => ({
  unitsPerEm: 2048,
  ascent: 1825,
  descent: -443,
  lineGap: 87,
  averageWidth,
});
const naskh = (averageWidth: number): FontMetrics => ({
  unitsPerEm: 1000,
  ascent: 1069,
  descent: -634,
  lineGap: 0,
  averageWidth,
});
const dejaVuSans = (averageWidth: number): FontMetrics => ({
  unitsPerEm: 2048,
  ascent: 1901,
  descent: -483,
  lineGap: 0,
  averageWidth,
});

/** Web font family (as fonts.css names it) → what stands in for it. */
export const FALLBACKS: Readonly<Record<string, FallbackPlan>> = {
  'Source Serif 4': {
    script: 'latin',
    fonts: [
      {
        family: 'Georgia',
        faces: {
          '400 normal': { names: ['Georgia'], metrics: georgia(913) },
          '400 italic': { names: ['Georgia Italic', 'Georgia-Italic'], metrics: georgia(931) },
          '700 normal': { names: ['Georgia Bold', 'Georgia-Bold'], metrics: georgia(1062) },
        },
      },
      {
        family: 'Noto Serif',
        faces: {
          '400 normal': { names: ['Noto Serif', 'Noto Serif Regular', 'NotoSerif-Regular'], metrics: notoSerif(481) },
          '400 italic': { names: ['Noto Serif Italic', 'NotoSerif-Italic'], metrics: notoSerif(469) },
          '700 normal': { names: ['Noto Serif Bold', 'NotoSerif-Bold'], metrics: notoSerif(512) },
        },
      },
      {
        family: 'Liberation Serif',
        faces: {
          '400 normal': { names: ['Liberation Serif', 'LiberationSerif'], metrics: liberationSerif(832) },
          '400 italic': {
            names: ['Liberation Serif Italic', 'LiberationSerif-Italic'],
            metrics: liberationSerif(836),
          },
          '700 normal': { names: ['Liberation Serif Bold', 'LiberationSerif-Bold'], metrics: liberationSerif(886) },
        },
      },
    ],
  },
  'Noto Naskh Arabic': {
    script: 'arabic',
    fonts: [
      {
        family: 'Noto Naskh Arabic',
        faces: {
          '400 normal': {
            names: ['Noto Naskh Arabic', 'Noto Naskh Arabic Regular', 'NotoNaskhArabic-Regular'],
            metrics: naskh(387.41),
          },
          '700 normal': { names: ['Noto Naskh Arabic Bold', 'NotoNaskhArabic-Bold'], metrics: naskh(401.44) },
        },
      },
      {
        family: 'DejaVu Sans',
        faces: {
          '400 normal': { names: ['DejaVu Sans', 'DejaVuSans'], metrics: dejaVuSans(946.67) },
          '700 normal': { names: ['DejaVu Sans Bold', 'DejaVuSans-Bold'], metrics: dejaVuSans(1126.26) },
        },
      },
    ],
  },
};

/** The family a local font stands in under: its own name would match the system's font itself,
 * unscaled. */
export function fallbackFamily(webFamily: string, local: LocalFont): string {
  return `${webFamily} fallback: ${local.family}`;
}
