// The font files the build cuts from larger ones (integrations/font-subsets.ts): each is written
// into a cache folder that fonts.css reaches as `font-subsets/<file>`, so the stylesheet names
// the small file while the repository holds no copy of a font. The metrics of a subset are those
// of the font it is cut from (font-fallbacks.ts reads them there).
import { ARABIC_CORE } from './arabic-core.ts';
import type { CodeRange } from './unicode-ranges.ts';

/** How fonts.css names the folder of subsets (a Vite alias). */
export const SUBSETS_ALIAS = 'font-subsets';

export interface FontSubset {
  /** The subset's file name, in the subsets folder. */
  file: string;
  /** The font it is cut from, as a package path. */
  source: string;
  /** The code points it keeps; fonts.css gives its face exactly this unicode-range. */
  ranges: readonly CodeRange[];
}

export const SUBSETS: readonly FontSubset[] = [400, 700].map((weight) => ({
  file: `noto-naskh-arabic-core-${weight}-normal.woff2`,
  source: `@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`,
  ranges: ARABIC_CORE,
}));

/** The subset a resolved file path is, if it is one (by its file name in the subsets folder). */
export function subsetOf(file: string, folder: string): FontSubset | undefined {
  const normalized = file.replaceAll('\\', '/');
  const dir = folder.replaceAll('\\', '/').replace(/\/$/, '');
  if (!normalized.startsWith(`${dir}/`)) return undefined;
  const name = normalized.slice(dir.length + 1);
  return SUBSETS.find((subset) => subset.file === name);
}
