// The map's files load when the reader comes near a map, not with the page: Leaflet, the basemap
// and their stylesheet are most of an event page's weight, and its map lies below the text. Until
// then the page has the list of places (the alternative without JavaScript) and the map's frame
// keeps its room, so nothing moves when the map arrives. A page whose map is on its first screen
// (the map page) starts loading once its first frame is painted: the text first, then the map.
// Classic scripts added to the page, in order, from the addresses the page gives
// (src/components/SiteMap.astro): relative in the folder edition, so they load from a folder
// too. A file rather than an inline script, so that the page's Content-Security-Policy needs no
// inline script.
import { mapFiles, missingFiles } from '../lib/map/map-files.ts';

/** "Near": within one screen's height of the window, so the files are in before the reader gets there. */
const NEAR = '100% 0px';

function load(map: HTMLElement): void {
  const resolve = (name: string) => new URL(name, document.baseURI).href;
  const files = missingFiles(
    mapFiles(map.dataset),
    {
      stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
      scripts: [...document.scripts].map((s) => s.src).filter(Boolean),
    },
    resolve,
  );
  if (files.stylesheet) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = files.stylesheet;
    // Marked once it has loaded or failed, for the map, which waits for it (src/client/map/stylesheet.ts).
    const settled = () => (link.dataset.settled = '');
    link.addEventListener('load', settled, { once: true });
    link.addEventListener('error', settled, { once: true });
    document.head.append(link);
  }
  for (const src of files.scripts) {
    const script = document.createElement('script');
    script.src = src;
    // Added scripts run as soon as each arrives unless told otherwise: in order, the basemap first.
    script.async = false;
    document.head.append(script);
  }
}

const maps = [...document.querySelectorAll<HTMLElement>('site-map[data-script]')];
if (maps.length > 0) {
  // Every map on a page draws with the same files: the first to come near loads them for all.
  const near = new IntersectionObserver(
    (entries) => {
      const first = entries.find((e) => e.isIntersecting);
      if (!first) return;
      near.disconnect();
      load(first.target as HTMLElement);
    },
    { rootMargin: NEAR },
  );
  for (const map of maps) near.observe(map);
}
