// /oembed/<lang>/timeline.json: the oEmbed document of the timeline page.
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/t.ts';
import { siteOembed } from '../../../lib/embed/site-oembed.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  return Response.json(siteOembed(site, lang, { kind: 'timeline' }, t(lang, 'embed.timelineTitle')));
};
