// Writes the numbers that exist only once the pages are built (the archive's size and checksum,
// the offline copy's size) into the pages that carry their placeholders (src/lib/offline/archive.ts).
// A placeholder is a token no text can contain, so it is replaced wherever it stands, in text or
// in an attribute, without reading the page's markup.
import { LANGS, type Lang } from '../../src/i18n/locales.ts';
import { PLACEHOLDER } from '../../src/lib/offline/archive.ts';

/** The page's language from its file in the built site ("ar/download/index.html"), or null. */
export function langOfFile(file: string): Lang | null {
  const first = file.split('/')[0];
  return LANGS.find((lang) => lang === first) ?? null;
}

/** Fills the placeholders a page carries with their text (already formatted for the page's language). */
export function fillPlaceholders(html: string, values: Partial<Record<keyof typeof PLACEHOLDER, string>>): string {
  let out = html;
  for (const [key, text] of Object.entries(values) as [keyof typeof PLACEHOLDER, string][])
    out = out.split(PLACEHOLDER[key]).join(text);
  return out;
}
