// /<lang>/sources/bibliography.bib, .ris and .json: every source of the site as static files
// for reference managers, with publishers and notes in the page's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/t.ts';
import { sourcesById } from '../../../content.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../../lib/paths.ts';
import { citationFile, CITATION_MEDIA_TYPES } from '../../../lib/cite-this-site/files.ts';
import { bibliographyWorks } from '../../../lib/cite-this-site/site-works.ts';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) => CITATION_FORMATS.map((format) => ({ params: { lang, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const format = params.format as CitationFormat;
  const works = bibliographyWorks((await sourcesById()).values(), lang);
  return new Response(
    citationFile(format, works, t(lang, 'cite.bibliographyComment', { site: t(lang, 'site.name') })),
    {
      headers: { 'Content-Type': CITATION_MEDIA_TYPES[format] },
    },
  );
};
