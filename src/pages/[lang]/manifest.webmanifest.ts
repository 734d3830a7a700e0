// The web app manifest, one per language (name, direction and start page in that language), so
// the site can be installed and opened from the home screen. Web only: the folder edition leaves
// it out (integrations/folder-edition.ts), since a folder has nothing to install.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, LOCALES, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { assetPath, pageDirectory } from '../../lib/paths.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const manifest = {
    id: pageDirectory(lang),
    name: t(lang, 'site.name'),
    short_name: t(lang, 'manifest.shortName'),
    description: t(lang, 'site.description'),
    lang,
    dir: LOCALES[lang].dir,
    start_url: pageDirectory(lang),
    scope: assetPath(''),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d1c1a',
    icons: [
      { src: assetPath('icons/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: assetPath('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: assetPath('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: assetPath('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
