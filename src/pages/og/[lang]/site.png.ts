// The site's share card in one language: what a link to any page but an event shows
// (src/components/ShareMeta.astro; docs/sharing.md). Rendered at build time; web only (the folder
// edition and the service worker leave og/ out).
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardRenderer } from '../../../../integrations/lib/share-image/render.ts';
import { LANGS, LOCALES, type Lang } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/t.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const png = (await cardRenderer()).render({
    dir: LOCALES[lang].dir,
    siteName: t(lang, 'site.name'),
    title: t(lang, 'site.tagline'),
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
