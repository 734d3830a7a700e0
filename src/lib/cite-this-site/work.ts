// What a citation describes, in one shape for every output (APA, MLA, Chicago, BibTeX, RIS,
// CSL-JSON): an event page of this site, or one entry of the bibliography.
import type { Lang } from '../../i18n/locales.ts';
import type { Source } from '../content-schema.ts';
import { webUrl } from '../web-url.ts';

export interface CitedWork {
  /** Citation key: "syria-evidence-en-tadamon-massacre", or a source id. */
  key: string;
  /** "page": a page of this site (a web page by the site itself); "source": a work the site cites. */
  kind: 'page' | 'source';
  title: string;
  /** Language of the work itself (BCP 47). */
  language: string;
  /** People, each as written ("Martin Chulov"); none when the work is by an organisation. */
  authors: string[];
  /** The organisation that publishes it: the site's name, or the source's publisher in the reader's language. */
  publisher: string;
  /** A partial date: when the page was last updated, or when the source was published. */
  date?: string;
  /** An https: or http: address (see webUrl); the writers refuse any other. */
  url?: string;
  /** A copy read when the original was unavailable. */
  archived?: string;
  /** A remark for the reader, in the reader's language. */
  note?: string;
}

/** "Martin Chulov", "A, B and C" → one name each. */
export function splitAuthors(author: string | undefined): string[] {
  if (!author) return [];
  return author
    .split(/\s*,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** An event page as a work by the site: its title in the page's language, the site as author. */
export function pageWork(options: {
  lang: Lang;
  id: string;
  title: string;
  siteName: string;
  updated: string;
  permalink: string;
  note?: string;
}): CitedWork {
  return {
    key: `syria-evidence-${options.lang}-${options.id}`,
    kind: 'page',
    title: options.title,
    language: options.lang,
    authors: [],
    publisher: options.siteName,
    date: options.updated,
    url: options.permalink,
    note: options.note,
  };
}

/** A bibliography entry as a work, with the publisher and note in the reader's language. */
export function sourceWork(source: Source, lang: Lang): CitedWork {
  return {
    key: source.id,
    kind: 'source',
    title: source.title,
    language: source.language,
    authors: splitAuthors(source.author),
    publisher: source.publisher[lang],
    date: source.date,
    url: webUrl(source.url),
    archived: webUrl(source.archived),
    note: source.note?.[lang],
  };
}
