// /<lang>/events/<id>/cite.bib, .ris and .json: the event page's citation as static files for
// reference managers, written at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../../../i18n/locales.ts';
import { eventId, eventsByLang, type EventEntry } from '../../../../content.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../../../lib/paths.ts';
import { citationFile, CITATION_MEDIA_TYPES } from '../../../../lib/cite-this-site/files.ts';
import { eventBibComment, eventPageWork } from '../../../../lib/cite-this-site/site-works.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const event of await eventsByLang(lang)) {
      for (const format of CITATION_FORMATS)
        paths.push({ params: { lang, id: eventId(event), format }, props: { event } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { event } = props as { event: EventEntry };
  const lang = params.lang as (typeof LANGS)[number];
  const format = params.format as CitationFormat;
  const { title, updated } = event.data;
  const work = eventPageWork({ lang, id: eventId(event), title, updated, site: site! });
  return new Response(citationFile(format, [work], eventBibComment(lang, title, updated)), {
    headers: { 'Content-Type': CITATION_MEDIA_TYPES[format] },
  });
};
