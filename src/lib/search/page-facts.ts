// What a search result shows of its page besides title and text: the same fields whichever engine
// found it (Pagefind on the web, MiniSearch in the folder edition).

export interface PageFacts {
  /** The date as the page writes it ("16 April 2013"), or "" for pages without one. */
  date: string;
  /** ISO partial date ("2013-04-16", "2013-08", "2013") for sorting, or "". */
  datetime: string;
  /** Chapter id, or "" for pages outside the chapters. */
  chapter: string;
  /** Kind id, or "". */
  kind: string;
  /** Year of the event, or "". */
  year: string;
  /** Place ids. */
  places: string[];
}
