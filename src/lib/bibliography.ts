// Groups the bibliography by chapter, from what each event actually cites: a source appears
// under every chapter whose pages rely on it, and sources no page cites are listed apart.
import type { Source } from './content-schema.ts';
import { CHAPTERS, type Chapter } from './taxonomy.ts';

/** An event, or a prose page such as About (with its own href), and the sources it cites. */
export interface CitingEvent {
  id: string;
  title: string;
  chapter: Chapter;
  sources: string[];
  href?: string;
}
export interface ChapterSources {
  chapter: Chapter;
  sources: { source: Source; citedBy: CitingEvent[] }[];
}

/** Sources in each chapter, sorted by date (undated last) then publisher id. */
export function groupSourcesByChapter(
  events: CitingEvent[],
  sources: Source[],
): { chapters: ChapterSources[]; uncited: Source[] } {
  const byDate = (a: Source, b: Source) =>
    (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
  const chapters = CHAPTERS.map((chapter) => {
    const inChapter = events.filter((e) => e.chapter === chapter);
    const list = sources
      .map((source) => ({ source, citedBy: inChapter.filter((e) => e.sources.includes(source.id)) }))
      .filter((entry) => entry.citedBy.length > 0)
      .sort((a, b) => byDate(a.source, b.source));
    return { chapter, sources: list };
  }).filter((group) => group.sources.length > 0);
  const cited = new Set(events.flatMap((e) => e.sources));
  return { chapters, uncited: sources.filter((s) => !cited.has(s.id)).sort(byDate) };
}
