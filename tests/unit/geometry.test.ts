import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import {
  boundsOfCircles,
  circleBounds,
  metresPerPixel,
  pointInRing,
  radiusInPixels,
} from '../../src/lib/geo/geometry.ts';
import { SYRIA_WORLD_ATLAS_110M, GOLAN_NATURAL_EARTH_50M } from '../../src/lib/geo/outlines.ts';

describe('metresPerPixel', () => {
  it('is about 156 km at zoom 0 on the equator and halves with each zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156543.03, 1);
    expect(metresPerPixel(0, 1)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
  });

  it('shrinks with the cosine of the latitude (Mercator)', () => {
    expect(metresPerPixel(60, 5)).toBeCloseTo(metresPerPixel(0, 5) / 2, 6);
  });
});

describe('radiusInPixels', () => {
  it('draws a 2 km circle in Damascus a few pixels wide at country zoom, and large in the city', () => {
    expect(radiusInPixels(2000, 33.5, 6)).toBeGreaterThan(0.5);
    expect(radiusInPixels(2000, 33.5, 6)).toBeLessThan(2);
    expect(radiusInPixels(2000, 33.5, 13)).toBeGreaterThan(100);
  });
});

describe('circleBounds', () => {
  it('spans 1/111 of a degree per km of latitude everywhere', () => {
    const [[s], [n]] = circleBounds([33.5, 36.3], 5000);
    expect(n - s).toBeCloseTo((2 * 5000 * 180) / (Math.PI * 6378137), 9);
  });

  it('is wider in longitude the further from the equator (Koblenz more than Damascus)', () => {
    const width = (lat: number) => {
      const [[, w], [, e]] = circleBounds([lat, 10], 5000);
      return e - w;
    };
    expect(width(0)).toBeCloseTo((2 * 5000 * 180) / (Math.PI * 6378137), 9);
    expect(width(60)).toBeCloseTo(2 * width(0), 6);
    expect(width(50.357)).toBeGreaterThan(width(33.5));
  });

  it('never goes past a pole', () => {
    const [[s], [n]] = circleBounds([89.99, 0], 50_000);
    expect(n).toBe(90);
    expect(s).toBeLessThan(89.99);
  });
});

describe('boundsOfCircles', () => {
  it('holds every circle whole', () => {
    const b = boundsOfCircles([
      { lat: 33.5, lng: 36.3, radiusM: 1000 },
      { lat: 34.73, lng: 36.71, radiusM: 5000 },
    ])!;
    expect(b[0][0]).toBeLessThan(33.5);
    expect(b[1][0]).toBeGreaterThan(34.73 + 0.04);
    expect(b[1][1]).toBeGreaterThan(36.71);
  });

  it('is null for no places', () => {
    expect(boundsOfCircles([])).toBeNull();
  });
});

describe('pointInRing', () => {
  const square: [number, number][] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  it('tells inside from outside', () => {
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(15, 5, square)).toBe(false);
    expect(pointInRing(-1, -1, square)).toBe(false);
  });

  it('puts Damascus, Homs and Quneitra in Syria (with the Golan), and Beirut, Amman and Adana outside', () => {
    const inSyria = (lat: number, lng: number) =>
      pointInRing(lng, lat, SYRIA_WORLD_ATLAS_110M) || pointInRing(lng, lat, GOLAN_NATURAL_EARTH_50M);
    expect(inSyria(33.51, 36.29)).toBe(true);
    expect(inSyria(34.73, 36.71)).toBe(true);
    expect(inSyria(33.0, 35.75)).toBe(true);
    expect(inSyria(33.89, 35.5)).toBe(false);
    expect(inSyria(31.95, 35.93)).toBe(false);
    expect(inSyria(37.0, 35.32)).toBe(false);
  });
});

describe('the Syria outline kept for the content check', () => {
  it('is world-atlas 110m Syria, rounded to four decimals', () => {
    const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const syria = feature(topo, topo.objects.countries).features.find((f) => f.properties.name === 'Syria')!;
    const ring = (syria.geometry as GeoJSON.Polygon).coordinates[0]!;
    expect(SYRIA_WORLD_ATLAS_110M).toEqual(
      ring.map(([x, y]) => [Math.round(x! * 1e4) / 1e4, Math.round(y! * 1e4) / 1e4]),
    );
  });
});
