// The offline basemap: land, borders, the occupied Syrian Golan (hatched) and the names, drawn as
// vectors by Leaflet. Nothing here is interactive: it is the paper the places are drawn on.
import type * as Leaflet from 'leaflet';
import type { Basemap } from './types.ts';
import type { Lang } from '../../i18n/locales.ts';
import { labelsAt } from '../../lib/map/labels.ts';

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

export function drawBasemap(L: typeof Leaflet, map: Leaflet.Map, basemap: Basemap, lang: Lang, hatchId: string): void {
  const quiet = { interactive: false, bubblingMouseEvents: false } as const;
  L.geoJSON(basemap.countries, {
    ...quiet,
    style: (f) => ({
      className: f?.properties.syria ? 'map-land map-syria' : 'map-land',
      stroke: false,
      fillOpacity: 1,
    }),
  }).addTo(map);
  const golan = L.geoJSON(basemap.golan, {
    ...quiet,
    style: { className: 'map-golan', stroke: false, fillOpacity: 1, fillColor: `url(#${hatchId})` },
  }).addTo(map);
  addHatch(map, hatchId);
  golan.bringToFront();
  L.geoJSON(basemap.borders, { ...quiet, style: { className: 'map-border', fill: false, weight: 1 } }).addTo(map);
  L.geoJSON(basemap.ceasefire, {
    ...quiet,
    style: { className: 'map-ceasefire', fill: false, weight: 1.5, dashArray: '4 4' },
  }).addTo(map);

  // Names live in their own pane above the land and below the places, and never catch a click.
  const pane = map.createPane('labels');
  pane.style.zIndex = '450';
  pane.style.pointerEvents = 'none';
  // The names repeat what the list under the map says; screen readers read the list.
  pane.setAttribute('aria-hidden', 'true');
  const names = L.layerGroup([], { pane: 'labels' }).addTo(map);
  const redraw = () => {
    names.clearLayers();
    for (const label of labelsAt(basemap.labels, map.getZoom(), lang)) {
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
