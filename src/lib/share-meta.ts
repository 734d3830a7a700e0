// What a page tells the sites it is shared on (Open Graph, read by most chat apps and social
// sites, and Twitter's cards): its title, summary, address, language, and a plain text card as its
// image. Every URL is absolute, as those readers require. docs/sharing.md has the reasons.
import type { Lang } from '../i18n/locales.ts';
import { otherLang } from '../i18n/locales.ts';

/** The share card's size, the one Open Graph readers show large (1.91:1). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * Open Graph locales are language_TERRITORY codes from Facebook's list, which has one code for
 * Arabic, ar_AR (no ar_SY): Facebook ignores a code it does not list. English as the site writes
 * it, British.
 */
export const OG_LOCALE: Record<Lang, string> = { ar: 'ar_AR', en: 'en_GB' };

export interface ShareInput {
  lang: Lang;
  /** The page's title, the site's name included. */
  title: string;
  description: string;
  siteName: string;
  /** The page's absolute address. */
  url: string;
  /** "article" for an event page, "website" for every other page. */
  type: 'article' | 'website';
  /** The card's absolute address, and what it shows in words. */
  image: { url: string; alt: string };
}

/** The <meta> elements, as [attribute, name, content]: Open Graph uses property=, Twitter name=. */
export function shareMeta(input: ShareInput): [attribute: 'property' | 'name', key: string, content: string][] {
  const { lang, title, description, siteName, url, type, image } = input;
  for (const address of [url, image.url]) {
    if (!/^https?:\/\//.test(address)) throw new Error(`A share tag needs an absolute URL, not "${address}"`);
  }
  return [
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:url', url],
    ['property', 'og:type', type],
    ['property', 'og:site_name', siteName],
    ['property', 'og:locale', OG_LOCALE[lang]],
    ['property', 'og:locale:alternate', OG_LOCALE[otherLang(lang)]],
    ['property', 'og:image', image.url],
    ['property', 'og:image:type', SHARE_IMAGE.type],
    ['property', 'og:image:width', String(SHARE_IMAGE.width)],
    ['property', 'og:image:height', String(SHARE_IMAGE.height)],
    ['property', 'og:image:alt', image.alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image.url],
    ['name', 'twitter:image:alt', image.alt],
  ];
}
