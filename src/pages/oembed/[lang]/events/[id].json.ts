// /oembed/<lang>/events/<id>.json: the oEmbed document of an event page (static, one per page).
import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n/locales.ts';
import { eventStaticPaths, type EventEntry } from '../../../../content.ts';
import { siteOembed } from '../../../../lib/embed/site-oembed.ts';

export const getStaticPaths = eventStaticPaths;

export const GET: APIRoute = ({ params, props, site }) =>
  Response.json(
    siteOembed(
      site,
      params.lang as Lang,
      { kind: 'event', id: params.id! },
      (props as { event: EventEntry }).event.data.title,
    ),
  );
