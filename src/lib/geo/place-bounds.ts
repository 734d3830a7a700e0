// Where a place may plausibly be, so that a typo in places.json stops the build instead of
// putting a Damascus prison in the sea. The rule, in three parts:
//
// 1. Every place lies in one of the regions where this story happens (REGIONS): Syria and the
//    countries around it, Europe (the trials), North America (Washington, the UN in New York).
//    A place elsewhere is refused. Widen a region here when the story really moves.
// 2. Latitude and longitude swapped: Syria's latitudes (32–37°) and longitudes (35–42°) overlap,
//    so a swapped Syrian pair usually still lands inside region 1 (in southern Turkey or the
//    sea). So: if the point is not in Syria but the swapped point is, the pair is refused as
//    swapped. (A real place in south-central Turkey, around Adana or Mersin, would trip this;
//    none is in the story. If one is added, this rule must learn an exception.)
//    For a point outside every region, the message also says when swapping would fix it.
// 3. A precision radius over 50 km is not a place but a region: name the city instead.
import { pointInRing } from './geometry.ts';
import { GOLAN_NATURAL_EARTH_50M, SYRIA_WORLD_ATLAS_110M } from './outlines.ts';

export interface Region {
  id: string;
  /** For messages: what the region covers. */
  label: string;
  south: number;
  north: number;
  west: number;
  east: number;
}

export const REGIONS: readonly Region[] = [
  {
    id: 'syria-and-neighbours',
    label: 'Syria and its neighbours (Turkey, Lebanon, Israel and Palestine, Jordan, Iraq, Cyprus)',
    south: 29,
    north: 42.5,
    west: 25.5,
    east: 49,
  },
  { id: 'europe', label: 'Europe', south: 34, north: 71.5, west: -25, east: 45 },
  {
    id: 'north-america',
    label: 'North America (the United States and Canada)',
    south: 24,
    north: 50,
    west: -125,
    east: -66,
  },
];

export const MAX_PRECISION_M = 50_000;

export function regionOf(lat: number, lng: number): Region | undefined {
  return REGIONS.find((r) => lat >= r.south && lat <= r.north && lng >= r.west && lng <= r.east);
}

/** Syria, with the occupied Golan, in the coarse outline kept for this check. */
export function inSyria(lat: number, lng: number): boolean {
  return pointInRing(lng, lat, SYRIA_WORLD_ATLAS_110M) || pointInRing(lng, lat, GOLAN_NATURAL_EARTH_50M);
}

export interface BoundsProblem {
  field: 'lat' | 'precision';
  message: string;
}

const pair = (lat: number, lng: number) => `(lat ${lat}, lng ${lng})`;

/** What is implausible about a place's position, each with the fix; empty when it is plausible. */
export function placeBoundsProblems(place: { lat: number; lng: number; precision: number }): BoundsProblem[] {
  const { lat, lng, precision } = place;
  const problems: BoundsProblem[] = [];
  const swapped = pair(lng, lat);
  if (!regionOf(lat, lng)) {
    const swappedRegion = regionOf(lng, lat);
    problems.push({
      field: 'lat',
      message: swappedRegion
        ? `${pair(lat, lng)} lies outside every region of this story, but ${swapped} lies in ${swappedRegion.label}: lat and lng look swapped. Fix: swap them.`
        : `${pair(lat, lng)} lies outside every region of this story (${REGIONS.map((r) => r.label).join('; ')}). Fix: check the coordinates against the source (decimal degrees, north and east positive); if the story really moved, widen REGIONS in src/lib/geo/place-bounds.ts.`,
    });
  } else if (!inSyria(lat, lng) && inSyria(lng, lat)) {
    problems.push({
      field: 'lat',
      message: `${pair(lat, lng)} is outside Syria, but ${swapped} is inside it: lat and lng look swapped. Fix: swap them (lat is the smaller number for Syria, about 32–37; lng about 35–42).`,
    });
  }
  if (precision > MAX_PRECISION_M) {
    problems.push({
      field: 'precision',
      message: `${precision} m is more than ${MAX_PRECISION_M / 1000} km: that is a region, not a place. Fix: give the radius in metres within which the place lies, or name the city instead.`,
    });
  }
  return problems;
}
