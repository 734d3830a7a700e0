// The packed basemap (src/lib/map/basemap-packed.ts): the polyline text round-trips, a packed
// topology unpacks to exactly what topojson-client reads from it, points stay within half a grid
// step of where they were, and arcs join into lines and rings in either direction.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiLineString as TopoLines, Objects, Topology } from 'topojson-specification';
import {
  decodeGrid,
  decodeInts,
  encodeInts,
  joinArcs,
  lngLat,
  packGrid,
  unpackBasemap,
  type ArcList,
  type PackedBasemap,
} from '../../src/lib/map/basemap-packed.ts';

/** A fixed-seed sequence of numbers in [0, 1), so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('encodeInts and decodeInts', () => {
  it('write whole numbers five bits to a character, as the encoded polyline algorithm does', () => {
    // Google's documented example: -179.9832104 at five decimals is -17998321, "`~oia@".
    expect(encodeInts([-17998321])).toBe('`~oia@');
    expect(encodeInts([0, 1, -1, 15, 16])).toBe('?A@]_@');
  });

  it('round-trip small, large, negative and edge values', () => {
    const next = random(7);
    const values = [0, 1, -1, 15, 16, -16, -17, 31, 32, 1023, 1024, -1024, 2 ** 29, -(2 ** 29), 2 ** 30 - 1];
    // `|| 0`: decoding gives 0 for -0, and the comparison tells them apart.
    for (let i = 0; i < 2000; i++) values.push(Math.round((next() - 0.5) * 2 ** (1 + Math.floor(next() * 30))) || 0);
    expect(decodeInts(encodeInts(values))).toEqual(values);
  });

  it('uses only characters from ? to ~, so spaces can separate arcs', () => {
    expect(encodeInts([-(2 ** 30 - 1), 2 ** 30 - 1, 12345, -6789])).toMatch(/^[?-~]+$/);
  });

  it('refuses what it cannot write', () => {
    expect(() => encodeInts([0.5])).toThrow(RangeError);
    expect(() => encodeInts([2 ** 30])).toThrow(RangeError);
    expect(() => encodeInts([Number.NaN])).toThrow(RangeError);
  });
});

/** Two squares side by side sharing an edge, an island, and a line along the shared edge. */
function sample(step: number): { input: FeatureCollection<Polygon>; line: MultiLineString; topo: Topology<Objects> } {
  const next = random(3);
  const jitter = (p: Position): Position => [p[0]! + (next() - 0.5) * 0.01, p[1]! + (next() - 0.5) * 0.01];
  const [a, b, c, d, e, f] = [
    [35, 32],
    [36, 32],
    [37, 32],
    [37, 33],
    [36, 33],
    [35, 33],
  ].map(jitter) as Position[];
  const square = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });
  const input: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: [
      square([a!, b!, e!, f!, a!]),
      square([b!, c!, d!, e!, b!]),
      square([[33, 34.5], jitter([33.4, 34.6]), jitter([33.2, 35]), [33, 34.5]]),
    ].map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const line: MultiLineString = { type: 'MultiLineString', coordinates: [[b!, e!]] };
  const topo = quantize(topology({ land: input, border: line }) as Topology<Objects>, {
    scale: [step, step],
    translate: [-180, -90],
  });
  return { input, line, topo };
}

const landOf = (topo: Topology<Objects>) => (topo.objects.land as GeometryCollection).geometries;
const packedOf = (topo: Topology<Objects>): PackedBasemap => ({
  grids: [packGrid(topo)],
  land: landOf(topo).map((g) => (g.type === 'Polygon' ? [g.arcs] : [])),
  syria: 1,
  borders: (topo.objects.border as TopoLines).arcs,
  ceasefire: [],
  golan: landOf(topo)[0]!.type === 'Polygon' ? (landOf(topo)[0] as { arcs: ArcList[] }).arcs : [],
  labels: [],
});

describe('packGrid and unpackBasemap', () => {
  it('unpack a topology to exactly the coordinates topojson-client reads from it', () => {
    const { topo } = sample(0.001);
    const shapes = unpackBasemap(packedOf(topo), lngLat);
    const reference = feature(topo, topo.objects.land as GeometryCollection).features.map(
      (f) => (f.geometry as Polygon).coordinates,
    );
    expect(shapes.land.map((polygons) => polygons[0])).toEqual(reference);
    expect(shapes.borders).toEqual((mesh(topo, topo.objects.border as TopoLines) as MultiLineString).coordinates);
    expect(shapes.golan).toEqual(reference[0]);
    expect(shapes.syria).toBe(1);
  });

  it('share the common edge: the two squares refer to one arc, in opposite directions', () => {
    const { topo } = sample(0.001);
    const [left, right] = landOf(topo).map((g) => (g as { arcs: ArcList[] }).arcs[0]!);
    const shared = left!.filter((n) => right!.includes(~n));
    expect(shared).toHaveLength(1);
  });

  it.each([0.001, 0.0036, 0.05])('keep every point within half a step of %f° of where it was', (step) => {
    const { input, topo } = sample(step);
    const { land } = unpackBasemap(packedOf(topo), lngLat);
    input.features.forEach((f, i) => {
      const before = f.geometry.coordinates[0]!;
      const after = land[i]![0]![0]!;
      // A ring may start at another of its points once it is made of arcs: compare as sets.
      expect(after).toHaveLength(before.length);
      for (const p of before) {
        const nearest = Math.min(...after.map((q) => Math.max(Math.abs(q[0]! - p[0]!), Math.abs(q[1]! - p[1]!))));
        expect(nearest).toBeLessThanOrEqual(step / 2 + 1e-9);
      }
    });
  });
});

describe('decodeGrid and joinArcs', () => {
  const grid = { scale: [0.5, 0.25] as [number, number], translate: [10, 20] as [number, number] };
  // Arc 0: (0,0) → (2,0) → (2,4); arc 1: (2,4) → (0,4) → (0,0). Steps after the first point.
  const arcs = decodeGrid(
    { ...grid, arcs: `${encodeInts([0, 0, 2, 0, 0, 4])} ${encodeInts([2, 4, -2, 0, 0, -4])}` },
    lngLat,
  );

  it('makes each point with the function it is given', () => {
    const latLngs = decodeGrid({ ...grid, arcs: encodeInts([0, 0, 2, 4]) }, (lng, lat) => ({ lat, lng }));
    expect(latLngs).toEqual([
      [
        { lat: 20, lng: 10 },
        { lat: 21, lng: 11 },
      ],
    ]);
  });

  it('places grid points by the scale and translate', () => {
    expect(arcs).toEqual([
      [
        [10, 20],
        [11, 20],
        [11, 21],
      ],
      [
        [11, 21],
        [10, 21],
        [10, 20],
      ],
    ]);
  });

  it('writes the point two arcs share once, and walks ~n backwards', () => {
    expect(joinArcs(arcs, [0, 1])).toEqual([
      [10, 20],
      [11, 20],
      [11, 21],
      [10, 21],
      [10, 20],
    ]);
    expect(joinArcs(arcs, [~1, ~0])).toEqual([
      [10, 20],
      [10, 21],
      [11, 21],
      [11, 20],
      [10, 20],
    ]);
  });

  it('shares the points of an arc between the lines that use it, rather than copying them', () => {
    const [forward, backward] = [joinArcs(arcs, [0, 1]), joinArcs(arcs, [~1, ~0])];
    // [11, 20] is inside arc 0: both lines hold that very point.
    expect(forward[1]).toBe(arcs[0]![1]);
    expect(backward[3]).toBe(arcs[0]![1]);
  });

  it('refuses an arc that does not exist', () => {
    expect(() => joinArcs(arcs, [2])).toThrow(RangeError);
    expect(() => joinArcs(arcs, [~2])).toThrow(RangeError);
  });
});
