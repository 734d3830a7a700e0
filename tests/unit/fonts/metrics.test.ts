import { describe, expect, it } from 'vitest';
import { arabicAverageWidth, type GlyphSource } from '../../../integrations/lib/fonts/metrics.ts';

/** A font whose every glyph has the advance `widths` gives it; the others are missing. */
function font(widths: Record<number, number>): GlyphSource {
  return {
    unitsPerEm: 1000,
    hasGlyphForCodePoint: (cp) => cp in widths,
    glyphForCodePoint: (cp) => ({ advanceWidth: widths[cp] ?? 0 }),
  };
}

describe('arabicAverageWidth', () => {
  it('averages the letters in their contextual forms, and the spaces', () => {
    // "بت بت": beh initial (300) + teh final (500), a space (200), twice over five characters.
    const widths = { 0xfe91: 300, 0xfe96: 500, 0x20: 200 };
    expect(arabicAverageWidth(font(widths), 'بت بت')).toBe((300 + 500 + 200 + 300 + 500) / 5);
  });

  it('leaves out marks and what another face sets (digits, Latin, punctuation)', () => {
    const widths = { 0xfe8f: 600 };
    expect(arabicAverageWidth(font(widths), 'بَ2024.')).toBe(600);
  });

  it('refuses a font without the presentation forms rather than guess', () => {
    expect(() => arabicAverageWidth(font({ 0x0628: 600 }), 'ب')).toThrow(/U\+FE8F/);
  });

  it('refuses a sample with no Arabic letter', () => {
    expect(() => arabicAverageWidth(font({ 0x20: 200 }), 'Latin only')).toThrow(/no Arabic letter/);
  });
});
