// The part of Noto Naskh Arabic that Arabic text on the site uses: the letters of the Arabic
// alphabet with hamza forms and tatweel, the vowel marks, Arabic punctuation and digits, the
// joiners and direction marks, and the spaces. Cut from the whole font at build
// (font-subsets.ts), it is about a quarter of the file the font's own "arabic" subset is (12 KB
// against 53 KB per weight), because that subset also carries Persian, Urdu and other letters, the
// extended blocks and the presentation forms. fonts.css loads the rest of the font only for a
// page or a search box that needs one of those characters. The built-output tests check that
// every Arabic character in the built pages is in this set.
import type { CodeRange } from './unicode-ranges.ts';

export const ARABIC_CORE: readonly CodeRange[] = [
  [0x0020, 0x0020], // space
  [0x00a0, 0x00a0], // no-break space
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061b], // Arabic semicolon
  [0x061f, 0x061f], // Arabic question mark
  [0x0621, 0x0655], // hamza, the letters, tatweel, the vowel marks, shadda, sukun, madda, hamza marks
  [0x0660, 0x066d], // Arabic-Indic digits, percent sign, decimal and thousands separators
  [0x0670, 0x0670], // superscript alef
  [0x200c, 0x200e], // zero-width non-joiner and joiner, left-to-right mark (as the font's own subset)
  [0x2010, 0x2010], // hyphen (the font has no non-breaking hyphen, though its subset's range names it)
];
