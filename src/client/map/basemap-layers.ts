// The offline basemap: land, borders, the occupied Syrian Golan (hatched) and the names, drawn as
// vectors by Leaflet. Nothing here is interactive: it is the paper the places are drawn on.
import type * as Leaflet from 'leaflet';
import type { PackedBasemap } from './types.ts';
import type { Lang } from '../../i18n/locales.ts';
import { unpackBasemap, type BasemapShapes } from '../../lib/map/basemap-packed.ts';
import { labelsAt } from '../../lib/map/labels.ts';
import { batchesByWeight, type Step } from '../../lib/steps.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Diagonal hatching for the occupied Golan, defined once inside the map's own <svg>. */
function addHatch(map: Leaflet.Map, id: string): void {
  const svg = map.getPanes().overlayPane.querySelector('svg');
  if (!svg || svg.querySelector(`#${id}`)) return;
  const defs = document.createElementNS(SVG, 'defs');
  const pattern = document.createElementNS(SVG, 'pattern');
  pattern.setAttribute('id', id);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '7');
  pattern.setAttribute('height', '7');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', '7');
  bg.setAttribute('height', '7');
  bg.setAttribute('class', 'map-hatch-bg');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '0');
  line.setAttribute('y1', '0');
  line.setAttribute('x2', '0');
  line.setAttribute('y2', '7');
  line.setAttribute('class', 'map-hatch-line');
  pattern.append(bg, line);
  defs.append(pattern);
  svg.prepend(defs);
}

/** Unpacked once a page, however many maps it draws: Leaflet only reads the points. */
const unpacked = new WeakMap<PackedBasemap, BasemapShapes<Leaflet.LatLng>>();
function unpack(L: typeof Leaflet, packed: PackedBasemap): BasemapShapes<Leaflet.LatLng> {
  let shapes = unpacked.get(packed);
  if (!shapes) {
    // `npm run bench map` reports this measure.
    performance.mark('site-map:basemap-start');
    shapes = unpackBasemap(packed, (lng, lat) => new L.LatLng(lat, lng));
    performance.measure('site-map:basemap-unpack', 'site-map:basemap-start');
    unpacked.set(packed, shapes);
  }
  return shapes;
}

/**
 * Points Leaflet projects, clips and simplifies in one step. 2,500 took 55 to 77 ms at
 * Lighthouse's 4x slowdown on our 2-core machine; 1,500 keeps each step under its 50 ms for a long
 * task (the world's land is about 12,000 points).
 */
const POINTS_PER_STEP = 1500;

const countPoints = (rings: readonly (readonly unknown[])[]): number => rings.reduce((n, ring) => n + ring.length, 0);

/**
 * The basemap as steps for runSteps (src/lib/steps.ts): unpacking, then the land in batches of
 * countries, then the Golan and the lines, then the names. Drawn in this order, each layer lies
 * above the one before.
 */
export function basemapSteps(
  L: typeof Leaflet,
  map: Leaflet.Map,
  packed: PackedBasemap,
  lang: Lang,
  hatchId: string,
): Step[] {
  const quiet = { interactive: false, bubblingMouseEvents: false } as const;
  return [
    () => {
      const shapes = unpack(L, packed);
      const countries = shapes.land.map((polygons, i) => ({ polygons, syria: i === shapes.syria }));
      const batches = batchesByWeight(
        countries,
        (c) => c.polygons.reduce((n, p) => n + countPoints(p), 0),
        POINTS_PER_STEP,
      );
      return [
        ...batches.map((batch) => () => {
          for (const { polygons, syria } of batch)
            L.polygon(polygons, {
              ...quiet,
              className: syria ? 'map-land map-syria' : 'map-land',
              stroke: false,
              fillOpacity: 1,
            }).addTo(map);
        }),
        () => {
          const golan = L.polygon(shapes.golan, {
            ...quiet,
            className: 'map-golan',
            stroke: false,
            fillOpacity: 1,
            fillColor: `url(#${hatchId})`,
          }).addTo(map);
          addHatch(map, hatchId);
          golan.bringToFront();
          L.polyline(shapes.borders, { ...quiet, className: 'map-border', weight: 1 }).addTo(map);
          L.polyline(shapes.ceasefire, { ...quiet, className: 'map-ceasefire', weight: 1.5, dashArray: '4 4' }).addTo(
            map,
          );
        },
        () => drawNames(L, map, packed, lang),
      ];
    },
  ];
}

/** Names live in their own pane above the land and below the places, and never catch a click. */
function drawNames(L: typeof Leaflet, map: Leaflet.Map, packed: PackedBasemap, lang: Lang): void {
  const pane = map.createPane('labels');
  pane.style.zIndex = '450';
  pane.style.pointerEvents = 'none';
  // The names repeat what the list under the map says; screen readers read the list.
  pane.setAttribute('aria-hidden', 'true');
  const names = L.layerGroup([], { pane: 'labels' }).addTo(map);
  const redraw = () => {
    names.clearLayers();
    for (const label of labelsAt(packed.labels, map.getZoom(), lang)) {
      const span = document.createElement('span');
      span.textContent = label.text;
      span.lang = lang;
      const icon = L.divIcon({ className: `map-label map-label--${label.kind}`, html: span, iconSize: undefined });
      names.addLayer(L.marker([label.lat, label.lng], { icon, pane: 'labels', interactive: false, keyboard: false }));
    }
  };
  map.on('zoomend', redraw);
  redraw();
}
