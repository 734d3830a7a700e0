// Dates and numbers for display, in one place, so every page writes them the same way:
// Levantine month names in Arabic, Latin digits in both languages (see locales.ts),
// and only the precision the sources give ("August 2013", never "1 August 2013").
// Everything is formatted in UTC so a reader's time zone can never shift a day.
import { LOCALES, type Lang } from '../i18n/locales.ts';
import { t } from '../i18n/t.ts';
import { mustParsePartialDate, type PartialDate, type Precision } from './partial-date.ts';
import type { Claim, EventDate } from './content-schema.ts';

const PARTS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

// Creating an Intl formatter costs far more than using one: keep one per language and precision.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, precision: Precision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    const { intl, numberingSystem } = LOCALES[lang];
    format = new Intl.DateTimeFormat(intl, { ...PARTS[precision], timeZone: 'UTC', numberingSystem });
    formats.set(key, format);
  }
  return format;
}

/** An instant (UTC milliseconds) at a given precision. */
export function formatInstant(ms: number, precision: Precision, lang: Lang): string {
  return dateFormat(lang, precision).format(ms);
}

/** The same, piece by piece: what the timeline's axis labels are built from (timeline/labels.ts). */
export function formatInstantToParts(ms: number, precision: Precision, lang: Lang): Intl.DateTimeFormatPart[] {
  return dateFormat(lang, precision).formatToParts(ms);
}

/** "16 نيسان 2013" / "16 April 2013", "آب 2013" / "August 2013", "2013". */
export function formatPartialDate(iso: string, lang: Lang): string {
  const date = mustParsePartialDate(iso);
  return dateFormat(lang, date.precision).format(date.startMs);
}

/** Ranges share what they can: "9–10 تموز 2021", "March 2011 – August 2013". */
function formatRange(start: PartialDate, end: PartialDate, lang: Lang): string {
  if (start.precision === end.precision) {
    // Intl puts thin spaces around the dash in some locales and none in others: use one style.
    return dateFormat(lang, start.precision)
      .formatRange(start.startMs, end.startMs)
      .replace(/\s+–\s+/u, ' – ');
  }
  return `${dateFormat(lang, start.precision).format(start.startMs)} – ${dateFormat(lang, end.precision).format(end.startMs)}`;
}

/** An event's date as a reader should see it, with "about" where the sources are approximate. */
export function formatEventDate(date: EventDate, lang: Lang): string {
  const start = mustParsePartialDate(date.start);
  const text =
    date.end && date.end !== date.start
      ? formatRange(start, mustParsePartialDate(date.end), lang)
      : formatPartialDate(date.start, lang);
  return date.approximate ? t(lang, 'date.approximate', { date: text }) : text;
}

/** Value for <time datetime>: the partial date itself is valid HTML ("2013", "2013-08", "2013-04-16"). */
export function datetimeAttribute(date: EventDate): string {
  return date.start;
}

export function formatNumber(value: number, lang: Lang): string {
  const { intl, numberingSystem } = LOCALES[lang];
  return new Intl.NumberFormat(intl, { numberingSystem, maximumFractionDigits: 1 }).format(value);
}

/** "at least 41" / "41 على الأقل". */
export function formatClaimValue(claim: Pick<Claim, 'value' | 'qualifier'>, lang: Lang): string {
  return t(lang, `qualifier.${claim.qualifier}`, { n: formatNumber(claim.value, lang) });
}

/** Kilometres for a precision radius given in metres, rounded for reading: 500 m → "0.5", 2000 m → "2". */
export function formatPrecisionKm(metres: number, lang: Lang): string {
  const km = metres >= 1000 ? Math.round(metres / 1000) : Math.round(metres / 100) / 10;
  return formatNumber(km, lang);
}

/** Coordinates with a fixed number of decimals that matches their precision. */
export function formatCoordinates(lat: number, lng: number, precisionMetres: number): string {
  const decimals = precisionMetres >= 5000 ? 2 : precisionMetres >= 500 ? 3 : 4;
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(decimals)}° ${ns}, ${Math.abs(lng).toFixed(decimals)}° ${ew}`;
}

/**
 * The parts of a partial date in a language's words, for styles that order them their own way
 * (a citation's "(2026, November 23)"): { year: "2026", month: "November", day: "23" }.
 */
export function partialDateParts(iso: string, lang: Lang): { year: string; month?: string; day?: string } {
  const date = mustParsePartialDate(iso);
  const parts = dateFormat(lang, date.precision).formatToParts(date.startMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return { year: part('year')!, month: part('month'), day: part('day') };
}

/** A date as the page gives it, with its standing where sources do not confirm it ("August 2013
 * (disputed)"): for text that travels without the page, such as a share card or structured data,
 * which must not state a disputed or single-source date plainly. Arabic has no case. */
export function formatEventDateWithStanding(date: EventDate, lang: Lang): string {
  const formatted = formatEventDate(date, lang);
  return date.status ? `${formatted} (${t(lang, `status.${date.status}`).toLocaleLowerCase(lang)})` : formatted;
}
