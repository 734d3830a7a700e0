// APA (7th edition), MLA (9th) and Chicago (17th, bibliography entry) citations of a page of
// this site, in the page's language. English follows each manual; Arabic follows the way Arabic
// publications adapt them: titles in «», the Levantine month names and Arabic punctuation, no
// italics (Arabic type has none). Dates come from format.ts. The reader adds the day they read
// the page, so that slot is left blank and marked.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatPartialDate, partialDateParts } from '../format.ts';
import { webUrl } from '../web-url.ts';
import type { CitedWork } from './work.ts';

/** A run of citation text: plain, a title set in italics, the address, or the blank for the access date. */
export interface Segment {
  text: string;
  kind?: 'title' | 'url' | 'blank';
}

export type CitationStyle = 'apa' | 'mla' | 'chicago';
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago'];

// MLA abbreviates the months longer than four letters (MLA Handbook, 9th ed., appendix 1).
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function required(work: CitedWork): { date: string; url: string } {
  const url = webUrl(work.url);
  if (!work.date || !url)
    throw new Error(`A page citation needs a date and a permalink, an https: or http: address (${work.key}).`);
  return { date: work.date, url };
}

function apa(work: CitedWork, lang: Lang): Segment[] {
  const { date, url } = required(work);
  const blank = { text: t(lang, 'cite.accessBlank'), kind: 'blank' } as const;
  if (lang === 'ar') {
    return [
      { text: `${work.publisher}. (${formatPartialDate(date, lang)}). ` },
      { text: `«${work.title}»`, kind: 'title' },
      { text: `. ${t(lang, 'cite.retrieved')} ` },
      blank,
      { text: `، ${t(lang, 'cite.from')} ` },
      { text: url, kind: 'url' },
    ];
  }
  const { year, month, day } = partialDateParts(date, lang);
  const when = [year, [month, day].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [
    { text: `${work.publisher}. (${when}). ` },
    { text: work.title, kind: 'title' },
    { text: `. ${t(lang, 'cite.retrieved')} ` },
    blank,
    { text: `, ${t(lang, 'cite.from')} ` },
    { text: url, kind: 'url' },
  ];
}

function mla(work: CitedWork, lang: Lang): Segment[] {
  const { date, url } = required(work);
  const blank = { text: t(lang, 'cite.accessBlank'), kind: 'blank' } as const;
  if (lang === 'ar') {
    return [
      { text: `«${work.title}». ${work.publisher}، ${formatPartialDate(date, lang)}، ` },
      { text: url, kind: 'url' },
      { text: `. ${t(lang, 'cite.accessed')} ` },
      blank,
      { text: '.' },
    ];
  }
  const parsed = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date)!;
  const mlaDate = [
    parsed[3] ? String(Number(parsed[3])) : '',
    parsed[2] ? MLA_MONTHS[Number(parsed[2]) - 1] : '',
    parsed[1],
  ]
    .filter(Boolean)
    .join(' ');
  return [
    { text: `“${work.title}.” ` },
    { text: work.publisher, kind: 'title' },
    { text: `, ${mlaDate}, ` },
    { text: url, kind: 'url' },
    { text: `. ${t(lang, 'cite.accessed')} ` },
    blank,
    { text: '.' },
  ];
}

function chicago(work: CitedWork, lang: Lang): Segment[] {
  const { date, url } = required(work);
  const blank = { text: t(lang, 'cite.accessBlank'), kind: 'blank' } as const;
  const title = lang === 'ar' ? `«${work.title}»` : `“${work.title}.”`;
  const afterTitle = lang === 'ar' ? '. ' : ' ';
  return [
    {
      text: `${work.publisher}. ${title}${afterTitle}${t(lang, 'cite.lastUpdated', { date: formatPartialDate(date, lang) })}. ${t(lang, 'cite.accessed')} `,
    },
    blank,
    { text: '. ' },
    { text: url, kind: 'url' },
    { text: '.' },
  ];
}

const STYLES: Record<CitationStyle, (work: CitedWork, lang: Lang) => Segment[]> = { apa, mla, chicago };

/** A page's citation in one style, as segments the page renders (title in italics, the URL as a link). */
export function citePage(work: CitedWork, style: CitationStyle, lang: Lang): Segment[] {
  return STYLES[style](work, lang);
}

/** The same citation as plain text, for copying. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}
