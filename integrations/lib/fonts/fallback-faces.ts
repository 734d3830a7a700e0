// The @font-face rules of the local fonts that stand in for one web font face: same weight, style
// and unicode-range as the web face (so a Latin stand-in never sets Arabic, nor the other way),
// source local() only (nothing to download), scaled to take the web face's room.
import { fallbackFamily, type FaceKey, type FallbackPlan } from './local-fonts.ts';
import type { FontMetrics } from './metrics.ts';
import { fallbackOverrides, overrideDeclarations } from './overrides.ts';

/** A web font face as fonts.css declares it, with the metrics of its file. */
export interface WebFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  unicodeRange: string;
  metrics: FontMetrics;
}

/** A CSS string: the names here are plain, but a quote or backslash would end it early. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/** One rule per local font of `plan` that has a face of this weight and style, in the plan's order. */
export function fallbackFaceRules(face: WebFace, plan: FallbackPlan): string[] {
  const key: FaceKey = `${face.weight} ${face.style}`;
  return plan.fonts.flatMap((local) => {
    const localFace = local.faces[key];
    if (!localFace) return [];
    const declarations = [
      `font-family: ${cssString(fallbackFamily(face.family, local))}`,
      `font-style: ${face.style}`,
      `font-weight: ${face.weight}`,
      `src: ${localFace.names.map((name) => `local(${cssString(name)})`).join(', ')}`,
      `unicode-range: ${face.unicodeRange}`,
      ...overrideDeclarations(fallbackOverrides(face.metrics, localFace.metrics)),
    ];
    return [`@font-face {\n${declarations.map((d) => `  ${d};\n`).join('')}}`];
  });
}
