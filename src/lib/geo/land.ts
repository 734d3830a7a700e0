// Whether a place lies on land: a typo in places.json can keep a point inside the story's
// regions (src/lib/geo/place-bounds.ts) and still put a Damascus prison in the Mediterranean.
// The land is Natural Earth's 1:50m outline (world-atlas, the data the basemap is drawn from),
// read by integrations/lib/land-data.ts. Pure and fast: each polygon carries its bounding box, so
// a point is only tested against the few polygons around it.
import { pointInRing } from './geometry.ts';

type Ring = readonly (readonly [number, number])[];

export interface LandPolygon {
  /** [west, south, east, north] in degrees. */
  bbox: readonly [number, number, number, number];
  /** The outline, then any holes (lakes cut out of the land). */
  rings: readonly Ring[];
}

/** Builds a polygon with its bounding box from GeoJSON-style rings ([lng, lat] pairs). */
export function landPolygon(rings: readonly Ring[]): LandPolygon {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of rings[0] ?? []) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return { bbox: [west, south, east, north], rings };
}

const M_PER_DEG_LAT = 111_320;

/** Inside the outline of one polygon and outside its holes. */
function inPolygon(lat: number, lng: number, polygon: LandPolygon): boolean {
  const [west, south, east, north] = polygon.bbox;
  if (lng < west || lng > east || lat < south || lat > north) return false;
  const [outline, ...holes] = polygon.rings;
  return !!outline && pointInRing(lng, lat, outline) && !holes.some((hole) => pointInRing(lng, lat, hole));
}

export function onLand(lat: number, lng: number, land: readonly LandPolygon[]): boolean {
  return land.some((polygon) => inPolygon(lat, lng, polygon));
}

/**
 * Metres from the point to the nearest coastline within `withinM` (on a local flat projection,
 * exact enough at that range); Infinity when no land is that close.
 */
export function distanceToLandM(lat: number, lng: number, land: readonly LandPolygon[], withinM: number): number {
  const mPerDegLng = M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  const dLat = withinM / M_PER_DEG_LAT;
  const dLng = withinM / Math.max(mPerDegLng, 1);
  let best = Infinity;
  for (const polygon of land) {
    const [west, south, east, north] = polygon.bbox;
    if (lng + dLng < west || lng - dLng > east || lat + dLat < south || lat - dLat > north) continue;
    for (const ring of polygon.rings) {
      for (let i = 1; i < ring.length; i++) {
        // Segment a→b relative to the point, in metres.
        const ax = (ring[i - 1]![0] - lng) * mPerDegLng;
        const ay = (ring[i - 1]![1] - lat) * M_PER_DEG_LAT;
        const bx = (ring[i]![0] - lng) * mPerDegLng;
        const by = (ring[i]![1] - lat) * M_PER_DEG_LAT;
        // Most segments are far off on one side: skip them before the projection below.
        if ((ax > withinM && bx > withinM) || (ax < -withinM && bx < -withinM)) continue;
        if ((ay > withinM && by > withinM) || (ay < -withinM && by < -withinM)) continue;
        const dx = bx - ax;
        const dy = by - ay;
        const t = dx || dy ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best <= withinM ? best : Infinity;
}

/**
 * The 1:50m coastline is drawn to about a kilometre: a harbour or a city on a strait (Istanbul)
 * can fall just offshore. A place passes when its own precision circle, widened by this much,
 * reaches land.
 */
export const COASTLINE_TOLERANCE_M = 2_000;

/** Why a place is not on land, with the fix; undefined when it is. */
export function seaProblem(
  place: { lat: number; lng: number; precision: number },
  land: readonly LandPolygon[],
): string | undefined {
  const { lat, lng, precision } = place;
  if (onLand(lat, lng, land)) return undefined;
  const reach = precision + COASTLINE_TOLERANCE_M;
  if (distanceToLandM(lat, lng, land, reach) <= reach) return undefined;
  const far = distanceToLandM(lat, lng, land, 100_000);
  const howFar = Number.isFinite(far) ? `${Math.round(far / 1000)} km` : 'more than 100 km';
  return `(lat ${lat}, lng ${lng}) lies in the sea, ${howFar} from the nearest coast. Fix: check the coordinates against the source (decimal degrees, north and east positive); for a place on the coast, give a precision radius that reaches the shore.`;
}
