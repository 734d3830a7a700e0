// What the site's feeds say: one entry per event page (new or updated: its `updated` day) and one
// per correction, newest first. Pure: the endpoint (src/pages/[lang]/feed.xml.ts) gives the pages
// with their absolute addresses and the words of the language.
import { mustParsePartialDate } from '../partial-date.ts';
import type { AtomEntry } from './atom.ts';

export interface FeedPage {
  /** The page's permalink (absolute). */
  url: string;
  title: string;
  summary: string;
  /** "YYYY-MM-DD": the day the page last changed in substance. */
  updated: string;
  /** As in the content: oldest first. */
  corrections: readonly { date: string; note: string }[];
}

export interface FeedWords {
  /** The title of a correction's entry, given the corrected page's title. */
  correctionTitle: (pageTitle: string) => string;
  /** The fragment of a page's corrections section, without "#". */
  correctionsAnchor: string;
}

/** "2026-12-05" (or "2026-12", "2026") → "2026-12-05T00:00:00Z": the first instant of the day, in UTC. */
export function atomDate(partial: string): string {
  return new Date(mustParsePartialDate(partial).startMs).toISOString().replace('.000Z', 'Z');
}

/**
 * The feed's entries, newest first. A correction's id is the page's permalink and its position
 * among the page's corrections ("#correction-2"): corrections are only ever added after the
 * others, so the id never changes. Entries of the same instant keep the pages' order, and a page's
 * later correction comes before its earlier one.
 */
export function feedEntries(pages: readonly FeedPage[], words: FeedWords): AtomEntry[] {
  const entries: AtomEntry[] = [];
  for (const page of pages) {
    entries.push({
      id: page.url,
      title: page.title,
      summary: page.summary,
      updated: atomDate(page.updated),
      link: page.url,
    });
    page.corrections
      .map((correction, i) => ({
        id: `${page.url}#correction-${i + 1}`,
        title: words.correctionTitle(page.title),
        content: correction.note,
        updated: atomDate(correction.date),
        link: `${page.url}#${words.correctionsAnchor}`,
      }))
      .reverse()
      .forEach((entry) => entries.push(entry));
  }
  // Array.prototype.sort is stable: equal instants keep the order above.
  return entries.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
}
