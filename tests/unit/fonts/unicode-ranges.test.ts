import { describe, expect, it } from 'vitest';
import {
  formatUnicodeRange,
  inRanges,
  normalizeRanges,
  parseUnicodeRange,
  rangesText,
  subtractRanges,
} from '../../../integrations/lib/fonts/unicode-ranges.ts';
import { SUBSETS, subsetOf } from '../../../integrations/lib/fonts/subsets.ts';

describe('unicode ranges', () => {
  it('read single code points, runs and wildcards, in any case, sorted and joined', () => {
    expect(parseUnicodeRange('U+0621-064A, u+20, U+4??')).toEqual([
      [0x20, 0x20],
      [0x400, 0x4ff],
      [0x621, 0x64a],
    ]);
    expect(parseUnicodeRange('U+0600-0610, U+0611, U+0605-0608')).toEqual([[0x600, 0x611]]);
  });

  it('refuse what is not a unicode-range token', () => {
    expect(() => parseUnicodeRange('U+06XX')).toThrow(/"U\+06XX" is not a unicode-range token/);
    expect(() => parseUnicodeRange('0600-06FF')).toThrow(/not a unicode-range token/);
    expect(() => parseUnicodeRange('U+0700-0600')).toThrow(/runs backwards/);
    expect(() => parseUnicodeRange('U+06??-0700')).toThrow(/wildcard and a range/);
  });

  it('write back what they read', () => {
    const value = 'U+0020, U+00A0, U+060C, U+0621-0655, U+1EE00-1EE03';
    expect(formatUnicodeRange(parseUnicodeRange(value))).toBe(value);
    expect(normalizeRanges([])).toEqual([]);
  });

  it('take one set from another, leaving no overlap and losing nothing else', () => {
    const whole = parseUnicodeRange('U+0020, U+0600-06FF, U+0750-077F');
    const core = parseUnicodeRange('U+0020, U+060C, U+0621-064A, U+0760');
    const rest = subtractRanges(whole, core);
    expect(formatUnicodeRange(rest)).toBe('U+0600-060B, U+060D-0620, U+064B-06FF, U+0750-075F, U+0761-077F');
    for (let cp = 0; cp < 0x800; cp++) {
      expect(inRanges(rest, cp) && inRanges(core, cp), `U+${cp.toString(16)}`).toBe(false);
      expect(inRanges(rest, cp) || inRanges(core, cp), `U+${cp.toString(16)}`).toBe(inRanges(whole, cp));
    }
  });

  it('list their code points as text', () => {
    expect(
      rangesText([
        [0x0628, 0x062a],
        [0x20, 0x20],
      ]),
    ).toBe(' بةت');
  });
});

describe('the font subsets', () => {
  it('are found by their file in the subsets folder, on any platform', () => {
    const [first] = SUBSETS;
    expect(subsetOf(`/p/node_modules/.cache/font-subsets/${first!.file}`, '/p/node_modules/.cache/font-subsets')).toBe(
      first,
    );
    expect(subsetOf(`C:\\p\\cache\\${first!.file}`, 'C:\\p\\cache\\')).toBe(first);
    expect(subsetOf(`/elsewhere/${first!.file}`, '/p/cache')).toBeUndefined();
    expect(subsetOf('/p/cache/other.woff2', '/p/cache')).toBeUndefined();
  });
});
