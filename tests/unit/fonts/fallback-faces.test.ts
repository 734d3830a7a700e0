import { describe, expect, it } from 'vitest';
import { cssString, fallbackFaceRules, type WebFace } from '../../../integrations/lib/fonts/fallback-faces.ts';
import { readFontFaces } from '../../../integrations/lib/fonts/font-faces.ts';
import type { FallbackPlan } from '../../../integrations/lib/fonts/local-fonts.ts';
import type { FontMetrics } from '../../../integrations/lib/fonts/metrics.ts';

const metrics = (averageWidth: number): FontMetrics => ({
  unitsPerEm: 1000,
  ascent: 1000,
  descent: -300,
  lineGap: 0,
  averageWidth,
});

const plan: FallbackPlan = {
  script: 'latin',
  fonts: [
    {
      family: 'Wide Serif',
      faces: {
        '400 normal': { names: ['Wide Serif', 'WideSerif-Regular'], metrics: metrics(600) },
        '700 normal': { names: ['Wide Serif Bold'], metrics: metrics(650) },
      },
    },
    { family: 'Upright Only', faces: { '400 normal': { names: ['Upright Only'], metrics: metrics(500) } } },
  ],
};

const face: WebFace = {
  family: 'Web Serif',
  weight: 400,
  style: 'normal',
  unicodeRange: 'U+0000-00FF, U+2000-206F',
  metrics: metrics(480),
};

describe('fallbackFaceRules', () => {
  it('declares each local font of the plan under its own family, in order, like the web face', () => {
    const faces = readFontFaces(fallbackFaceRules(face, plan).join('\n'));
    expect(faces.map((f) => f.family)).toEqual(['Web Serif fallback: Wide Serif', 'Web Serif fallback: Upright Only']);
    for (const f of faces) {
      expect([f.weight, f.style, f.unicodeRange, f.urls]).toEqual([400, 'normal', face.unicodeRange, []]);
      for (const d of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'])
        expect(f.descriptors.get(d)).toMatch(/^\d+(\.\d+)?%$/);
    }
    expect(faces[0]!.locals).toEqual(['Wide Serif', 'WideSerif-Regular']);
    expect(faces[0]!.descriptors.get('size-adjust')).toBe('80%');
    expect(faces[1]!.descriptors.get('size-adjust')).toBe('96%');
  });

  it('leaves out a local font without a face of that weight and style', () => {
    const faces = readFontFaces(fallbackFaceRules({ ...face, weight: 700 }, plan).join('\n'));
    expect(faces.map((f) => [f.family, f.locals])).toEqual([['Web Serif fallback: Wide Serif', ['Wide Serif Bold']]]);
    expect(fallbackFaceRules({ ...face, style: 'italic' }, plan)).toEqual([]);
  });

  it('quotes names so that a quote in one cannot end the string', () => {
    expect(cssString('A "B" \\ C')).toBe('"A \\"B\\" \\\\ C"');
  });
});

describe('readFontFaces', () => {
  it('reads faces as a minifier writes them', () => {
    const [face] = readFontFaces(
      '@font-face{font-family:Noto Naskh Arabic fallback\\: DejaVu Sans;font-weight:700;src:local(DejaVu Sans Bold),local("DejaVuSans-Bold"),url(/_astro/a.woff2)format("woff2");unicode-range:U+6??}',
    );
    expect(face).toMatchObject({
      family: 'Noto Naskh Arabic fallback: DejaVu Sans',
      weight: 700,
      style: 'normal',
      locals: ['DejaVu Sans Bold', 'DejaVuSans-Bold'],
      urls: ['/_astro/a.woff2'],
      unicodeRange: 'U+6??',
    });
  });

  it('unescapes hexadecimal escapes in names', () => {
    expect(readFontFaces("@font-face{font-family:'A\\3A B';src:url('x)y.woff2')}")[0]).toMatchObject({
      family: 'A:B',
      urls: ['x)y.woff2'],
    });
  });
});
