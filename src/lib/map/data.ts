// What a map needs to know, built at build time and written into the page as JSON: every place
// in the page's language, whether its position is approximate, and the events there with their
// links. Text is finished here (dates formatted, "approximate" phrased) so the map says exactly
// what the list of places beside it says.
import type { Lang } from '../../i18n/locales.ts';
import type { EventDate, Place } from '../content-schema.ts';
import { t } from '../../i18n/t.ts';
import { formatEventDate, formatPrecisionKm } from '../format.ts';
import { eventPath } from '../paths.ts';
import { REGIONS, inSyria, regionOf } from '../geo/place-bounds.ts';
import { placesBounds } from './view.ts';
import type { Bounds } from '../geo/geometry.ts';

export interface MapEvent {
  id: string;
  title: string;
  /** Formatted date, as on the event lists. */
  date: string;
  href: string;
}

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** Radius in metres within which the place lies. */
  precision: number;
  /** The position is the project's estimate ("basis": "estimated"): drawn as a circle. */
  approximate: boolean;
  /** "Approximate position, within about 2 km", in the page's language. */
  precisionText: string;
  events: MapEvent[];
}

export interface MapData {
  places: MapPlace[];
  /** The view to open on: the places in Syria; failing that, in its neighbours; failing that, all. */
  focus: Bounds | null;
  /** Every place, for "show all places". */
  all: Bounds | null;
}

export interface EventForMap {
  id: string;
  data: { title: string; date: EventDate; places: string[] };
}

export function mapData(places: readonly Place[], events: readonly EventForMap[], lang: Lang): MapData {
  const mapPlaces = places.map((place): MapPlace => {
    const km = formatPrecisionKm(place.precision, lang);
    const approximate = place.basis === 'estimated';
    return {
      id: place.id,
      name: place.name[lang],
      lat: place.lat,
      lng: place.lng,
      precision: place.precision,
      approximate,
      precisionText: t(lang, approximate ? 'place.approximate' : 'place.precise', { km }),
      events: events
        .filter((e) => e.data.places.includes(place.id))
        .map((e) => ({
          id: e.id,
          title: e.data.title,
          date: formatEventDate(e.data.date, lang),
          href: eventPath(lang, e.id),
        })),
    };
  });
  const syria = mapPlaces.filter((p) => inSyria(p.lat, p.lng));
  const near = mapPlaces.filter((p) => regionOf(p.lat, p.lng) === REGIONS[0]);
  const focus = syria.length ? syria : near.length ? near : mapPlaces;
  return { places: mapPlaces, focus: placesBounds(focus), all: placesBounds(mapPlaces) };
}
