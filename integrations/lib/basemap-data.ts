// The offline basemap, js/basemap.js: a classic script that sets window.SITE_BASEMAP, so the map
// works from a folder (file://) and asks no server for tiles. integrations/basemap.ts writes it.
//
// Source: world-atlas 2.0.2 (Natural Earth 4.1.0, public domain), 1:50m for Syria and the
// countries around it, 1:110m for the rest of the world; coordinates rounded to about 100 m
// (50m) and 1 km (110m), which is finer than either scale draws.
//
// The Golan: Natural Earth draws the Golan Heights inside Israel. This site shows them as
// Syrian territory occupied by Israel (UN Security Council resolution 497). The occupied area
// is drawn from Natural Earth's own outline of the Golan Heights (src/lib/geo/outlines.ts) for
// its western and southern edge, closed by world-atlas's Israel–Syria line, so it covers
// exactly the part of world-atlas's Israel east of the 1967 line, with no gap. That line is drawn
// as a dashed line of occupation, not as a border.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Geometry, MultiLineString, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GOLAN_NATURAL_EARTH_50M } from '../../src/lib/geo/outlines.ts';
import { COUNTRY_LABELS, GOLAN_LABEL, REFERENCE_CITIES, storyCityLabels } from '../../src/lib/map/labels.ts';

export const BASEMAP_FILE = 'js/basemap.js';
const BUDGET_GZIP = 150 * 1024;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type CountryFeature = Feature<Geometry, { name: string } | null>;
type Line = Position[];

/** Drawn at 1:50m: Syria, its neighbours and theirs, so every border near Syria is one dataset. */
const DETAILED = new Set([
  'Syria',
  'Lebanon',
  'Israel',
  'Palestine',
  'Jordan',
  'Iraq',
  'Turkey',
  'Cyprus',
  'N. Cyprus',
  'Egypt',
  'Saudi Arabia',
  'Iran',
  'Kuwait',
  'Georgia',
  'Armenia',
  'Azerbaijan',
  'Greece',
  'Bulgaria',
]);

const nameOf = (g: { properties?: { name: string } | null }) => g.properties?.name ?? '';
const is = (g: { properties?: { name: string } | null }, name: string) => nameOf(g) === name;

// Rounds coordinates and drops the points rounding made identical.
const roundLine = (line: Line, digits: number): Line => {
  const f = 10 ** digits;
  const out: Line = [];
  for (const [x = 0, y = 0] of line) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const roundPolygon = (rings: Line[], digits: number): Line[] =>
  rings.map((r) => roundLine(r, digits)).filter((r) => r.length >= 4);
function roundGeometry(geometry: Geometry, digits: number): Geometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: roundPolygon(geometry.coordinates, digits) };
  if (geometry.type === 'MultiPolygon')
    return {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((p) => roundPolygon(p, digits)).filter((p) => p.length),
    };
  if (geometry.type === 'MultiLineString')
    return {
      type: 'MultiLineString',
      coordinates: geometry.coordinates.map((l) => roundLine(l, digits)).filter((l) => l.length >= 2),
    };
  throw new Error(`unexpected geometry ${geometry.type}`);
}

function countries(topo: Countries, keep: (f: CountryFeature) => boolean, digits: number) {
  return (feature(topo, topo.objects.countries).features as CountryFeature[])
    .filter((f) => f.geometry && keep(f))
    .map((f) => ({
      type: 'Feature',
      properties: { name: nameOf(f), ...(is(f, 'Syria') ? { syria: true } : {}) },
      geometry: roundGeometry(f.geometry, digits),
    }));
}

/** The basemap script and its gzipped size; throws when world-atlas changes shape or the budget is passed. */
export function basemapScript(root: string): { js: string; gzip: number } {
  const require = createRequire(join(root, 'package.json'));
  const read = (path: string) => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as Countries;
  const topo50 = read('world-atlas/countries-50m.json');
  const topo110 = read('world-atlas/countries-110m.json');
  const world = countries(topo110, (f) => !DETAILED.has(nameOf(f)), 2);
  const region = countries(topo50, (f) => DETAILED.has(nameOf(f)), 3);
  const missing = [...DETAILED].filter((name) => !region.some((f) => f.properties.name === name));
  if (missing.length)
    throw new Error(
      `world-atlas 50m has no ${missing.join(', ')}: update DETAILED in integrations/lib/basemap-data.ts`,
    );

  const israelSyria = (a: CountryFeature, b: CountryFeature) =>
    a !== b && [a, b].some((g) => is(g, 'Israel')) && [a, b].some((g) => is(g, 'Syria'));
  const ceasefire = mesh(topo50, topo50.objects.countries, israelSyria as never) as MultiLineString;
  if (ceasefire.coordinates.length !== 1) throw new Error('expected one Israel–Syria line in world-atlas 50m');

  const regionBorders = mesh(
    topo50,
    topo50.objects.countries,
    ((a: CountryFeature, b: CountryFeature) =>
      a !== b && DETAILED.has(nameOf(a)) && DETAILED.has(nameOf(b)) && !israelSyria(a, b)) as never,
  );
  const worldBorders = mesh(
    topo110,
    topo110.objects.countries,
    ((a: CountryFeature, b: CountryFeature) =>
      a !== b && !(DETAILED.has(nameOf(a)) && DETAILED.has(nameOf(b)))) as never,
  );
  const borders: MultiLineString = {
    type: 'MultiLineString',
    coordinates: [
      ...(roundGeometry(regionBorders as MultiLineString, 3) as MultiLineString).coordinates,
      ...(roundGeometry(worldBorders as MultiLineString, 2) as MultiLineString).coordinates,
    ],
  };

  /** The occupied Golan: Natural Earth's western edge (south → north), then the Israel–Syria line (north → south). */
  function golanOutline(): { polygon: Polygon; westEdge: Line } {
    let line = ceasefire.coordinates[0]!;
    if (line[0]![1]! > line.at(-1)![1]!) line = [...line].reverse(); // south → north
    const south = line[0]!;
    const north = line.at(-1)!;
    const ring = GOLAN_NATURAL_EARTH_50M.slice(0, -1);
    const nearest = ([x = 0, y = 0]: Position) =>
      ring.reduce(
        (best, [px, py], i) =>
          (px - x) ** 2 + (py - y) ** 2 < best.d ? { i, d: (px - x) ** 2 + (py - y) ** 2 } : best,
        { i: -1, d: Infinity },
      ).i;
    const from = nearest(south);
    const to = nearest(north);
    // Walk the ring the way that passes its westernmost point (the shore of Lake Tiberias).
    const west = ring.reduce((w, p, i) => (p[0] < ring[w]![0] ? i : w), 0);
    const walk = (step: number): Line => {
      const out: Line = [];
      for (let i = from; ; i = (i + step + ring.length) % ring.length) {
        out.push(ring[i]!);
        if (i === to) return out;
      }
    };
    const forward = walk(1);
    const westEdge = forward.some((p) => p === ring[west]) ? forward : walk(-1);
    const outline = [...westEdge, ...[...line].reverse(), westEdge[0]!];
    return { polygon: { type: 'Polygon', coordinates: [roundLine(outline, 3)] }, westEdge: roundLine(westEdge, 3) };
  }
  const golan = golanOutline();
  borders.coordinates.push(golan.westEdge);

  const places = JSON.parse(readFileSync(join(root, 'content/places.json'), 'utf8')) as Parameters<
    typeof storyCityLabels
  >[0];
  const labels = [...COUNTRY_LABELS, ...REFERENCE_CITIES, ...storyCityLabels(places), GOLAN_LABEL];

  const basemap = {
    countries: { type: 'FeatureCollection', features: [...world, ...region] },
    borders,
    ceasefire: roundGeometry(ceasefire, 3),
    golan: golan.polygon,
    labels,
  };
  const js = `/* Basemap: world-atlas 2.0.2 (Natural Earth, public domain) and Natural Earth's Golan Heights outline; built by integrations/basemap.ts. */\nwindow.SITE_BASEMAP=${JSON.stringify(basemap)};\n`;
  const gzip = gzipSync(js).length;
  if (gzip > BUDGET_GZIP) throw new Error(`basemap is ${gzip} bytes gzipped, over its ${BUDGET_GZIP}-byte budget`);
  return { js, gzip };
}
