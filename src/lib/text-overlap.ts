// Finds runs of words that a text shares with a source, to catch sentences copied from the
// articles the project started from. Quotations marked with «…» or “…” are allowed and skipped;
// Arabic is compared after removing diacritics and unifying letter forms, so a copied sentence
// cannot hide behind a different hamza or an added shadda.

const MARKED_QUOTE = /«[^»]*»|“[^”]*”|"[^"]*"/g;

/** Lower-case words with Arabic diacritics, tatweel and letter variants unified; punctuation dropped. */
export function comparableWords(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Runs of at least `minWords` consecutive words that appear in both texts, outside marked quotations. */
export function sharedPhrases(text: string, source: string, minWords = 7): string[] {
  const words = comparableWords(text.replace(MARKED_QUOTE, ' | '));
  const sourceWords = comparableWords(source);
  const shingles = new Set<string>();
  for (let i = 0; i + minWords <= sourceWords.length; i++) shingles.add(sourceWords.slice(i, i + minWords).join(' '));
  const found: string[] = [];
  for (let i = 0; i + minWords <= words.length; i++) {
    const run = words.slice(i, i + minWords).join(' ');
    if (shingles.has(run)) found.push(run);
  }
  return found;
}
