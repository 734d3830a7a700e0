// The story's fixed vocabularies, declared once. This module imports nothing on purpose: the
// content schema builds its zod enums from these lists, and the browser bundles (src/client)
// import them too, which must not pull zod or Astro into a reader's download.

/** The four chapters of the story, in the order the site presents them. */
export const STORY_CHAPTERS = ['tadamon', 'caesar-photos', 'caesar-act', 'victoria'] as const;

/** Every chapter an event can belong to: the four, then "none" for context events of no single chapter. */
export const CHAPTERS = [...STORY_CHAPTERS, 'none'] as const;

/** What kind of event this is; drives the legend and colours of the timeline. */
export const EVENT_KINDS = ['violation', 'evidence', 'law', 'justice', 'context'] as const;

export type StoryChapter = (typeof STORY_CHAPTERS)[number];
export type Chapter = (typeof CHAPTERS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
