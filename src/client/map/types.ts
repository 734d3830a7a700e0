// What the page hands the map: the data written by src/lib/map/data.ts and the packed basemap set
// by js/basemap.js (integrations/lib/basemap-data.ts; unpacked by src/lib/map/basemap-packed.ts).
// Leaflet and markercluster are bundled into site-map.js and live on window.L, as their UMD
// builds expect.
import type * as Leaflet from 'leaflet';
import type { Feature } from 'geojson';
import type { PackedBasemap } from '../../lib/map/basemap-packed.ts';

export type { MapData, MapPlace, MapEvent } from '../../lib/map/data.ts';
export type { PackedBasemap } from '../../lib/map/basemap-packed.ts';

declare global {
  interface Window {
    L: typeof Leaflet;
    SITE_BASEMAP?: PackedBasemap;
  }
}

export type L = typeof Leaflet;
export type { Feature };
