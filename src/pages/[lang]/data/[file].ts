// /<lang>/data/events.json, events.schema.json, events.csv, places.geojson and events.ics: the
// timeline as open data, written from the content collections at every build (src/lib/open-data/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/t.ts';
import { openData } from '../../../content.ts';
import { eventsCsv } from '../../../lib/open-data/csv.ts';
import { DATA_FILES, DATA_MEDIA_TYPES, eventsIcs, eventsJson, type DataFile } from '../../../lib/open-data/dataset.ts';
import { placesGeoJson } from '../../../lib/open-data/geojson.ts';
import { eventsSchema } from '../../../lib/open-data/schema.ts';
import { dataFilePath, pagePath, permalink } from '../../../lib/paths.ts';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => DATA_FILES.map((file) => ({ params: { lang, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const file = params.file as DataFile;
  const { records, places } = await openData(lang, site!);
  const at = {
    page: permalink(pagePath(lang, 'data'), site!),
    schema: permalink(dataFilePath(lang, 'events.schema.json'), site!),
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const body: Record<DataFile, () => string> = {
    'events.json': () => json(eventsJson(records, lang, at)),
    'events.schema.json': () => json(eventsSchema(lang, at.schema)),
    'events.csv': () => eventsCsv(records),
    'places.geojson': () =>
      json(placesGeoJson(places, records, lang, t(lang, 'data.geojsonDescription', { url: at.page }))),
    'events.ics': () => eventsIcs(records, lang, new URL(site!).hostname, at),
  };
  return new Response(body[file](), { headers: { 'Content-Type': DATA_MEDIA_TYPES[file] } });
};
