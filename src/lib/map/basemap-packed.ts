// The basemap as js/basemap.js ships it (integrations/lib/basemap-data.ts packs it) and its
// unpacking into the shapes Leaflet draws (src/client/map/basemap-layers.ts).
//
// Why a packed form: as GeoJSON every border was written twice (once for each country it
// separates, once more as a border line) and every coordinate as a decimal. Packed, each line is
// written once, as an arc that the countries, the borders and the Golan refer to (TopoJSON's idea),
// and an arc is the whole-number steps between its points on a grid, written as text with Google's
// encoded polyline algorithm (five bits to a character).
//
// Unpacking is one pass over that text, and makes each point once, in the form its caller draws
// (Leaflet's LatLng on a page, so Leaflet has no GeoJSON to convert); shapes that share an arc
// share its points.
import type { Position } from 'geojson';
import type { MapLabel } from './labels.ts';

/**
 * Arcs on one grid, as a quantised TopoJSON topology has them: an arc's first point is whole grid
 * steps [x, y] from `translate` (a point is [translate[0] + x·scale[0], translate[1] + y·scale[1]]),
 * each next point the steps from the one before.
 */
export interface PackedGrid {
  scale: [number, number];
  translate: [number, number];
  /** The arcs, separated by spaces: each the polyline encoding of its steps, x0, y0, dx1, dy1, … */
  arcs: string;
}

/**
 * An arc list such as a ring or a line: arc numbers, counted across the grids in order, and ~n
 * (a negative number) for arc n walked from its end to its start, as in TopoJSON.
 */
export type ArcList = number[];

export interface PackedBasemap {
  grids: PackedGrid[];
  /** Land, one entry a country: its polygons, each a list of rings (the outer ring first). */
  land: ArcList[][][];
  /** Which entry of `land` is Syria. */
  syria: number;
  borders: ArcList[];
  /** The Israel–Syria line, drawn as a line of occupation. */
  ceasefire: ArcList[];
  /** The occupied Syrian Golan: its rings. */
  golan: ArcList[];
  labels: MapLabel[];
}

/** Makes a point from its longitude and latitude. */
export type PointOf<P> = (lng: number, lat: number) => P;

/** [longitude, latitude], as in GeoJSON. */
export const lngLat: PointOf<Position> = (lng, lat) => [lng, lat];

/** The basemap's shapes, each line or ring a list of points. */
export interface BasemapShapes<P> {
  /** One entry a country: its polygons, each a list of rings (the outer ring first). */
  land: P[][][][];
  /** Which entry of `land` is Syria. */
  syria: number;
  borders: P[][];
  ceasefire: P[][];
  /** The occupied Syrian Golan: its rings. */
  golan: P[][];
}

/** Google's encoded polyline text for whole numbers (zigzag, then five bits a character, from '?'). */
export function encodeInts(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    if (!Number.isSafeInteger(value) || Math.abs(value) >= 2 ** 30) throw new RangeError(`cannot encode ${value}`);
    let z = value < 0 ? ~(value << 1) : value << 1;
    while (z >= 0x20) {
      out += String.fromCharCode((0x20 | (z & 0x1f)) + 63);
      z >>>= 5;
    }
    out += String.fromCharCode(z + 63);
  }
  return out;
}

export function decodeInts(text: string): number[] {
  const out: number[] = [];
  let z = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 63;
    z |= (c & 0x1f) << shift;
    if (c & 0x20) shift += 5;
    else {
      out.push(z & 1 ? ~(z >>> 1) : z >>> 1);
      z = 0;
      shift = 0;
    }
  }
  return out;
}

/** The arcs of a quantised TopoJSON topology (delta-encoded, as topojson-client's quantize writes them), packed. */
export function packGrid(topology: {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
}): PackedGrid {
  if (!topology.transform) throw new Error('pack a quantised topology');
  const { scale, translate } = topology.transform;
  return { scale, translate, arcs: topology.arcs.map((arc) => encodeInts(arc.flat())).join(' ') };
}

/**
 * The arcs of one grid, each point made by `point`. One pass over the text with plain loops and
 * no intermediate arrays: it runs once, before the browser has optimised it, on the reader's time.
 */
export function decodeGrid<P>(grid: PackedGrid, point: PointOf<P>): P[][] {
  const [sx, sy] = grid.scale;
  const [ox, oy] = grid.translate;
  const text = grid.arcs;
  const arcs: P[][] = [];
  let points: P[] = [];
  let x = 0;
  let y = 0;
  let z = 0;
  let shift = 0;
  let dx: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      arcs.push(points);
      points = [];
      x = y = 0;
      continue;
    }
    z |= ((c - 63) & 0x1f) << shift;
    if ((c - 63) & 0x20) {
      shift += 5;
      continue;
    }
    const value = z & 1 ? ~(z >>> 1) : z >>> 1;
    z = shift = 0;
    if (dx === null) dx = value;
    else {
      x += dx;
      y += value;
      points.push(point(ox + x * sx, oy + y * sy));
      dx = null;
    }
  }
  arcs.push(points);
  return arcs;
}

/** Joins arcs end to end: each arc starts where the one before ends, so that point is written once. */
export function joinArcs<P>(arcs: readonly P[][], list: ArcList): P[] {
  const out: P[] = [];
  for (let k = 0; k < list.length; k++) {
    const n = list[k]!;
    const arc = arcs[n < 0 ? ~n : n];
    if (!arc) throw new RangeError(`no arc ${n < 0 ? ~n : n}`);
    const skip = out.length ? 1 : 0;
    if (n < 0) for (let i = arc.length - 1 - skip; i >= 0; i--) out.push(arc[i]!);
    else for (let i = skip; i < arc.length; i++) out.push(arc[i]!);
  }
  return out;
}

export function unpackBasemap<P>(packed: PackedBasemap, point: PointOf<P>): BasemapShapes<P> {
  const arcs: P[][] = [];
  for (const grid of packed.grids) arcs.push(...decodeGrid(grid, point));
  const lines = (lists: ArcList[]) => lists.map((list) => joinArcs(arcs, list));
  return {
    land: packed.land.map((polygons) => polygons.map(lines)),
    syria: packed.syria,
    borders: lines(packed.borders),
    ceasefire: lines(packed.ceasefire),
    golan: lines(packed.golan),
  };
}
