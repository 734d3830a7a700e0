// RIS, the tagged format of EndNote, Zotero, Mendeley and most library catalogues: one
// "TAG  - value" line per field, one ER line closing each record.
import { webUrl } from '../web-url.ts';
import type { CitedWork } from './work.ts';

function line(tag: string, value: string): string {
  // A value is one line: a line break would start a field the reader's software does not expect.
  return `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
}

function record(work: CitedWork): string {
  const url = webUrl(work.url);
  const archived = webUrl(work.archived);
  const lines = [line('TY', url ? 'ELEC' : 'GEN')];
  const authors = work.authors.length > 0 ? work.authors : [work.publisher];
  // RIS gives an organisation as a one-part name; a trailing comma would mark "family, given".
  for (const author of authors) lines.push(line('AU', author));
  lines.push(line('TI', work.title), line('PB', work.publisher));
  if (work.kind === 'page') lines.push(line('T2', work.publisher));
  if (work.date) {
    const [year, month = '', day = ''] = work.date.split('-');
    lines.push(line('PY', year!), line('DA', `${year}/${month}/${day}/`));
  }
  if (url) lines.push(line('UR', url));
  lines.push(line('LA', work.language), line('ID', work.key));
  if (work.note) lines.push(line('N1', work.note));
  if (archived) lines.push(line('N1', `Archived copy: ${archived}`));
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/** A .ris file with one record per work; lines end in CR LF, as the format asks. */
export function toRis(works: readonly CitedWork[]): string {
  return `${works.map(record).join('\r\n\r\n')}\r\n`;
}
