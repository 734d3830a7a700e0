// CSL-JSON, the citation data of Zotero, Pandoc and citeproc: an array of items, typed with the
// CSL-JSON schema's own definitions (the csl-json package), so a field the schema lacks is a
// type error.
import type { Data as CslItem } from 'csl-json';
import { webUrl } from '../web-url.ts';
import type { CitedWork } from './work.ts';

function dateParts(date: string): [number] | [number, number] | [number, number, number] {
  return date.split('-').map(Number) as [number] | [number, number] | [number, number, number];
}

export function toCslItem(work: CitedWork): CslItem {
  const url = webUrl(work.url);
  const archived = webUrl(work.archived);
  const item: CslItem = {
    id: work.key,
    // The schema the csl-json package types (CSL 1.0) has no "document": "article" is its generic type.
    type: url ? 'webpage' : 'article',
    title: work.title,
    author: work.authors.length > 0 ? work.authors.map((literal) => ({ literal })) : [{ literal: work.publisher }],
    publisher: work.publisher,
    language: work.language,
  };
  if (work.kind === 'page') item['container-title'] = work.publisher;
  if (work.date) item.issued = { 'date-parts': [dateParts(work.date)] };
  if (url) item.URL = url;
  const notes = [work.note, archived && `Archived copy: ${archived}`].filter(Boolean).join(' ');
  if (notes) item.note = notes;
  return item;
}

/** A CSL-JSON file: an array of items, pretty-printed so a reader can look at it. */
export function toCslJson(works: readonly CitedWork[]): string {
  return `${JSON.stringify(works.map(toCslItem), null, 2)}\n`;
}
