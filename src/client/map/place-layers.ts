// The places on the map. A place whose position comes from its source is a dot; a place whose
// position is the project's estimate is a hollow dot with a circle of its precision radius, so
// nobody reads an estimate as an address. Dots are clustered (markercluster) so thousands stay
// usable; they are buttons a keyboard reaches, and Enter opens the popup.
import type * as Leaflet from 'leaflet';
import type { Lang } from '../../i18n/locales.ts';
import type { MapPlace } from './types.ts';
import { popupContent, type PopupLabels } from './popup-content.ts';

export interface PlaceLayerLabels extends PopupLabels {
  /** "{n} places", for a cluster's accessible name. */
  cluster: string;
  /** The popup's close button. */
  close: string;
}

export interface PlaceLayers {
  markers: Map<string, Leaflet.Marker>;
  select(id: string): void;
  destroy(): void;
}

export function drawPlaces(
  L: typeof Leaflet,
  map: Leaflet.Map,
  places: readonly MapPlace[],
  options: { lang: Lang; dir: 'rtl' | 'ltr'; labels: PlaceLayerLabels; animate: boolean },
): PlaceLayers {
  const { lang, dir, labels, animate } = options;
  const cluster = L.markerClusterGroup({
    maxClusterRadius: 36,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    animate,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      const size = n < 10 ? 30 : n < 100 ? 36 : 44;
      return L.divIcon({ className: 'map-cluster', html: `<span>${n}</span>`, iconSize: [size, size] });
    },
  });
  // A cluster's accessible name says what it is; Enter zooms into it, as a click does.
  cluster.on('clusterkeypress', (e: Leaflet.LeafletEvent & { layer: Leaflet.MarkerCluster; originalEvent?: KeyboardEvent }) => {
    if (e.originalEvent?.key !== 'Enter') return;
    if (map.getZoom() >= map.getMaxZoom()) e.layer.spiderfy();
    else e.layer.zoomToBounds({ padding: [24, 24] });
    map.getContainer().focus();
  });
  const nameClusters = () => {
    for (const icon of map.getPanes().markerPane.querySelectorAll<HTMLElement>('.map-cluster')) {
      icon.setAttribute('aria-label', labels.cluster.replace('{n}', icon.textContent ?? ''));
    }
  };

  const markers = new Map<string, Leaflet.Marker>();
  const circles = new Map<string, Leaflet.Circle>();
  const precise = L.divIcon({ className: 'map-place', iconSize: [16, 16] });
  const estimated = L.divIcon({ className: 'map-place map-place--approx', iconSize: [16, 16] });
  for (const place of places) {
    const marker = L.marker([place.lat, place.lng], { icon: place.approximate ? estimated : precise, title: place.name, keyboard: true, riseOnHover: true });
    marker.bindPopup(() => popupContent(place, lang, dir, labels), { maxWidth: 280, minWidth: 180, autoPanPadding: [24, 24], className: 'map-popup-frame' });
    markers.set(place.id, marker);
    if (place.approximate) circles.set(place.id, L.circle([place.lat, place.lng], { radius: place.precision, className: 'map-precision', interactive: false }));
  }
  cluster.addLayers([...markers.values()]);
  map.addLayer(cluster);

  // Circles are drawn only for estimated places whose dot is visible on its own: thousands of
  // sub-pixel circles under the clusters would cost time and show nothing.
  const ring = L.layerGroup().addTo(map);
  const syncCircles = () => {
    const view = map.getBounds().pad(0.2);
    for (const [id, circle] of circles) {
      const marker = markers.get(id)!;
      const show = view.contains(marker.getLatLng()) && cluster.getVisibleParent(marker) === marker;
      if (show && !ring.hasLayer(circle)) ring.addLayer(circle);
      else if (!show && ring.hasLayer(circle)) ring.removeLayer(circle);
    }
    nameClusters();
  };
  map.on('moveend zoomend', syncCircles);
  cluster.on('animationend spiderfied unspiderfied', syncCircles);
  syncCircles();

  // Keyboard readers land in the popup they opened, and go back to the dot when it closes.
  let opener: HTMLElement | null = null;
  const onOpen = (e: Leaflet.PopupEvent) => {
    const icon = (e.popup as unknown as { _source?: Leaflet.Marker })._source?.getElement();
    const close = e.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button');
    close?.setAttribute('aria-label', labels.close);
    if (icon && document.activeElement === icon) {
      opener = icon;
      e.popup.getElement()?.querySelector<HTMLElement>('.map-popup-name')?.focus();
    }
  };
  const onClose = (e: Leaflet.PopupEvent) => {
    if (opener && e.popup.getElement()?.contains(document.activeElement)) opener.focus();
    opener = null;
  };
  map.on('popupopen', onOpen);
  map.on('popupclose', onClose);

  return {
    markers,
    select(id) {
      const marker = markers.get(id);
      if (!marker) return;
      cluster.zoomToShowLayer(marker, () => {
        if (map.getZoom() < 9) map.setView(marker.getLatLng(), 9, { animate: false });
        marker.openPopup();
      });
    },
    destroy() {
      map.off('moveend zoomend', syncCircles);
      map.off('popupopen', onOpen);
      map.off('popupclose', onClose);
    },
  };
}
