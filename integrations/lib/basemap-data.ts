// The offline basemap, js/basemap.js: a classic script that sets window.SITE_BASEMAP, so the map
// works from a folder (file://) and asks no server for tiles. integrations/basemap.ts writes it.
//
// Source: world-atlas 2.0.2 (Natural Earth 4.1.0, public domain), 1:50m for Syria and the
// countries around it, 1:110m for the rest of the world.
//
// Packed small (src/lib/map/basemap-packed.ts): each of the two scales becomes a TopoJSON
// topology, so a line two countries share is written once, and its points are written as whole
// steps on a grid (GRID). Nothing is simplified: Natural Earth's two scales are already drawn for
// the zooms they are seen at, and dropping the points that move their line by under a pixel at
// those zooms saved less than 1%.
//
// The Golan: Natural Earth draws the Golan Heights inside Israel. This site shows them as
// Syrian territory occupied by Israel (UN Security Council resolution 497). The occupied area
// is drawn from Natural Earth's own outline of the Golan Heights (src/lib/geo/outlines.ts) for
// its western and southern edge, closed by world-atlas's Israel–Syria line, so it covers
// exactly the part of world-atlas's Israel east of the 1967 line, with no gap: the Golan's
// eastern edge is the very arc of the Israel–Syria line. That line is drawn as a dashed line of
// occupation, not as a border.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Objects, Topology, Transform } from 'topojson-specification';
import { GOLAN_NATURAL_EARTH_50M } from '../../src/lib/geo/outlines.ts';
import { packGrid, type ArcList, type PackedBasemap } from '../../src/lib/map/basemap-packed.ts';
import { COUNTRY_LABELS, GOLAN_LABEL, REFERENCE_CITIES, storyCityLabels } from '../../src/lib/map/labels.ts';

export const BASEMAP_FILE = 'js/basemap.js';
export const BUDGET_GZIP = 40 * 1024;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type CountryFeature = Feature<Geometry, { name: string } | null>;
type Line = Position[];
type Geom = GeometryObject;

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

/**
 * How many of world-atlas's grid steps make one step of the packed grid, for each scale. The
 * 1:50m map keeps world-atlas's own grid, 0.0036° by 0.0017° (about 330 by 190 m at Syria's
 * latitude), so none of its points moves. The 1:110m map, seen at zoom 2 to 6, is put on a grid four times coarser,
 * 0.0144° by 0.0068°: a point moves at most half a step, under half a pixel at zoom 6. The
 * Golan's western edge, with finer coordinates, is put on a grid ten times finer than the 1:50m
 * one (about 33 by 19 m): its ends, on the Israel–Syria line, stay exactly where that line's are.
 */
const GRID = { region: 1, world: 4, golanEdge: 1 / 10 } as const;

const nameOf = (g: { properties?: { name: string } | null }) => g.properties?.name ?? '';
const is = (g: { properties?: { name: string } | null }, name: string) => nameOf(g) === name;

/**
 * A topology of these objects (a line two of them share becomes one arc), on a grid `grid` times
 * as coarse as world-atlas's.
 */
function packedTopology(
  objects: Record<string, Geometry | FeatureCollection>,
  grid: number,
  source: Transform,
): Topology<Objects> {
  const [sx, sy] = source.scale;
  return quantize(topology(objects) as Topology<Objects>, {
    scale: [sx * grid, sy * grid],
    translate: source.translate,
  });
}

const polygons = (g: Geom): ArcList[][] => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);
const lines = (g: Geom): ArcList[] => (g.type === 'LineString' ? [g.arcs] : g.type === 'MultiLineString' ? g.arcs : []);
const members = (g: Geom | undefined): Geom[] => (g?.type === 'GeometryCollection' ? g.geometries : []);

/** The Israel–Syria line as world-atlas draws it. */
function israelSyriaLine(topo50: Countries): Line {
  const line = mesh(
    topo50,
    topo50.objects.countries,
    ((a: CountryFeature, b: CountryFeature) =>
      a !== b && [a, b].some((g) => is(g, 'Israel')) && [a, b].some((g) => is(g, 'Syria'))) as never,
  ) as MultiLineString;
  if (line.coordinates.length !== 1) throw new Error('expected one Israel–Syria line in world-atlas 50m');
  return line.coordinates[0]!;
}

/**
 * The occupied Golan's western and southern edge, south to north: Natural Earth's outline of the
 * Golan Heights between the two ends of the Israel–Syria line, starting and ending on them.
 */
function golanWestEdge(ceasefire: Line): Line {
  const [south, north] =
    ceasefire[0]![1]! < ceasefire.at(-1)![1]! ? [ceasefire[0]!, ceasefire.at(-1)!] : [ceasefire.at(-1)!, ceasefire[0]!];
  const ring = GOLAN_NATURAL_EARTH_50M.slice(0, -1);
  const nearest = ([x = 0, y = 0]: Position) =>
    ring.reduce(
      (best, [px, py], i) => ((px - x) ** 2 + (py - y) ** 2 < best.d ? { i, d: (px - x) ** 2 + (py - y) ** 2 } : best),
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
  return [south, ...(forward.some((p) => p === ring[west]) ? forward : walk(-1)), north];
}

/** The same line walked the other way. */
const reversed = (list: ArcList): ArcList => [...list].reverse().map((n) => ~n);

/** The basemap as window.SITE_BASEMAP holds it. */
export function basemapData(root: string): PackedBasemap {
  const require = createRequire(join(root, 'package.json'));
  const read = (path: string) => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as Countries;
  const topo50 = read('world-atlas/countries-50m.json');
  const topo110 = read('world-atlas/countries-110m.json');
  const countries = (
    topo: Countries,
    keep: (f: CountryFeature) => boolean,
  ): FeatureCollection<Geometry, { name: string }> => ({
    type: 'FeatureCollection',
    features: (feature(topo, topo.objects.countries).features as CountryFeature[])
      .filter((f) => f.geometry && keep(f))
      .map((f) => ({ type: 'Feature', properties: { name: nameOf(f) }, geometry: f.geometry })),
  });
  const region = countries(topo50, (f) => DETAILED.has(nameOf(f)));
  const missing = [...DETAILED].filter((name) => !region.features.some((f) => f.properties.name === name));
  if (missing.length)
    throw new Error(
      `world-atlas 50m has no ${missing.join(', ')}: update DETAILED in integrations/lib/basemap-data.ts`,
    );
  const israelSyria = (a: CountryFeature, b: CountryFeature) =>
    [a, b].some((g) => is(g, 'Israel')) && [a, b].some((g) => is(g, 'Syria'));
  const ceasefire = israelSyriaLine(topo50);

  const worldTopo = packedTopology(
    {
      land: countries(topo110, (f) => !DETAILED.has(nameOf(f))),
      // Every border the 1:110m map draws, including those of the detailed countries with the rest.
      borders: mesh(
        topo110,
        topo110.objects.countries,
        ((a: CountryFeature, b: CountryFeature) =>
          a !== b && !(DETAILED.has(nameOf(a)) && DETAILED.has(nameOf(b)))) as never,
      ),
    },
    GRID.world,
    topo110.transform!,
  );
  const regionTopo = packedTopology(
    {
      land: region,
      borders: mesh(
        topo50,
        topo50.objects.countries,
        ((a: CountryFeature, b: CountryFeature) =>
          a !== b && DETAILED.has(nameOf(a)) && DETAILED.has(nameOf(b)) && !israelSyria(a, b)) as never,
      ),
      ceasefire: { type: 'LineString', coordinates: ceasefire } satisfies LineString,
    },
    GRID.region,
    topo50.transform!,
  );
  const edgeTopo = packedTopology(
    { edge: { type: 'LineString', coordinates: golanWestEdge(ceasefire) } satisfies LineString },
    GRID.golanEdge,
    topo50.transform!,
  );

  // Arcs are numbered across the grids, in this order.
  const topologies = [worldTopo, regionTopo, edgeTopo];
  const numbering = (topo: Topology<Objects>) => {
    const offset = topologies.slice(0, topologies.indexOf(topo)).reduce((n, t) => n + t.arcs.length, 0);
    return (list: ArcList): ArcList => list.map((n) => (n < 0 ? ~(~n + offset) : n + offset));
  };
  const inRegion = numbering(regionTopo);
  const world = worldTopo.objects;
  const detailed = regionTopo.objects;
  const worldLand = members(world.land).map(polygons);
  const regionLand = members(detailed.land).map((g) => polygons(g).map((p) => p.map(inRegion)));
  // topojson-server keeps the features in their order.
  const syria = region.features.findIndex((f) => f.properties.name === 'Syria');
  const [israelSyriaArcs] = detailed.ceasefire ? lines(detailed.ceasefire).map(inRegion) : [];
  const [edgeArcs] = edgeTopo.objects.edge ? lines(edgeTopo.objects.edge).map(numbering(edgeTopo)) : [];
  if (regionLand.length !== region.features.length || syria < 0 || !israelSyriaArcs || !edgeArcs)
    throw new Error('the packed basemap lost a country or the Golan');
  // The Golan: its western edge south to north, then the Israel–Syria line north to south.
  const southFirst = ceasefire[0]![1]! < ceasefire.at(-1)![1]!;
  const golan = [...edgeArcs, ...(southFirst ? reversed(israelSyriaArcs) : israelSyriaArcs)];

  const places = JSON.parse(readFileSync(join(root, 'content/places.json'), 'utf8')) as Parameters<
    typeof storyCityLabels
  >[0];
  return {
    grids: topologies.map(packGrid),
    land: [...worldLand, ...regionLand],
    syria: worldLand.length + syria,
    borders: [
      ...(world.borders ? lines(world.borders) : []),
      ...(detailed.borders ? lines(detailed.borders) : []).map(inRegion),
      edgeArcs,
    ],
    ceasefire: [israelSyriaArcs],
    golan: [golan],
    labels: [...COUNTRY_LABELS, ...REFERENCE_CITIES, ...storyCityLabels(places), GOLAN_LABEL],
  };
}

/** The basemap script and its gzipped size; throws when world-atlas changes shape or the budget is passed. */
export function basemapScript(root: string): { js: string; gzip: number } {
  const js = `/* Basemap: world-atlas 2.0.2 (Natural Earth, public domain) and Natural Earth's Golan Heights outline, packed as src/lib/map/basemap-packed.ts reads it; built by integrations/basemap.ts. */\nwindow.SITE_BASEMAP=${JSON.stringify(basemapData(root))};\n`;
  const gzip = gzipSync(js).length;
  if (gzip > BUDGET_GZIP) throw new Error(`basemap is ${gzip} bytes gzipped, over its ${BUDGET_GZIP}-byte budget`);
  return { js, gzip };
}
