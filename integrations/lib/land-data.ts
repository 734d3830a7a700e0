// The land the content check places every place on: Natural Earth's 1:50m land (world-atlas,
// already used for the basemap; see basemap-data.ts), as polygons with bounding boxes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { landPolygon, type LandPolygon } from '../../src/lib/geo/land.ts';

let cached: LandPolygon[] | undefined;

/** Read once from this project's world-atlas, whichever content folder is checked. */
export function readLand(): LandPolygon[] {
  cached ??= decodeLand();
  return cached;
}

function decodeLand(): LandPolygon[] {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-50m.json'), 'utf8')) as Topology<{
    land: GeometryCollection;
  }>;
  const { features } = feature(topology, topology.objects.land);
  return features.flatMap(({ geometry }) => {
    const shape = geometry as Polygon | MultiPolygon;
    const polygons =
      shape.type === 'Polygon' ? [shape.coordinates] : shape.type === 'MultiPolygon' ? shape.coordinates : [];
    return polygons.map((rings) => landPolygon(rings as [number, number][][]));
  });
}
