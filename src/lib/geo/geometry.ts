// Small pieces of spherical geometry for the map, pure so they can be tested without a browser:
// how big a precision circle is on the ground and on screen, the box that holds a set of places,
// and whether a point lies inside an outline.

/** Leaflet's Earth radius (CRS.Earth.R, WGS 84 semi-major axis), so our numbers match its circles. */
export const EARTH_RADIUS_M = 6378137;

export type LatLng = readonly [lat: number, lng: number];
/** [[south, west], [north, east]], the form Leaflet's fitBounds takes. */
export type Bounds = [[number, number], [number, number]];

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Ground metres covered by one screen pixel at a latitude and zoom, in Web Mercator with 256-px tiles. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (2 * Math.PI * EARTH_RADIUS_M * Math.cos(rad(lat))) / (256 * 2 ** zoom);
}

/** On-screen radius, in pixels, of a circle of `radiusM` metres around a place at this latitude. */
export function radiusInPixels(radiusM: number, lat: number, zoom: number): number {
  return radiusM / metresPerPixel(lat, zoom);
}

/**
 * The latitude/longitude box that holds a circle of `radiusM` metres around a point. A degree of
 * longitude shrinks with the cosine of the latitude, so the box is wider in degrees than tall,
 * more so the further from the equator (Koblenz more than Damascus).
 */
export function circleBounds([lat, lng]: LatLng, radiusM: number): Bounds {
  const dLat = deg(radiusM / EARTH_RADIUS_M);
  const dLng = deg(radiusM / (EARTH_RADIUS_M * Math.max(Math.cos(rad(lat)), 1e-6)));
  return [
    [Math.max(lat - dLat, -90), lng - dLng],
    [Math.min(lat + dLat, 90), lng + dLng],
  ];
}

/** The smallest box holding every circle; null for none. */
export function boundsOfCircles(circles: readonly { lat: number; lng: number; radiusM: number }[]): Bounds | null {
  if (circles.length === 0) return null;
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const c of circles) {
    const [[cs, cw], [cn, ce]] = circleBounds([c.lat, c.lng], c.radiusM);
    s = Math.min(s, cs);
    w = Math.min(w, cw);
    n = Math.max(n, cn);
    e = Math.max(e, ce);
  }
  return [
    [s, w],
    [n, e],
  ];
}

/** Whether a point lies inside a closed ring of [lng, lat] pairs (even-odd rule, planar). */
export function pointInRing(lng: number, lat: number, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
