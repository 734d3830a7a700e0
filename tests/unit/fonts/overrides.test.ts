import { describe, expect, it } from 'vitest';
import type { FontMetrics } from '../../../integrations/lib/fonts/metrics.ts';
import { fallbackOverrides, overrideDeclarations, percent } from '../../../integrations/lib/fonts/overrides.ts';

const web: FontMetrics = { unitsPerEm: 1000, ascent: 1069, descent: -634, lineGap: 0, averageWidth: 387 };
const local: FontMetrics = { unitsPerEm: 2048, ascent: 1901, descent: -483, lineGap: 87, averageWidth: 947 };

describe('fallbackOverrides', () => {
  it('scales the local font to the web font’s average width', () => {
    const { sizeAdjust } = fallbackOverrides(web, local);
    expect((local.averageWidth / local.unitsPerEm) * sizeAdjust).toBeCloseTo(web.averageWidth / web.unitsPerEm, 10);
  });

  it('gives it, once scaled, the web font’s ascent, descent and line gap', () => {
    const o = fallbackOverrides(web, local);
    expect(o.ascentOverride * o.sizeAdjust).toBeCloseTo(1.069, 10);
    expect(o.descentOverride * o.sizeAdjust).toBeCloseTo(0.634, 10);
    expect(o.lineGapOverride).toBe(0);
  });

  it('changes nothing for a font with the same metrics in other units', () => {
    const same: FontMetrics = { unitsPerEm: 2000, ascent: 2138, descent: -1268, lineGap: 0, averageWidth: 774 };
    expect(fallbackOverrides(web, same)).toEqual({
      sizeAdjust: 1,
      ascentOverride: 1.069,
      descentOverride: 0.634,
      lineGapOverride: 0,
    });
  });
});

describe('the descriptors', () => {
  it('are percentages to a hundredth', () => {
    expect(percent(0.84496)).toBe('84.5%');
    expect(percent(1.2650449)).toBe('126.5%');
    expect(percent(0)).toBe('0%');
  });

  it('are the four that size a face', () => {
    const declarations = overrideDeclarations({
      sizeAdjust: 0.8,
      ascentOverride: 1.25,
      descentOverride: 0.5,
      lineGapOverride: 0,
    });
    expect(declarations).toEqual([
      'size-adjust: 80%',
      'ascent-override: 125%',
      'descent-override: 50%',
      'line-gap-override: 0%',
    ]);
  });
});
