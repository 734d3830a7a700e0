// The places as GeoJSON (RFC 7946): a FeatureCollection of points, longitude first, in WGS 84.
// Each place says how precise its position is and whether the position is sourced or the
// project's estimate, as the pages do, so a map made from the file can draw the uncertainty.
import type { Lang } from '../../i18n/locales.ts';
import type { Place } from '../content-schema.ts';
import { DATA_LICENCE, type EventRecord } from './records.ts';

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    name: string;
    /** Radius in metres within which the real place lies. */
    precision_m: number;
    /** "sourced": from the cited source; "estimated": the project's estimate from a description. */
    basis: Place['basis'];
    /** The source id that locates the place. */
    source: string;
    note: string | null;
    events: { id: string; title: string; url: string }[];
  };
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  /** RFC 7946 §6.1 allows foreign members: the licence and where the data is described. */
  license: string;
  description: string;
  features: PlaceFeature[];
}

/** Every place, in the order of content/places.json, each with the events there. */
export function placesGeoJson(
  places: readonly Place[],
  records: readonly EventRecord[],
  lang: Lang,
  description: string,
): PlaceCollection {
  return {
    type: 'FeatureCollection',
    license: DATA_LICENCE.url,
    description,
    features: places.map((place) => ({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.lng, place.lat] },
      properties: {
        name: place.name[lang],
        precision_m: place.precision,
        basis: place.basis,
        source: place.source,
        note: place.note?.[lang] ?? null,
        events: records
          .filter((r) => r.places.some((p) => p.id === place.id))
          .map((r) => ({ id: r.id, title: r.title, url: r.url })),
      },
    })),
  };
}
