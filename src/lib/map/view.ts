// Decisions about the map's frame that depend on the page's direction or on the places shown,
// kept out of the custom element so they can be tested without a browser.
import { boundsOfCircles, type Bounds } from '../geo/geometry.ts';

/**
 * The zoom buttons sit at the inline end of the map, as other controls do in the page: on the
 * right of an English page, on the left of an Arabic one. The map pane itself is always
 * left-to-right (Leaflet's CSS is physical), so the corner is chosen here, not by CSS.
 */
export function zoomControlCorner(dir: 'rtl' | 'ltr'): 'topleft' | 'topright' {
  return dir === 'rtl' ? 'topleft' : 'topright';
}

/** The opposite corner, for controls that must not sit on top of the zoom buttons. */
export function startCorner(dir: 'rtl' | 'ltr'): 'topleft' | 'topright' {
  return dir === 'rtl' ? 'topright' : 'topleft';
}

/** A place's circle on the ground: its position and the radius within which it lies. */
export interface Located {
  lat: number;
  lng: number;
  precision: number;
}

/** The box that shows every place with its whole precision circle. */
export function placesBounds(places: readonly Located[]): Bounds | null {
  return boundsOfCircles(places.map((p) => ({ lat: p.lat, lng: p.lng, radiusM: p.precision })));
}

/**
 * A box that is never narrower than `minSpanDeg` in either direction, centred on the same point:
 * a single neighbourhood would otherwise fill the screen with no country around it to read it by.
 */
export function atLeast(bounds: Bounds, minSpanDeg: number): Bounds {
  const [[s, w], [n, e]] = bounds;
  const lat = (s + n) / 2;
  const lng = (w + e) / 2;
  const halfLat = Math.max((n - s) / 2, minSpanDeg / 2);
  const halfLng = Math.max((e - w) / 2, minSpanDeg / 2);
  return [
    [lat - halfLat, lng - halfLng],
    [lat + halfLat, lng + halfLng],
  ];
}
