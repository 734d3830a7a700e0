// The optional street map. Off by default: the page says what it would load and from where,
// and only a reader's click adds OpenStreetMap's tiles (with their attribution). The choice is
// remembered on this device; where storage is unavailable (some file:// and private modes) the
// map simply starts without it.
import type * as Leaflet from 'leaflet';

const KEY = 'site-map:street-map';
export const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    /* nothing to remember with */
  }
}

/** Wires the page's own toggle button (aria-pressed) to the tile layer; returns a cleanup. */
export function streetMapToggle(
  L: typeof Leaflet,
  map: Leaflet.Map,
  button: HTMLButtonElement,
  attribution: string,
): () => void {
  let tiles: Leaflet.TileLayer | null = null;
  const set = (on: boolean) => {
    button.setAttribute('aria-pressed', String(on));
    map.getContainer().classList.toggle('map--street', on);
    if (on && !tiles) {
      // OpenStreetMap's tile policy asks for a Referer; send the site's origin only, not the page.
      tiles = L.tileLayer(TILE_URL, {
        attribution,
        maxZoom: 19,
        referrerPolicy: 'strict-origin-when-cross-origin',
      } as Leaflet.TileLayerOptions).addTo(map);
    } else if (!on && tiles) {
      tiles.remove();
      tiles = null;
    }
  };
  const onClick = () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    remember(on);
    set(on);
  };
  button.addEventListener('click', onClick);
  set(remembered());
  return () => button.removeEventListener('click', onClick);
}
