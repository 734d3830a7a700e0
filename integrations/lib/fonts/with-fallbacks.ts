// A stylesheet of web font faces, followed by the local fonts that stand in for each while it
// loads. Every web face needs a plan (local-fonts.ts), a unicode-range (its stand-ins get the same
// one, so each covers only its own script) and at least one stand-in for its weight and style:
// the build stops otherwise, rather than let a face shift the page when it arrives.
import { fallbackFaceRules } from './fallback-faces.ts';
import { readFontFaces } from './font-faces.ts';
import { FALLBACKS } from './local-fonts.ts';
import type { FontMetrics, Script } from './metrics.ts';

export interface FontFiles {
  /** The file a url() of the stylesheet loads. */
  resolve(url: string): Promise<string>;
  metrics(file: string, script: Script): Promise<FontMetrics>;
}

export const FALLBACKS_COMMENT =
  '/* Local fonts scaled to take the room of the web fonts above while those load (integrations/font-fallbacks.ts). */';

export async function withFallbacks(css: string, files: FontFiles): Promise<string> {
  const rules: string[] = [];
  for (const face of readFontFaces(css)) {
    const [url] = face.urls;
    if (url === undefined) continue;
    const where = `@font-face ${face.family} ${face.weight} ${face.style}`;
    const plan = FALLBACKS[face.family];
    if (!plan) throw new Error(`${where}: no local fonts are planned to stand in for it (local-fonts.ts)`);
    if (!face.unicodeRange) throw new Error(`${where}: give it a unicode-range`);
    if (face.style !== 'normal' && face.style !== 'italic') throw new Error(`${where}: style must be normal or italic`);
    const metrics = await files.metrics(await files.resolve(url), plan.script);
    const faceRules = fallbackFaceRules(
      { family: face.family, weight: face.weight, style: face.style, unicodeRange: face.unicodeRange, metrics },
      plan,
    );
    if (faceRules.length === 0) throw new Error(`${where}: no local font has this weight and style (local-fonts.ts)`);
    rules.push(...faceRules);
  }
  return rules.length ? `${css.trimEnd()}\n\n${FALLBACKS_COMMENT}\n${rules.join('\n')}\n` : css;
}
