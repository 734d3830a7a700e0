// Arabic-aware text normalisation for search. One pure module with no engine or DOM dependency,
// applied to indexed text and to queries alike, so both sides meet in the same form whichever
// engine runs the search (Pagefind on the web, another engine in the folder edition).
import { TRANSLITERATIONS } from './transliterations.ts';
import type { Lang } from '../../i18n/locales.ts';

// Harakat, Quranic marks and the superscript alef: readers rarely type them, pages sometimes do.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Hamza on or under alef, madda, wasla: all typed as a bare alef in practice.
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF_MAKSURA = /\u0649/g;
const TEH_MARBUTA = /\u0629/g;
// Arabic-Indic (٠–٩) and Eastern Arabic-Indic / Persian (۰–۹) digits.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Latin letters with accents (Üngör, Ba‘lba): compared without them.
const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
// Apostrophes and ayn/hamza marks inside transliterations ("Dar'a", "Ba‘lba") join the word.
const APOSTROPHES = /['’‘`ʼʻʿʾ]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// A word that is already in normal form: lower-case ASCII letters and digits, or Arabic letters
// none of the rules below change (every letter from hamza to yeh but آ أ إ ة ى, and not tatweel).
// Most words of a page are, and excerpts reduce every word of every result (excerpt.ts).
const ALREADY_NORMAL = /^(?:[a-z0-9]+|[\u0621\u0624\u0626-\u0628\u062A-\u063A\u0641-\u0648\u064A]+)$/;

function latinDigit(char: string): string {
  const code = char.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

function stripAccent(char: string): string {
  return char.normalize('NFD').replace(/[\u0300-\u036F]/g, '');
}

/**
 * The form both the index and the query are compared in: diacritics and tatweel stripped,
 * أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → Latin, Latin accents dropped,
 * lower case, punctuation turned into single spaces, trimmed.
 */
export function normalizeText(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  return text
    .normalize('NFKC') // presentation forms and ligatures (ﻻ) become plain letters
    .replace(ARABIC_MARKS, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, 'ا')
    .replace(ALEF_MAKSURA, 'ي')
    .replace(TEH_MARBUTA, 'ه')
    .replace(ARABIC_DIGITS, latinDigit)
    .replace(ACCENTED_LATIN, stripAccent)
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/**
 * A normalised Arabic word without a glued conjunction or preposition (و ف ب ل ك), or null when
 * it has none that can be taken off. "والتضامن" → "التضامن", "للمعتقلين" → "المعتقلين",
 * "وبالصور" → "الصور". A word must keep at least three letters, so "ولد" stays whole; the stripped
 * form is only ever a retry, because many words begin with these letters (وثائق، بشار).
 */
export function stripClitic(word: string): string | null {
  if (!ARABIC_LETTER.test(word)) return null;
  let rest = word;
  if (/^[وف]/.test(rest) && rest.length > 3) rest = rest.slice(1);
  // ل before the article swallows its alef: لل + word = ل + ال + word.
  if (rest.startsWith('لل') && rest.length > 3) rest = `ا${rest.slice(1)}`;
  else if (/^[بلك]/.test(rest) && rest.length > 3) rest = rest.slice(1);
  return rest !== word && rest.length >= 3 ? rest : null;
}

interface NameEntry {
  ar: string;
  en: string;
  /** Normalised spellings that stand for this name, Latin and Arabic. */
  keys: string[];
}

const NAMES: NameEntry[] = TRANSLITERATIONS.map((entry) => {
  const ar = normalizeText(entry.ar);
  const en = normalizeText(entry.en);
  const keys = [...new Set([ar, en, ...entry.variants.map(normalizeText)])].filter(Boolean);
  return { ar, en, keys };
});

// Longest keys first, so "tal al nasr" is replaced before "nasr" could be.
const KEYS = NAMES.flatMap((name) => name.keys.map((key) => ({ key, name }))).sort(
  (a, b) => b.key.length - a.key.length,
);

const NAME_KEYS = new Set(KEYS.flatMap(({ key }) => key.split(' ')));

/** Replaces every key name in a normalised query with its form in one language, or null if none. */
function transliterate(normalised: string, to: Lang): string | null {
  const words = ` ${normalised} `;
  let out = words;
  let changed = false;
  for (const { key, name } of KEYS) {
    const needle = ` ${key} `;
    if (!out.includes(needle)) continue;
    const target = name[to];
    if (target === key) continue;
    out = out.split(needle).join(` ${target} `);
    changed = true;
  }
  return changed ? out.trim() : null;
}

export interface ExpandedQuery {
  /**
   * The normalised query, searched first. A word with a conjunction or preposition glued to the
   * article ("والتضامن", "بالصور", "للمعتقلين") or to a key name ("وقيصر") is searched without it:
   * that is what the reader means, and the index holds the word mostly without it.
   */
  query: string;
  /**
   * Searched alongside, ranked below the query: the key names in the other script ("tadamon" →
   * "التضامن") and the query exactly as typed when glued words were taken apart.
   */
  alternates: string[];
  /** Queries to try, in order, only when nothing above finds anything (other glued letters taken off). */
  retries: string[];
}

/** A glued word whose stripped form is surely meant: the article follows, or a key name is left. */
function certainStrip(word: string): string | null {
  if (NAME_KEYS.has(word)) return null;
  const stripped = stripClitic(word);
  if (!stripped) return null;
  return (stripped.startsWith('ال') && stripped.length >= 5) || NAME_KEYS.has(stripped) ? stripped : null;
}

/** What to search for a query a reader typed. Empty when the query has no letters or digits. */
export function expandQuery(input: string): ExpandedQuery {
  const typed = normalizeText(input);
  if (!typed) return { query: '', alternates: [], retries: [] };
  const query = typed
    .split(' ')
    .map((w) => certainStrip(w) ?? w)
    .join(' ');
  const alternates = [transliterate(query, 'ar'), transliterate(query, 'en'), typed].filter(
    (q): q is string => q !== null && q !== query,
  );
  const retries: string[] = [];
  // A key name is never stripped: "فكتوريا" is not ف + "كتوريا".
  const strip = (word: string) => (NAME_KEYS.has(word) ? null : stripClitic(word));
  const words = query.split(' ');
  if (words.some((w) => strip(w))) {
    // The stripped query may now name a key name: "وحمص" → "حمص" → "homs".
    const stripped = words.map((w) => strip(w) ?? w).join(' ');
    for (const retry of [stripped, transliterate(stripped, 'ar'), transliterate(stripped, 'en')])
      if (retry) retries.push(retry);
  }
  const seen = new Set<string>([query, ...alternates]);
  return {
    query,
    alternates: [...new Set(alternates)],
    retries: [...new Set(retries)].filter((q) => !seen.has(q)),
  };
}

/**
 * The query and what to try besides it, in order (see expandQuery): the normalised query (with a
 * conjunction or preposition glued to the article or a key name taken off), then the key names in
 * the other script and the query as typed, then retries without other glued letters. Empty for a
 * query with no letters or digits.
 */
export function queryVariants(input: string): string[] {
  const { query, alternates, retries } = expandQuery(input);
  return query ? [query, ...alternates, ...retries] : [];
}
