// The behaviour of every embedded view (/embed/<lang>/…), the page's first deferred script: it
// runs once the page is parsed and before the timeline's and the map's scripts, so it can narrow
// their data first. It reads the options in the URL (src/lib/embed/params.ts: bad
// values fall back to defaults), applies them, points links that leave the view at the top
// window (or a new tab inside a sandbox), and tells the host page its height whenever it changes.
// It uses no storage and no cookies: in a sandboxed frame they throw.
import { parseEmbedParams, type EmbedParams } from '../lib/embed/params.ts';
import { filterTimelineEvents } from '../lib/embed/filter.ts';
import { canvasResizeMessage, heightMessage, isHelloMessage } from '../lib/embed/messages.ts';
import { inlineJson } from '../lib/inline-json.ts';
import type { TimelineEvent } from '../lib/timeline/types.ts';
import type { MapData } from '../lib/map/data.ts';

const params = parseEmbedParams(location.search);
// Where the embedded views live: this script is <base>js/site-embed.js, so "/embed/", or
// "/repo/embed/" for a site served under a path. Read now: currentScript is gone after this run.
const embedRoot = new URL(
  '../embed/',
  (document.currentScript as HTMLScriptElement | null)?.src ?? new URL('/js/', location.href).href,
).pathname;
const root = document.documentElement;
if (params.theme !== 'auto') root.dataset.theme = params.theme;

applyEventOptions(params);
narrowTimeline(params);
narrowMap(params);
routeLinks();
reportHeight();

/** Card or full text; the content note shown, folded behind a button, or left out. */
function applyEventOptions(p: EmbedParams): void {
  const article = document.querySelector<HTMLElement>('.embed-event');
  if (!article) return;
  article.dataset.view = p.view;
  const note = article.querySelector<HTMLElement>('[data-content-note]');
  const reveal = article.querySelector<HTMLElement>('[data-reveal]');
  const text = article.querySelector<HTMLElement>('[data-embed-text]');
  if (!note || !reveal || !text) return;
  if (p.note === 'skip') note.hidden = true;
  if (p.note !== 'require') return;
  text.hidden = true;
  reveal.hidden = false;
  const button = reveal.querySelector('button')!;
  button.addEventListener('click', () => {
    text.hidden = false;
    reveal.hidden = true;
    button.setAttribute('aria-expanded', 'true');
    text.setAttribute('tabindex', '-1');
    text.focus({ preventScroll: true });
  });
}

/** Keeps only the events the options ask for, in the chart's data and in the list under it. */
function narrowTimeline(p: EmbedParams): void {
  const data = document.querySelector<HTMLScriptElement>('site-timeline script.timeline-data');
  if (!data) return;
  let events: TimelineEvent[];
  try {
    events = JSON.parse(data.textContent ?? '[]') as TimelineEvent[];
  } catch {
    return;
  }
  const { events: kept, applied } = filterTimelineEvents(events, p);
  if (!applied) return;
  const ids = new Set(kept.map((e) => e.id));
  data.textContent = inlineJson(kept);
  for (const item of document.querySelectorAll<HTMLElement>('site-timeline li[data-event-id]'))
    item.hidden = !ids.has(item.dataset.eventId!);
  const notice = document.querySelector<HTMLElement>('[data-filtered]');
  if (notice) notice.hidden = false;
}

/** One chapter's places: the map gets that chapter's data (drawn and framed as its own map). */
function narrowMap(p: EmbedParams): void {
  const json = document.getElementById('embed-map-chapters')?.textContent;
  const target = document.querySelector<HTMLScriptElement>('site-map script[type="application/json"]');
  if (!p.chapter || !json || !target) return;
  let chapters: Record<string, MapData>;
  try {
    chapters = JSON.parse(json) as Record<string, MapData>;
  } catch {
    return;
  }
  const chosen = chapters[p.chapter];
  if (!chosen) return;
  target.textContent = inlineJson(chosen);
  // A chapter's places lie close together: let the first view come nearer than the whole map's.
  const map = target.closest<HTMLElement>('site-map');
  if (map) map.dataset.maxZoom = '9';
  const ids = new Set(chosen.places.map((place) => place.id));
  for (const entry of document.querySelectorAll<HTMLElement>('site-map .place[data-place-id]')) {
    const item = entry.closest('li');
    if (item) item.hidden = !ids.has(entry.dataset.placeId!);
  }
}

/** Inside a sandbox without allow-same-origin the frame's origin is opaque ("null"). */
function sandboxed(): boolean {
  return window.top !== window && self.origin === 'null';
}

/**
 * Links that stay in the view (other embedded views, footnotes) are left alone. Links that leave
 * it (the full site, the sources) open in the top window; a sandbox without
 * allow-top-navigation blocks that, so there they open in a new tab (allow-popups). Not framed
 * at all, they are ordinary links.
 */
function routeLinks(): void {
  const framed = window.top !== window;
  const target = sandboxed() ? '_blank' : framed ? '_top' : null;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(a.href, location.href);
    const inView =
      url.origin === location.origin &&
      (url.pathname.startsWith(embedRoot) || (url.pathname === location.pathname && !!url.hash));
    if (inView) continue;
    if (target) a.target = target;
    else a.removeAttribute('target');
    if (target === '_blank') a.rel = 'noopener';
  }
  // "Open in the full site" carries the timeline's or the map's deep link, as it is at the click.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-full-link]')) {
    a.addEventListener('click', () => {
      if (!document.querySelector('site-timeline, site-map')) return;
      const url = new URL(a.href);
      url.hash = location.hash;
      a.href = url.href;
    });
  }
}

/**
 * Posts the view's height to the host page once the page has loaded (the map and the timeline
 * are drawn by then: earlier heights would only be steps on the way), then on every change, and
 * whenever the host asks.
 */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const loaded = () => document.readyState === 'complete';
  const send = (force = false) => {
    // The root element's box is exactly the content's height (it does not stretch to the frame).
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height), '*');
    window.parent.postMessage(canvasResizeMessage(height), '*');
  };
  const start = () => {
    send(true);
    // Called at most once a frame, after layout. A frame out of sight is not rendered, so this
    // waits until it is seen; the height sent at load is already the true one.
    new ResizeObserver(() => send()).observe(root);
  };
  if (loaded()) start();
  else addEventListener('load', start, { once: true });
  // The host script may load after the view (it is async): it says hello, and the view answers;
  // before the load, the answer is the message sent at the load.
  addEventListener('message', (event) => {
    if (event.source === window.parent && isHelloMessage(event.data) && loaded()) send(true);
  });
}
