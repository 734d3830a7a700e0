// The corrections log (/<lang>/corrections/): every correction of every page, newest first,
// grouped by the day it was made and, within a day, by page. Pure, so the order is tested without
// a build.
import { mustParsePartialDate } from './partial-date.ts';

export interface CorrectedPage {
  /** The id shared by both languages, e.g. "tadamon-massacre". */
  id: string;
  title: string;
  /** As in the content: oldest first. */
  corrections: readonly { date: string; note: string }[];
}

export interface LoggedCorrection {
  note: string;
  /** 1-based position among the page's own corrections (1 = its first). */
  position: number;
}

export interface CorrectionDay {
  /** The date as written in the content ("2026-12-05", or "2026-12" if only the month is known). */
  date: string;
  /** The pages corrected that day, each with its corrections of that day. */
  pages: { page: { id: string; title: string }; corrections: LoggedCorrection[] }[];
}

/**
 * The log, newest date first. A date known only to the month or year sorts by its first day, after
 * the days within it that are written in full. Within one date: the pages in the order given (the
 * site's order), and a page's later correction before its earlier one.
 */
export function correctionsLog(pages: readonly CorrectedPage[]): CorrectionDay[] {
  const byDate = new Map<string, CorrectionDay['pages']>();
  for (const page of pages) {
    page.corrections.forEach((correction, i) => {
      const day = byDate.get(correction.date) ?? [];
      byDate.set(correction.date, day);
      let entry = day.find((d) => d.page.id === page.id);
      if (!entry) {
        entry = { page: { id: page.id, title: page.title }, corrections: [] };
        day.push(entry);
      }
      entry.corrections.unshift({ note: correction.note, position: i + 1 });
    });
  }
  const start = (date: string) => mustParsePartialDate(date).startMs;
  return [...byDate.entries()]
    .sort(([a], [b]) => start(b) - start(a) || b.length - a.length)
    .map(([date, dayPages]) => ({ date, pages: dayPages }));
}

/** How many corrections the log holds. */
export function correctionCount(log: readonly CorrectionDay[]): number {
  return log.reduce((n, day) => n + day.pages.reduce((m, p) => m + p.corrections.length, 0), 0);
}
