// /oembed/<lang>/events/<id>.json: the oEmbed document of an event page (static, one per page).
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../i18n/locales.ts';
import { eventId, eventsByLang } from '../../../../content.ts';
import { siteOembed } from '../../../../lib/embed/site-oembed.ts';

export async function getStaticPaths() {
  const paths = [];
  for (const lang of LANGS) {
    for (const event of await eventsByLang(lang)) paths.push({ params: { lang, id: eventId(event) }, props: { title: event.data.title } });
  }
  return paths;
}

export const GET: APIRoute = ({ params, props, site }) =>
  Response.json(siteOembed(site, params.lang as Lang, { kind: 'event', id: params.id! }, (props as { title: string }).title));
