import { describe, expect, it } from 'vitest';
import { readFontFaces } from '../../../integrations/lib/fonts/font-faces.ts';
import { FALLBACKS } from '../../../integrations/lib/fonts/local-fonts.ts';
import type { FontMetrics, Script } from '../../../integrations/lib/fonts/metrics.ts';
import { withFallbacks, type FontFiles } from '../../../integrations/lib/fonts/with-fallbacks.ts';

const METRICS: FontMetrics = { unitsPerEm: 1000, ascent: 1036, descent: -335, lineGap: 0, averageWidth: 479 };

/** Font files that resolve to their url and all have METRICS; records what was asked. */
function files(asked: Array<[string, Script]> = []): FontFiles {
  return {
    resolve: async (url) => `/fonts/${url}`,
    metrics: async (file, script) => {
      asked.push([file, script]);
      return METRICS;
    },
  };
}

const face = (family: string, extra = 'unicode-range: U+0000-00FF;', style = 'normal') =>
  `@font-face { font-family: '${family}'; font-style: ${style}; font-weight: 400; src: url('a.woff2') format('woff2'); ${extra} }`;

describe('withFallbacks', () => {
  it('keeps the web faces and adds the planned local fonts after them, measured for the plan’s script', async () => {
    const asked: Array<[string, Script]> = [];
    const css = await withFallbacks(face('Source Serif 4'), files(asked));
    const faces = readFontFaces(css);
    expect(faces[0]!.urls).toEqual(['a.woff2']);
    expect(faces.slice(1).map((f) => f.family)).toEqual(
      FALLBACKS['Source Serif 4']!.fonts.map((f) => `Source Serif 4 fallback: ${f.family}`),
    );
    expect(asked).toEqual([['/fonts/a.woff2', 'latin']]);
  });

  it('leaves a sheet without web faces as it is', async () => {
    const css = `@font-face { font-family: 'X'; src: local('X'); }`;
    expect(await withFallbacks(css, files())).toBe(css);
  });

  it('stops the build for a web face it cannot match', async () => {
    await expect(withFallbacks(face('Unplanned'), files())).rejects.toThrow(/no local fonts are planned/);
    await expect(withFallbacks(face('Source Serif 4', ''), files())).rejects.toThrow(/unicode-range/);
    await expect(withFallbacks(face('Noto Naskh Arabic', undefined, 'italic'), files())).rejects.toThrow(
      /no local font has this weight and style/,
    );
  });
});
