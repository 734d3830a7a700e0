import { describe, expect, it } from 'vitest';
import { inSyria, placeBoundsProblems, regionOf } from '../../src/lib/geo/place-bounds.ts';

const at = (lat: number, lng: number, precision = 2000) => placeBoundsProblems({ lat, lng, precision });

describe('regionOf', () => {
  it('knows where the story happens', () => {
    expect(regionOf(33.51, 36.29)?.id).toBe('syria-and-neighbours');
    expect(regionOf(41.01, 28.98)?.id).toBe('syria-and-neighbours');
    expect(regionOf(50.357, 7.589)?.id).toBe('europe');
    expect(regionOf(38.89, -77.01)?.id).toBe('north-america');
    expect(regionOf(-33.9, 151.2)).toBeUndefined();
  });
});

describe('inSyria', () => {
  it('counts the occupied Golan as Syria', () => {
    expect(inSyria(33.12, 35.82)).toBe(true);
  });
});

describe('placeBoundsProblems', () => {
  it('accepts every kind of place the story has', () => {
    for (const [lat, lng] of [
      [33.4778, 36.3094],
      [34.76, 36.72],
      [32.62, 36.1],
      [41.01, 28.98],
      [50.357, 7.589],
      [38.8899, -77.0091],
      [40.7489, -73.968],
    ] as const) {
      expect(at(lat, lng), `${lat}, ${lng}`).toEqual([]);
    }
  });

  it.each([
    ['Damascus', 33.5131, 36.2919],
    ['Homs', 34.7308, 36.7094],
    ['Daraa', 32.62, 36.1],
    ['Tal al-Nasr', 34.76, 36.72],
  ])('catches %s with latitude and longitude swapped', (_name, lat, lng) => {
    const problems = at(lng, lat);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('lat');
    expect(problems[0]!.message).toMatch(/lat and lng look swapped\. Fix: swap them/);
  });

  it('catches a swapped pair from outside every region, and says which region the swap lands in', () => {
    const [problem] = at(7.589, 50.357);
    expect(problem!.message).toContain('outside every region of this story');
    expect(problem!.message).toContain('lies in Europe: lat and lng look swapped');
  });

  it('refuses a place outside every region, naming the regions and the fix', () => {
    const [problem] = at(-33.9, 151.2);
    expect(problem!.field).toBe('lat');
    expect(problem!.message).toMatch(
      /outside every region of this story \(Syria and its neighbours.*Europe.*North America.*\)\. Fix: check the coordinates/,
    );
  });

  it('refuses a precision radius wider than 50 km', () => {
    expect(at(33.5, 36.3, 80_000)).toEqual([
      expect.objectContaining({ field: 'precision', message: expect.stringMatching(/region, not a place\. Fix:/) }),
    ]);
    expect(at(33.5, 36.3, 50_000)).toEqual([]);
  });
});
