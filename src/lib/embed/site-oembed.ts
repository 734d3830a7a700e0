// The oEmbed document of one of the site's pages, in one language.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { publicSite } from '../paths.ts';
import { oembedDocument, type OEmbedRich } from './oembed.ts';
import { embedViewPath, type EmbedTarget } from './targets.ts';

/** The sizes a consumer is told; a map needs a little more height than text. */
const SIZES = {
  event: { width: 720, height: 600 },
  timeline: { width: 900, height: 640 },
  map: { width: 900, height: 700 },
} as const;

export function siteOembed(site: URL | string | undefined, lang: Lang, target: EmbedTarget, title: string): OEmbedRich {
  if (!site) throw new Error('astro.config.mjs must set `site` (SITE_URL) for oEmbed documents');
  return oembedDocument({
    site: publicSite(site),
    embedPath: embedViewPath(lang, target),
    title,
    providerName: t(lang, 'site.name'),
    ...SIZES[target.kind],
  });
}

export function embedSize(target: EmbedTarget): { width: number; height: number } {
  return SIZES[target.kind];
}
