// An event's share card in one language: the site's name, the chapter and the date, and the
// event's title (src/lib/share-card/; docs/sharing.md). Rendered at build time; web only (the
// folder edition and the service worker leave og/ out).
import type { APIRoute } from 'astro';
import { cardRenderer } from '../../../../../integrations/lib/share-image/render.ts';
import { eventStaticPaths, type EventEntry } from '../../../../content.ts';
import { LOCALES, type Lang } from '../../../../i18n/locales.ts';
import { t } from '../../../../i18n/t.ts';
import { formatEventDateWithStanding } from '../../../../lib/format.ts';

export const getStaticPaths = eventStaticPaths;

export const GET: APIRoute<{ event: EventEntry }> = async ({ params, props }) => {
  const lang = params.lang as Lang;
  const { data } = props.event;
  const png = (await cardRenderer()).render({
    dir: LOCALES[lang].dir,
    siteName: t(lang, 'site.name'),
    eyebrow: `${t(lang, `chapter.${data.chapter}`)} · ${formatEventDateWithStanding(data.date, lang)}`,
    title: data.title,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
