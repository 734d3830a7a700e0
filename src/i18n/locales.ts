// The site's languages as data: everything that differs between Arabic and English pages,
// other than the words themselves (those are in ar.ts and en.ts).

/** Arabic first: it is the default language and comes first wherever both are listed. */
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Locale {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  /** The language's name in itself, for the language switch. */
  label: string;
  /**
   * Locale for Intl. "ar-SY" gives the Levantine month names (كانون الثاني، شباط، نيسان…)
   * that Syrian readers use.
   */
  intl: string;
  /**
   * Digits, chosen once for the whole site. Arabic pages use Latin digits, as the Syrian
   * outlets the site cites do, so figures read the same as in the sources.
   */
  numberingSystem: 'latn' | 'arab';
  /** Separator between items in running text: the Arabic comma in Arabic. */
  comma: string;
}

export const LOCALES: Record<Lang, Locale> = {
  ar: { lang: 'ar', dir: 'rtl', label: 'العربية', intl: 'ar-SY', numberingSystem: 'latn', comma: '، ' },
  en: { lang: 'en', dir: 'ltr', label: 'English', intl: 'en-GB', numberingSystem: 'latn', comma: ', ' },
};

export function otherLang(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}
