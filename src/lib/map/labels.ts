// The names written on the basemap, in both languages, and which of them to show at a zoom.
// Country names and a few large cities are there for orientation only: their positions are
// where a cartographer would put the name, not sourced coordinates (the About page says so).
// The cities of the story are labelled at their coordinates from content/places.json.
import type { Lang } from '../../i18n/locales.ts';

/** country; city (a reference city, drawn with a dot); story (a city of the story, whose dot is a place marker); occupied. */
export type LabelKind = 'country' | 'city' | 'story' | 'occupied';

export interface MapLabel {
  name: { ar: string; en: string };
  lat: number;
  lng: number;
  kind: LabelKind;
  /** The label appears from this zoom on, so the map is never a wall of names. */
  minZoom: number;
}

const country = (en: string, ar: string, lat: number, lng: number, minZoom: number): MapLabel => ({
  name: { ar, en },
  lat,
  lng,
  kind: 'country',
  minZoom,
});
const city = (en: string, ar: string, lat: number, lng: number, minZoom: number): MapLabel => ({
  name: { ar, en },
  lat,
  lng,
  kind: 'city',
  minZoom,
});

export const COUNTRY_LABELS: readonly MapLabel[] = [
  country('Syria', 'سوريا', 35.2, 38.9, 3),
  country('Turkey', 'تركيا', 38.9, 35.2, 3),
  country('Iraq', 'العراق', 33.0, 43.6, 4),
  country('Jordan', 'الأردن', 31.0, 36.7, 5),
  country('Lebanon', 'لبنان', 33.75, 35.55, 8),
  country('Israel', 'إسرائيل', 30.9, 34.85, 7),
  country('Palestine', 'فلسطين', 31.9, 35.27, 8),
  country('Cyprus', 'قبرص', 35.05, 33.2, 6),
  country('Saudi Arabia', 'السعودية', 29.4, 40.6, 5),
  country('Egypt', 'مصر', 29.5, 30.5, 5),
  country('Iran', 'إيران', 33.5, 48.5, 4),
  country('Germany', 'ألمانيا', 51.2, 10.4, 4),
  country('United States', 'الولايات المتحدة', 39.5, -98.5, 2),
];

/** Large cities for orientation; approximate label positions. */
export const REFERENCE_CITIES: readonly MapLabel[] = [
  city('Aleppo', 'حلب', 36.2, 37.16, 6),
  city('Hama', 'حماة', 35.13, 36.75, 7),
  city('Latakia', 'اللاذقية', 35.52, 35.79, 7),
  city('Raqqa', 'الرقة', 35.95, 39.01, 7),
  city('Deir ez-Zor', 'دير الزور', 35.34, 40.14, 7),
  city('Beirut', 'بيروت', 33.89, 35.5, 7),
  city('Amman', 'عمّان', 31.95, 35.93, 7),
  city('Baghdad', 'بغداد', 33.31, 44.37, 6),
  city('Ankara', 'أنقرة', 39.93, 32.86, 6),
];

/** The occupied Syrian Golan, named as the site's glossary names it, over the hatched area. */
export const GOLAN_LABEL: MapLabel = {
  name: { ar: 'الجولان السوري المحتل', en: 'Occupied Syrian Golan' },
  lat: 33.05,
  lng: 35.74,
  kind: 'occupied',
  minZoom: 6,
};

/** Places of the story that are whole cities, labelled like the reference cities (from this zoom). */
export const STORY_CITIES: Readonly<Record<string, number>> = {
  damascus: 6,
  homs: 6,
  daraa: 7,
  istanbul: 6,
  koblenz: 6,
  washington: 6,
  'new-york': 6,
};

/** City labels for the story's cities that exist in the content, at their content coordinates. */
export function storyCityLabels(
  places: readonly { id: string; name: { ar: string; en: string }; lat: number; lng: number }[],
): MapLabel[] {
  return places
    .filter((p) => p.id in STORY_CITIES)
    .map((p) => ({
      name: { ar: p.name.ar, en: p.name.en },
      lat: p.lat,
      lng: p.lng,
      kind: 'story',
      minZoom: STORY_CITIES[p.id]!,
    }));
}

export interface ShownLabel {
  text: string;
  lat: number;
  lng: number;
  kind: LabelKind;
}

/** The labels to draw at a zoom, in the page's language. */
export function labelsAt(labels: readonly MapLabel[], zoom: number, lang: Lang): ShownLabel[] {
  return labels
    .filter((l) => zoom >= l.minZoom)
    .map((l) => ({ text: l.name[lang], lat: l.lat, lng: l.lng, kind: l.kind }));
}
