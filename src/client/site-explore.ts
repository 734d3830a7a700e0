// <site-explore>: the timeline and the map side by side, as one view. Selecting an event on the
// timeline opens its place on the map; choosing a place on the map selects its first event on
// the timeline; zooming the timeline into a stretch of time, or hiding chapters, leaves on the
// map only the places of the events still shown. The whole state lives in the URL fragment
// (src/lib/explore-state.ts), so a view can be shared. Both elements keep working alone.
import type { SiteTimeline } from './site-timeline.ts';
import type { SiteMap } from './site-map.ts';
import { formatExploreHash, parseExploreHash, placesOfEvents, type ExploreState } from '../lib/explore-state.ts';

interface ExploreData {
  /** Place ids of each event. */
  placesByEvent: Record<string, string[]>;
  /** Event ids at each place, in time order. */
  eventsByPlace: Record<string, string[]>;
}

class SiteExplore extends HTMLElement {
  private state: ExploreState = {};
  private cleanups: (() => void)[] = [];

  async connectedCallback(): Promise<void> {
    let data: ExploreData;
    try {
      data = JSON.parse(this.querySelector('script.explore-data')?.textContent ?? '') as ExploreData;
    } catch {
      return;
    }
    await Promise.all([customElements.whenDefined('site-timeline'), customElements.whenDefined('site-map')]);
    const timeline = this.querySelector('site-timeline') as SiteTimeline | null;
    const map = this.querySelector('site-map') as SiteMap | null;
    if (!timeline || !map) return;
    if (!map.hasAttribute('data-ready'))
      await new Promise((done) => map.addEventListener('site-map:ready', done, { once: true }));

    const on = (target: EventTarget, type: string, handler: (e: CustomEvent) => void) => {
      const listener = (e: Event) => handler(e as CustomEvent);
      target.addEventListener(type, listener);
      this.cleanups.push(() => target.removeEventListener(type, listener));
    };
    on(timeline, 'site-timeline:select', (e) => {
      const id = e.detail.id as string | null;
      this.update({ eventId: id ?? undefined });
      const place = id ? data.placesByEvent[id]?.[0] : undefined;
      if (place) map.selectPlace(place);
    });
    on(timeline, 'site-timeline:view', (e) => {
      const { ids, range, hidden } = e.detail as {
        ids: string[];
        range: [number, number] | null;
        hidden: ExploreState['hidden'];
      };
      this.update({ range: range ?? undefined, hidden });
      const narrowed = range !== null || (hidden?.length ?? 0) > 0;
      map.showOnly(narrowed ? placesOfEvents(ids, data.placesByEvent) : null);
    });
    on(map, 'site-map:select', (e) => {
      const place = e.detail.id as string | null;
      const first = place ? data.eventsByPlace[place]?.[0] : undefined;
      if (first) {
        timeline.selectEvent(first, { emit: false });
        this.update({ eventId: first });
      }
    });
    on(map, 'site-map:view', (e) => this.update({ at: e.detail }));
    on(window, 'hashchange', () =>
      this.apply(timeline, map, parseExploreHash(location.hash, new Set(Object.keys(data.placesByEvent)))),
    );

    this.apply(timeline, map, parseExploreHash(location.hash, new Set(Object.keys(data.placesByEvent))));
  }

  disconnectedCallback(): void {
    this.cleanups.splice(0).forEach((undo) => undo());
  }

  /** Brings both views to a state read from the address. */
  private apply(timeline: SiteTimeline, map: SiteMap, state: ExploreState): void {
    this.state = state;
    if (state.hidden) timeline.hideChapters(state.hidden);
    if (state.range) timeline.showRange(state.range);
    // The event first (it opens its place on the map), then the map view the address asks for.
    if (state.eventId) timeline.selectEvent(state.eventId);
    if (state.at) map.setView(state.at.lat, state.at.lng, state.at.zoom);
  }

  /** Records a change and writes the whole state to the address, without adding to history. */
  private update(change: Partial<ExploreState>): void {
    this.state = { ...this.state, ...change };
    for (const key of Object.keys(change) as (keyof ExploreState)[])
      if (change[key] === undefined) delete this.state[key];
    const hash = formatExploreHash(this.state);
    if (hash !== location.hash) history.replaceState(history.state, '', hash || location.pathname);
  }
}

if (!customElements.get('site-explore')) customElements.define('site-explore', SiteExplore);
