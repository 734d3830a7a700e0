// The places on the map. A place whose position comes from its source is a dot; a place whose
// position is the project's estimate is a hollow dot with a circle of its precision radius, so
// nobody reads an estimate as an address. Dots are clustered (markercluster) so thousands stay
// usable; they are buttons a keyboard reaches, and Enter opens the popup.
import type * as Leaflet from 'leaflet';
import type { Lang } from '../../i18n/locales.ts';
import type { MapPlace } from './types.ts';
import { popupContent, type PopupLabels } from './popup-content.ts';

export interface PlaceLayerLabels extends PopupLabels {
  /** "{n} places…", for a cluster's accessible name. */
  cluster: string;
  /** The popup's close button. */
  close: string;
}

export interface PlaceLayers {
  /** Opens a place's popup, zooming until its dot stands alone; `quiet` does not call onSelect. */
  select(id: string, quiet?: boolean): void;
  /** Shows only these places (null: all of them). Returns how many are shown. */
  showOnly(ids: ReadonlySet<string> | null): number;
  destroy(): void;
}

export function drawPlaces(
  L: typeof Leaflet,
  map: Leaflet.Map,
  places: readonly MapPlace[],
  options: {
    lang: Lang;
    dir: 'rtl' | 'ltr';
    labels: PlaceLayerLabels;
    animate: boolean;
    onSelect?: (id: string | null) => void;
  },
): PlaceLayers {
  const { lang, dir, labels, animate, onSelect } = options;
  const cluster = L.markerClusterGroup({
    maxClusterRadius: 36,
    // From zoom 12 every dot stands alone (the story's two closest places, 700 m apart in
    // al-Waer, are 22 px apart there). Fewer clustering levels make the first render of
    // thousands of places about twice as fast.
    disableClusteringAtZoom: 12,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    animate,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      const size = n < 10 ? 30 : n < 100 ? 36 : 44;
      return L.divIcon({ className: 'map-cluster', html: `<span>${n}</span>`, iconSize: [size, size] });
    },
  });
  // On the map before the markers: markercluster's addLayers checks each marker against a
  // pending list while the group is off the map, which is quadratic in the number of places.
  map.addLayer(cluster);

  const markers = new Map<string, Leaflet.Marker>();
  const placeOf = new Map<Leaflet.Marker, MapPlace>();
  const precise = L.divIcon({ className: 'map-place', iconSize: [16, 16] });
  const estimated = L.divIcon({ className: 'map-place map-place--approx', iconSize: [16, 16] });
  for (const place of places) {
    const marker = L.marker([place.lat, place.lng], {
      icon: place.approximate ? estimated : precise,
      title: place.name,
      keyboard: true,
      riseOnHover: true,
    });
    markers.set(place.id, marker);
    placeOf.set(marker, place);
  }
  // No 'layeradd' event per marker: nothing listens, and 10,000 events cost a tenth of a second.
  cluster.addLayers([...markers.values()], true);

  // One popup for the whole map, filled when it opens: thousands of bound popups would cost
  // time and memory for content nobody has asked for yet.
  const popup = L.popup({
    maxWidth: 280,
    minWidth: 180,
    autoPanPadding: [24, 24],
    offset: [0, -4],
    className: 'map-popup-frame',
  });
  let current: Leaflet.Marker | null = null;
  let opener: HTMLElement | null = null;
  let quietly = false;
  const open = (marker: Leaflet.Marker) => {
    const place = placeOf.get(marker);
    if (!place) return;
    const icon = marker.getElement();
    opener = icon && document.activeElement === icon ? icon : null;
    current = marker;
    popup
      .setLatLng(marker.getLatLng())
      .setContent(popupContent(place, lang, dir, labels))
      .openOn(map);
    const el = popup.getElement();
    el?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', labels.close);
    // A keyboard reader lands in the popup they opened, and goes back to the dot when it closes.
    if (opener) el?.querySelector<HTMLElement>('.map-popup-name')?.focus();
    if (!quietly) onSelect?.(place.id);
  };
  const onClose = (e: Leaflet.PopupEvent) => {
    if (e.popup !== popup) return;
    if (
      opener &&
      (!document.activeElement ||
        document.activeElement === document.body ||
        popup.getElement()?.contains(document.activeElement))
    )
      opener.focus();
    opener = null;
    current = null;
    onSelect?.(null);
  };
  map.on('popupclose', onClose);

  // markercluster passes on its markers' events with the marker as `layer`.
  type LayerEvent<T> = { layer: T; originalEvent?: KeyboardEvent };
  const of = <T>(e: unknown) => e as LayerEvent<T>;
  cluster.on('click', (e) => open(of<Leaflet.Marker>(e).layer));
  cluster.on('keypress', (e) => {
    if (of(e).originalEvent?.key === 'Enter') open(of<Leaflet.Marker>(e).layer);
  });
  // Enter on a cluster zooms into it, as a click does.
  cluster.on('clusterkeypress', (e) => {
    const { layer, originalEvent } = of<Leaflet.MarkerCluster>(e);
    if (originalEvent?.key !== 'Enter') return;
    if (map.getZoom() >= map.getMaxZoom()) layer.spiderfy();
    else layer.zoomToBounds({ padding: [24, 24] });
    map.getContainer().focus();
  });

  // Circles for estimated places are drawn only while their dot is visible on its own: thousands
  // of sub-pixel circles under the clusters would cost time and show nothing. Made on first use.
  const circles = new Map<Leaflet.Marker, Leaflet.Circle | null>();
  for (const [marker, place] of placeOf) if (place.approximate) circles.set(marker, null);
  const ring = L.layerGroup().addTo(map);
  const sync = () => {
    const view = map.getBounds().pad(0.2);
    for (const [marker, circle] of circles) {
      const show = view.contains(marker.getLatLng()) && cluster.getVisibleParent(marker) === marker;
      if (show && !circle) {
        const place = placeOf.get(marker)!;
        const made = L.circle([place.lat, place.lng], {
          radius: place.precision,
          className: 'map-precision',
          interactive: false,
        });
        circles.set(marker, made);
        ring.addLayer(made);
      } else if (circle && show !== ring.hasLayer(circle)) {
        if (show) ring.addLayer(circle);
        else ring.removeLayer(circle);
      }
    }
    // A cluster's accessible name says how many places it holds and what Enter does.
    for (const icon of map.getPanes().markerPane.querySelectorAll<HTMLElement>('.map-cluster')) {
      icon.setAttribute('aria-label', labels.cluster.replace('{n}', icon.textContent ?? ''));
    }
  };
  map.on('moveend zoomend', sync);
  cluster.on('animationend spiderfied unspiderfied', sync);
  sync();

  return {
    select(id, quiet = false) {
      const marker = markers.get(id);
      if (!marker || marker === current || !cluster.hasLayer(marker)) return;
      cluster.zoomToShowLayer(marker, () => {
        if (map.getZoom() < 9) map.setView(marker.getLatLng(), 9, { animate: false });
        quietly = quiet;
        open(marker);
        quietly = false;
      });
    },
    showOnly(ids) {
      const wanted = [...markers].filter(([id]) => !ids || ids.has(id)).map(([, marker]) => marker);
      if (current && !wanted.includes(current)) map.closePopup(popup);
      cluster.clearLayers();
      cluster.addLayers(wanted, true);
      sync();
      return wanted.length;
    },
    destroy() {
      map.off('moveend zoomend', sync);
      map.off('popupclose', onClose);
    },
  };
}
