// A place's popup, in the page's language and direction (the map pane around it is
// left-to-right): its name, how precise its position is, and the events there with links.
// Built with the DOM, never from HTML strings, so no text from the content can become markup.
import type { Lang } from '../../i18n/locales.ts';
import type { MapPlace } from './types.ts';

export interface PopupLabels {
  eventsHere: string;
  noEvents: string;
}

export function popupContent(place: MapPlace, lang: Lang, dir: 'rtl' | 'ltr', labels: PopupLabels): HTMLElement {
  const el = (tag: string, className?: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = el('div', 'map-popup');
  root.lang = lang;
  root.dir = dir;
  const heading = el('h3', 'map-popup-name', place.name);
  heading.tabIndex = -1;
  root.append(
    heading,
    el('p', place.approximate ? 'map-popup-precision map-popup-approx' : 'map-popup-precision', place.precisionText),
  );
  if (place.events.length === 0) {
    root.append(el('p', 'map-popup-none', labels.noEvents));
    return root;
  }
  root.append(el('p', 'map-popup-events', labels.eventsHere));
  const list = el('ul');
  for (const event of place.events) {
    const item = el('li');
    const link = el('a', undefined, event.title) as HTMLAnchorElement;
    link.href = event.href;
    item.append(link, el('span', 'map-popup-date', event.date));
    list.append(item);
  }
  root.append(list);
  return root;
}
