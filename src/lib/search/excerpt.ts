// Excerpts and highlighting, written by the site rather than taken from the engine: the text is
// cut from the page's own words (never from the normalised copy the index adds after them), every
// character is escaped, and only <mark> is added. Pure, so any engine's results can use it.
import { normalizeText, stripClitic } from './normalize.ts';
import { escapeHtml } from '../escape-html.ts';

/** Starts the normalised copy that the index adds after a page's text (scripts/lib/search-copy.mjs). */
export const COPY_MARK = '⁜';

/** The page's own text: what comes before the normalised copy. */
export function ownText(content: string): string {
  const at = content.indexOf(COPY_MARK);
  return (at === -1 ? content : content.slice(0, at)).trim();
}

// Pages repeat their words and results repeat across queries: each word is reduced once.
const keys = new Map<string, string>();

/** A word reduced for matching: normalised, without a glued conjunction or preposition and the article. */
export function matchKey(word: string): string {
  const known = keys.get(word);
  if (known !== undefined) return known;
  let key = normalizeText(word).replace(/ /g, '');
  key = stripClitic(key) ?? key;
  if (/^ال[\u0621-\u064A]{3,}/.test(key)) key = key.slice(2);
  if (keys.size > 50_000) keys.clear();
  keys.set(word, key);
  return key;
}

/**
 * Does a word of the text match a query term? Prefix match (the reader may still be typing, and
 * stems differ: "photograph" / "photographs", "مجزر" / "مجزره"), both reduced by matchKey.
 */
export function wordMatches(word: string, termKeys: string[]): boolean {
  const key = matchKey(word);
  if (!key) return false;
  return termKeys.some(
    (term) =>
      term.length > 0 &&
      (key.startsWith(term) || (term.length > 3 && term.startsWith(key) && key.length >= term.length - 2)),
  );
}

export interface ExcerptOptions {
  /** Words in the excerpt. */
  length?: number;
}

/**
 * An escaped excerpt of `text` around the place where most query terms occur, with matching words
 * in <mark>. Without any match, the beginning of the text.
 */
export function excerptHtml(text: string, queries: string[], options: ExcerptOptions = {}): string {
  const length = options.length ?? 30;
  const words = ownText(text).split(/\s+/).filter(Boolean);
  const termKeys = [
    ...new Set(
      queries
        .flatMap((q) => normalizeText(q).split(' '))
        .map(matchKey)
        .filter((k) => k.length > 0),
    ),
  ];
  const hits = words.map((w) => wordMatches(w, termKeys));
  // The window of `length` words with the most matches (first such window wins).
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (hits[i]) count++;
    if (i >= length && hits[i - length]) count--;
    const start = Math.max(0, i - length + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the first match in the window, so it is read in context.
  const firstHit = hits.indexOf(true, best);
  if (firstHit !== -1 && firstHit - best > 4) best = Math.max(0, firstHit - 4);
  const slice = words.slice(best, best + length);
  const body = slice.map((w, i) => (hits[best + i] ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w))).join(' ');
  return `${best > 0 ? '… ' : ''}${body}${best + length < words.length ? ' …' : ''}`;
}
