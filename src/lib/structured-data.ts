// The schema.org description of an event page, written into the page as JSON-LD
// (<script type="application/ld+json">, a data block no browser runs), so that search engines and
// other readers of the open web can tell what the page is, what it is about, when and where that
// happened, and which sources it cites, without reading the prose. docs/sharing.md says what each
// property holds and why.
//
// Partial dates stay as partial as the sources make them: "2013", "2013-04" and "2013-04-16" are
// all ISO 8601 dates, which schema.org's Date accepts, so nothing claims a day the sources do not
// give. schema.org has no property for when something *became public*: the page's own date of
// publication (datePublished) is a different thing, so the revealed date goes into the Event's
// description, in words, as the page shows it.
import type { Lang } from '../i18n/locales.ts';
import { otherLang } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import type { EventDate, Place, Source } from './content-schema.ts';
import { formatEventDateWithStanding } from './format.ts';
import { CONTENT_LICENCE } from './licence.ts';

export const SCHEMA_CONTEXT = 'https://schema.org';

export interface EventPageFacts {
  lang: Lang;
  title: string;
  summary: string;
  date: EventDate;
  revealed?: EventDate | undefined;
  /** "YYYY-MM-DD": when the page last changed in substance. */
  updated: string;
  /** The event's places, in the front matter's order. */
  places: readonly Place[];
  /** The event's sources, in the order the page numbers them. */
  sources: readonly Source[];
  /** This page's absolute address. */
  url: string;
  /** The same event's page in the other language, absolute, if it exists. */
  twinUrl?: string | undefined;
  /** The site's home page, absolute. */
  siteUrl: string;
}

type Json = Record<string, unknown>;

/** The site as the page's publisher and author: its name in the page's language. */
function siteOrganization(lang: Lang, siteUrl: string): Json {
  return { '@type': 'Organization', name: t(lang, 'site.name'), url: siteUrl };
}

function place(p: Place, lang: Lang): Json {
  return {
    '@type': 'Place',
    name: p.name[lang],
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng },
  };
}

function citation(s: Source, lang: Lang): Json {
  return {
    '@type': 'CreativeWork',
    name: s.title,
    ...(s.url ? { url: s.url } : {}),
    publisher: { '@type': 'Organization', name: s.publisher[lang] },
    ...(s.author ? { author: s.author } : {}),
    ...(s.date ? { datePublished: s.date } : {}),
    inLanguage: s.language,
  };
}

/** The Event the page is about: what happened, when (as precisely as the sources say) and where. */
function event(facts: EventPageFacts): Json {
  const { lang, title, summary, date, revealed, places } = facts;
  // Each date as the page gives it, with its standing where sources do not confirm it: startDate
  // alone cannot say that a date is disputed.
  const dates = [
    ...(date.status ? [`${t(lang, 'date.happened')}: ${formatEventDateWithStanding(date, lang)}.`] : []),
    ...(revealed ? [`${t(lang, 'date.revealed')}: ${formatEventDateWithStanding(revealed, lang)}.`] : []),
  ];
  const description = [summary, ...dates].join(' ');
  return {
    '@type': 'Event',
    name: title,
    description,
    startDate: date.start,
    ...(date.end ? { endDate: date.end } : {}),
    ...(places.length === 1 ? { location: place(places[0]!, lang) } : {}),
    ...(places.length > 1 ? { location: places.map((p) => place(p, lang)) } : {}),
  };
}

/**
 * The JSON-LD of an event page: an Article about an Event, with its sources as citations and its
 * twin in the other language. Arabic is the first language: the Arabic page names the English one
 * as its workTranslation, and the English page the Arabic one as the work it translates.
 */
export function eventPageStructuredData(facts: EventPageFacts): Json {
  const { lang, title, summary, updated, sources, url, twinUrl, siteUrl } = facts;
  const site = siteOrganization(lang, siteUrl);
  const twin = twinUrl
    ? lang === 'ar'
      ? { workTranslation: { '@type': 'Article', url: twinUrl, inLanguage: otherLang(lang) } }
      : { translationOfWork: { '@type': 'Article', url: twinUrl, inLanguage: otherLang(lang) } }
    : {};
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Article',
    headline: title,
    description: summary,
    url,
    mainEntityOfPage: url,
    inLanguage: lang,
    dateModified: updated,
    author: site,
    publisher: site,
    license: CONTENT_LICENCE.url,
    isAccessibleForFree: true,
    about: event(facts),
    citation: sources.map((s) => citation(s, lang)),
    ...twin,
  };
}

export interface DatasetFacts {
  lang: Lang;
  name: string;
  description: string;
  /** The data page's absolute address. */
  url: string;
  /** "YYYY-MM-DD": the latest update of any event in it. */
  updated: string;
  /** The first and last dates the events cover, as written ("2011-02", "2025-06-30"). */
  period: { start: string; end: string };
  /** Each file, absolute, with its media type. */
  files: readonly { url: string; mediaType: string }[];
  siteUrl: string;
}

/** The JSON-LD of the data page: a schema.org Dataset with each file as a DataDownload, so that
 * dataset search engines can find it. */
export function datasetStructuredData(facts: DatasetFacts): Json {
  const { lang, name, description, url, updated, period, files, siteUrl } = facts;
  const site = siteOrganization(lang, siteUrl);
  return {
    '@context': SCHEMA_CONTEXT,
    '@type': 'Dataset',
    name,
    description,
    url,
    inLanguage: lang,
    dateModified: updated,
    creator: site,
    publisher: site,
    license: CONTENT_LICENCE.url,
    isAccessibleForFree: true,
    temporalCoverage: `${period.start}/${period.end}`,
    spatialCoverage: { '@type': 'Place', name: t(lang, 'data.spatialCoverage') },
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      contentUrl: f.url,
      // The media type without its parameters ("text/csv", not "text/csv; charset=utf-8").
      encodingFormat: f.mediaType.split(';')[0]!.trim(),
    })),
  };
}
