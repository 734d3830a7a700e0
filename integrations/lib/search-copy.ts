// The second half of "the same normalisation on both sides": before Pagefind reads a page, every
// word whose normalised form differs from how the page writes it (ة → ه, أ → ا, diacritics,
// Arabic-Indic digits, Latin accents) is added once more in normalised form, in a block after the
// text. Queries are normalised the same way, so "مجزره" and "الجنائيه" find pages that write
// "مجزرة" and "الجنائية", while the page itself is left as it was. The block starts with
// COPY_MARK so that excerpts can be cut from the page's own text only (src/lib/search/excerpt.ts).
// Only the HTML handed to the indexer changes, never the built page.
import { parse } from 'node-html-parser';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { COPY_MARK } from '../../src/lib/search/excerpt.ts';

/** Normalised forms of the words of `text` that the text writes differently, in order. */
export function normalisedWords(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const plain = word
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const normal = normalizeText(word);
    if (normal && normal !== plain) out.push(normal);
  }
  return out;
}

/** The page's HTML with the normalised copy of its indexed text appended inside its data-pagefind-body. */
export function withNormalisedCopy(html: string, excludeSelectors: readonly string[] = []): string {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return html;
  const text = parse(body.outerHTML);
  for (const selector of [...excludeSelectors, '[data-pagefind-ignore]'])
    for (const el of text.querySelectorAll(selector)) el.remove();
  const words = normalisedWords(text.textContent);
  if (words.length === 0) return html;
  body.insertAdjacentHTML('beforeend', `<p>${COPY_MARK} ${words.join(' ')}</p>`);
  return root.toString();
}
