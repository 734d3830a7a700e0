// <site-map>: turns the server-rendered list of places into a map, without replacing it (the
// list stays the no-JavaScript and screen-reader alternative). Leaflet draws the offline basemap
// from window.SITE_BASEMAP (js/basemap.js) and the places from the JSON in the element;
// nothing is fetched, so it works from a folder too. Labels come from data-* attributes.
//
// On the map page (data-follow-hash) the address follows the selection: /<lang>/map/#<place-id>
// opens with that place selected, and selecting another place updates it.
import 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './map/site-map.css';
import type * as Leaflet from 'leaflet';
import type { Lang } from '../i18n/locales.ts';
import type { MapData } from './map/types.ts';
import { basemapSteps } from './map/basemap-layers.ts';
import { drawPlaces, type PlaceLayers } from './map/place-layers.ts';
import { streetMapToggle } from './map/street-layer.ts';
import { hashForPlace, placeIdFromHash } from '../lib/map/hash.ts';
import { atLeast, zoomControlCorner } from '../lib/map/view.ts';
import { afterNextPaint, nextTask, runSteps } from '../lib/steps.ts';
import { stylesheetLoaded } from './map/stylesheet.ts';

let uid = 0;

/** The first view is never narrower than this many degrees, so a lone neighbourhood keeps its country around it. */
const MIN_SPAN_DEG = 1.5;

export class SiteMap extends HTMLElement {
  private map: Leaflet.Map | null = null;
  private places: PlaceLayers | null = null;
  private cleanups: (() => void)[] = [];
  /** A drawing has started; `runs` counts removals from the page, so a drawing in steps stops when its element leaves. */
  private drawing = false;
  private runs = 0;

  connectedCallback(): void {
    // An embedded map is the whole view: drawn at once, so the view has its true height even in
    // a frame below the host page's fold (where this observer would wait for the reader).
    if (this.hasAttribute('data-eager')) {
      void this.draw();
      return;
    }
    // A map far down the page (an event's places come after its text) is drawn only when the
    // reader comes near it, so the text loads first on a slow phone. (Its files come then too:
    // src/client/site-map-loader.ts.)
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        void this.draw();
      },
      { rootMargin: '400px 0px' },
    );
    near.observe(this);
    this.cleanups.push(() => near.disconnect());
  }

  /**
   * Draws the map in steps, each its own task, after the page's first paint: the map and its
   * view, the basemap (itself in steps), the places, then what makes it live. On a slow phone the page keeps
   * answering between steps; the frame already has its size (SiteMap.astro), so nothing around
   * it moves.
   */
  private async draw(): Promise<void> {
    const L = window.L;
    const pane = this.querySelector<HTMLElement>('.map-pane');
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!L || !pane || !json || this.drawing) return;
    this.drawing = true;
    const run = this.runs;
    const wanted = () => this.runs === run && this.isConnected;
    performance.mark('site-map:start');
    await stylesheetLoaded(this.dataset.stylesheet);
    // The page paints first, and each step starts after a painted frame: the browser has done its
    // own layout by then (a font that arrived, the step before), so no step pays for it. Not in an
    // embedded view: in a frame below the host page's fold the browser paints nothing (so no frame
    // callback comes) until the reader scrolls to it; there a step just waits for a new task.
    const eager = this.hasAttribute('data-eager');
    const pause = eager ? nextTask(window) : () => afterNextPaint(window);
    if (!eager) await pause();

    const data = JSON.parse(json) as MapData;
    const d = this.dataset;
    const lang = (d.lang === 'en' ? 'en' : 'ar') as Lang;
    const dir = d.dir === 'ltr' ? 'ltr' : 'rtl';
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const start = d.initial === 'all' ? data.all : data.focus;
    const focus = start ? atLeast(start, MIN_SPAN_DEG) : null;
    const maxFit = Number(d.maxZoom ?? 7);
    const follow = this.hasAttribute('data-follow-hash');
    const known = new Set(data.places.map((p) => p.id));
    let map!: Leaflet.Map;

    const done = await runSteps(
      [
        () => {
          // Shows the frame where the page's styles could not (SiteMap.astro); elsewhere it would
          // only make the browser restyle the whole element for nothing.
          if (!matchMedia('(scripting: enabled)').matches) this.dataset.live = '';
          map = L.map(pane, {
            zoomControl: false,
            attributionControl: false,
            // markercluster needs a maxZoom when no tile layer sets one.
            maxZoom: 16,
            minZoom: 2,
            worldCopyJump: true,
            zoomAnimation: !still,
            fadeAnimation: !still,
            markerZoomAnimation: !still,
          });
          this.map = map;
          L.control
            .zoom({ position: zoomControlCorner(dir), zoomInTitle: d.zoomIn ?? '+', zoomOutTitle: d.zoomOut ?? '−' })
            .addTo(map);
          L.control.attribution({ position: 'bottomright', prefix: d.attribution ?? false }).addTo(map);
          if (focus) map.fitBounds(focus, { maxZoom: maxFit, padding: [16, 16], animate: false });
          else map.setView([35, 38.5], 6);
        },
        () => (window.SITE_BASEMAP ? basemapSteps(L, map, window.SITE_BASEMAP, lang, `map-hatch-${++uid}`) : []),
        () => {
          this.places = drawPlaces(L, map, data.places, {
            lang,
            dir,
            animate: !still,
            onSelect: (id) => {
              if (follow) this.showInAddress(id, known);
              // Another view on the page (the explore page's timeline) follows the reader's choice.
              this.dispatchEvent(new CustomEvent('site-map:select', { bubbles: true, detail: { id } }));
            },
            labels: {
              eventsHere: d.eventsHere ?? '',
              noEvents: d.noEvents ?? '',
              cluster: d.cluster ?? '{n}',
              close: d.close ?? '×',
            },
          });
        },
        () => {
          const street = this.querySelector<HTMLButtonElement>('[data-street-toggle]');
          if (street) this.cleanups.push(streetMapToggle(L, map, street, d.streetAttribution ?? 'OpenStreetMap'));
          this.wireViewToggle(map, data, focus, maxFit);
          if (follow) this.followHash(known);
          const onMove = () => {
            const c = map.getCenter();
            this.dispatchEvent(
              new CustomEvent('site-map:view', {
                bubbles: true,
                detail: { lat: c.lat, lng: c.lng, zoom: map.getZoom() },
              }),
            );
          };
          map.on('moveend', onMove);
          this.cleanups.push(() => map.off('moveend', onMove));
        },
      ],
      pause,
      wanted,
      // The basemap's batches need no painted frame between them, only the thread handed back.
      nextTask(window),
    );
    if (!done) return;
    // Tests and the benchmark wait for this: everything is drawn.
    this.dataset.ready = '';
    performance.mark('site-map:ready');
    this.dispatchEvent(new CustomEvent('site-map:ready', { bubbles: true }));
  }

  /** "Show every place" ⇄ "Back to Syria", when some places lie far from the rest. */
  private wireViewToggle(map: Leaflet.Map, data: MapData, focus: MapData['focus'], maxFit: number): void {
    const button = this.querySelector<HTMLButtonElement>('[data-view-toggle]');
    if (!button || !data.all || !focus) return;
    let wide = false;
    const onClick = () => {
      wide = !wide;
      map.fitBounds(wide ? data.all! : focus, { maxZoom: maxFit, padding: [16, 16] });
      button.textContent = (wide ? this.dataset.showFocus : this.dataset.showAll) ?? '';
    };
    button.addEventListener('click', onClick);
    this.cleanups.push(() => button.removeEventListener('click', onClick));
  }

  /** /<lang>/map/#<place-id> selects that place; a bad address selects nothing and breaks nothing. */
  private followHash(known: ReadonlySet<string>): void {
    const fromHash = () => {
      const id = placeIdFromHash(location.hash, known);
      if (id) this.places?.select(id);
    };
    addEventListener('hashchange', fromHash);
    this.cleanups.push(() => removeEventListener('hashchange', fromHash));
    fromHash();
  }

  /** The address follows the selection, without adding to the history at every click. */
  private showInAddress(id: string | null, known: ReadonlySet<string>): void {
    const hash = hashForPlace(id);
    if (location.hash === hash) return;
    // Closing a popup clears a place from the address, never some other anchor.
    if (!id && !placeIdFromHash(location.hash, known)) return;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  /** Opens a place's popup without announcing it as the reader's choice. */
  selectPlace(id: string): void {
    this.places?.select(id, true);
  }

  /** Shows only these places (null: all); records the count in data-shown-places. */
  showOnly(ids: ReadonlySet<string> | null): void {
    if (!this.places) return;
    this.dataset.shownPlaces = String(this.places.showOnly(ids));
  }

  /** Moves the map to a centre and zoom (the explore page's address). */
  setView(lat: number, lng: number, zoom: number): void {
    this.map?.setView([lat, lng], zoom, { animate: false });
  }

  disconnectedCallback(): void {
    this.runs += 1;
    this.drawing = false;
    this.cleanups.splice(0).forEach((undo) => undo());
    this.places?.destroy();
    this.map?.remove();
    this.map = null;
    this.places = null;
    delete this.dataset.ready;
    delete this.dataset.live;
  }
}

if (!customElements.get('site-map')) customElements.define('site-map', SiteMap);
