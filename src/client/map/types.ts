// What the page hands the map: the data written by src/lib/map/data.ts and the basemap set by
// js/basemap.js (integrations/lib/basemap-data.ts). Leaflet and markercluster are bundled into
// site-map.js and live on window.L, as their UMD builds expect.
import type * as Leaflet from 'leaflet';
import type { Feature, FeatureCollection, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import type { MapLabel } from '../../lib/map/labels.ts';

export type { MapData, MapPlace, MapEvent } from '../../lib/map/data.ts';

export interface Basemap {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string; syria?: boolean }>;
  borders: MultiLineString;
  ceasefire: MultiLineString;
  golan: Polygon;
  labels: MapLabel[];
}

declare global {
  interface Window {
    L: typeof Leaflet;
    SITE_BASEMAP?: Basemap;
  }
}

export type L = typeof Leaflet;
export type { Feature };
