// The three citation files (BibTeX, RIS, CSL-JSON) from one list of works, with the media
// type each is served as.
import type { CitationFormat } from '../paths.ts';
import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import { toRis } from './ris.ts';
import type { CitedWork } from './work.ts';

export const CITATION_MEDIA_TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** The file's text; `comment` goes at the head of a BibTeX file, the one format with comments. */
export function citationFile(format: CitationFormat, works: readonly CitedWork[], comment?: string): string {
  if (format === 'bib') return toBibtex(works, comment);
  if (format === 'ris') return toRis(works);
  return toCslJson(works);
}
