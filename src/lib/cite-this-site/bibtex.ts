// BibTeX (read by BibTeX, biblatex/biber, Zotero, JabRef…). Fields use biblatex names with the
// classic year/month as well. Text is UTF-8 as written, Arabic included; the characters TeX
// treats specially are escaped, and titles are braced so no style changes their case.
import { webUrl } from '../web-url.ts';
import type { CitedWork } from './work.ts';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes TeX's special characters in one pass (so an escape's own braces are not escaped again). */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}$&%#_~^]/g, (ch) => SPECIAL[ch]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL for a verbatim field: only braces and spaces could break the entry, so they are percent-encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (ch) => encodeURIComponent(ch));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// biblatex language names (babel/polyglossia) for the languages the sources are written in.
const LANGIDS: Record<string, string> = {
  ar: 'arabic',
  en: 'english',
  fr: 'french',
  de: 'german',
  hr: 'croatian',
  sr: 'serbian',
  id: 'bahasai',
};

/** Keys may hold letters, digits and - _ : . only. */
function bibtexKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

function entry(work: CitedWork): string {
  const url = webUrl(work.url);
  const archived = webUrl(work.archived);
  const fields: [string, string][] = [];
  const text = (name: string, value: string | undefined) => value && fields.push([name, `{${escapeBibtex(value)}}`]);
  if (work.authors.length > 0) text('author', work.authors.join(' and '));
  // An organisation as author is braced twice, so it is not read as a person's first and last name.
  else fields.push(['author', `{{${escapeBibtex(work.publisher)}}}`]);
  fields.push(['title', `{{${escapeBibtex(work.title)}}}`]);
  text('organization', work.publisher);
  if (work.date) {
    fields.push(['date', `{${work.date}}`], ['year', `{${work.date.slice(0, 4)}}`]);
    if (work.date.length >= 7) fields.push(['month', MONTHS[Number(work.date.slice(5, 7)) - 1]!]);
  }
  if (url) fields.push(['url', `{${bibtexUrl(url)}}`]);
  const langid = LANGIDS[work.language];
  if (langid) fields.push(['langid', `{${langid}}`]);
  const notes = [work.note, archived && `Archived copy: ${archived}`].filter(Boolean).join(' ');
  text('note', notes || undefined);
  const type = url ? 'online' : 'misc';
  return `@${type}{${bibtexKey(work.key)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/**
 * A .bib file: an optional comment line (before the entries, where every parser skips it) and
 * one entry per work.
 */
export function toBibtex(works: readonly CitedWork[], comment?: string): string {
  const head = comment
    ? `${comment
        .split('\n')
        .map((line) => `% ${line}`)
        .join('\n')}\n\n`
    : '';
  return head + works.map(entry).join('\n');
}
