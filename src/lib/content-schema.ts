// The shape of every piece of content, in one place. Astro's content collections
// (src/content.config.ts) and the stand-alone content check (scripts/check-content.ts)
// both validate against these schemas, so the build and the tests agree on what is valid.
// Cross-references (a place id, a source id, a related event) are checked separately in
// content-integrity.ts, because they need all collections at once.
import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, parsePartialDate } from './partial-date.ts';
import { CHAPTERS, EVENT_KINDS } from './taxonomy.ts';
import { webUrl } from './web-url.ts';

/** Lower-case ASCII ids shared by file names, URLs and references: `tadamon-massacre`, `g1-print`. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case ASCII letters, digits and single hyphens, e.g. "tadamon-massacre"',
  );

/** The earliest year any date of this story (events, sources, corrections) can plausibly have. */
export const EARLIEST_YEAR = 1900;

/**
 * A calendar date written as precisely as it is known: "2013", "2013-04" or "2013-04-16".
 * A year before 1900 is a typo ("0000"); a day after today is caught by the content check, which
 * has a clock.
 */
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2013-04-16"')
  .refine((value) => parsePartialDate(value) !== null, 'this calendar date does not exist')
  .refine(
    (value) => Number(value.slice(0, 4)) >= EARLIEST_YEAR,
    `a year before ${EARLIEST_YEAR} is not plausible here; check the year`,
  );

/**
 * An address content may link to: an absolute https: or http: URL (src/lib/web-url.ts). A
 * `javascript:` or `data:` address would run in the reader's browser when clicked.
 */
export const webUrlSchema = z
  .string()
  .refine(
    (value) => webUrl(value) !== undefined,
    'use a full https:// (or http://) address; no other scheme is allowed',
  );

/** A full calendar day, "2026-11-23": for dates the project itself sets (last updated). */
export const dayDateSchema = partialDateSchema.refine(
  (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  'write the full day as YYYY-MM-DD, e.g. "2026-11-23"',
);

/** Text that the site shows in both languages, side by side in one record (places, sources). */
export const bilingualSchema = z.object({
  /** Arabic text, as the glossary spells it. */
  ar: z.string().min(1),
  /** English text, as the glossary spells it. */
  en: z.string().min(1),
});

/**
 * When something happened or became public. The precision (day, month or year) is the precision
 * of the written date, so "2013-08" means "August 2013", never "1 August 2013".
 */
export const eventDateSchema = z
  .object({
    /** First (or only) day, month or year. */
    start: partialDateSchema,
    /** Last day, month or year, for a span such as "March 2011 – August 2013". */
    end: partialDateSchema.optional(),
    /** True when the sources give the date only roughly ("about February 2011"). */
    approximate: z.boolean().default(false),
    /**
     * How far the sources support this date, where the fact sheet marks it less than confirmed:
     * "single-source", "one-origin" or "disputed" (the page then says which sources give which day).
     * Omitted for a date that independent sources confirm.
     */
    status: z.enum(['one-origin', 'single-source', 'disputed']).optional(),
  })
  .strict()
  .refine((d) => !d.end || parsePartialDate(d.end)!.startMs >= parsePartialDate(d.start)!.startMs, {
    message: 'end must not come before start',
    path: ['end'],
  });

/** How sure the sources make us of a statement; mirrors the statuses of the project's fact sheet. */
export const statusSchema = z.enum(['confirmed', 'one-origin', 'single-source', 'disputed']);

/** What kind of event this is; drives the legend and colours of the timeline. */
export const eventKindSchema = z.enum(EVENT_KINDS);

/** The four chapters of the story; "none" for context events that belong to no single chapter. */
export const chapterSchema = z.enum(CHAPTERS);

/** A figure that a source states, with what it counts: disputed figures are several claims on one topic. */
export const claimSchema = z
  .object({
    /** Groups the figures that answer the same question, e.g. "killed" or "photographs". */
    topic: idSchema,
    /** What is counted, in the page's language: "People killed". */
    label: z.string().min(1),
    /** The figure itself, as a number (the site formats its digits). */
    value: z.number().nonnegative(),
    /** How the source qualifies it: "at least 41", "about 55,000", "up to 350", or exactly. */
    qualifier: z.enum(['exact', 'at-least', 'about', 'up-to']).default('exact'),
    /** What the figure covers, in the page's language: "in the one video the Guardian published". */
    scope: z.string().min(1),
    /** The source id that states this figure. */
    source: idSchema,
    /** How far other sources support it. */
    status: statusSchema,
  })
  .strict();

/** A visible correction: what changed on the page, and when. Corrections are never silent. */
export const correctionSchema = z
  .object({
    /** The day the correction was made. */
    date: partialDateSchema,
    /** What was wrong and what the page says now, in the page's language. */
    note: z.string().min(1),
  })
  .strict();

/** Front matter of one event page, `content/events/<lang>/<id>.mdx`. */
export const eventSchema = z
  .object({
    /** Headline of the event, in the page's language. */
    title: z.string().min(1),
    /** One or two plain sentences shown in lists and the timeline. */
    summary: z.string().min(1),
    /** When it happened. */
    date: eventDateSchema,
    /** When it became public, where that differs from when it happened ("happened" vs "revealed"). */
    revealed: eventDateSchema.optional(),
    /** The kind of event (see eventKindSchema). */
    kind: eventKindSchema,
    /** The chapter it belongs to, or "none". */
    chapter: chapterSchema,
    /** True for the one long-form page that tells a chapter's story. */
    lead: z.boolean().default(false),
    /** Ids from content/places.json where it happened. */
    places: z.array(idSchema).default([]),
    /** Ids from content/sources.json that support the page; at least one. Footnotes cite these. */
    sources: z.array(idSchema).min(1, 'every event needs at least one source id from content/sources.json'),
    /** Figures with their source and scope; disputed figures appear once per source. */
    claims: z.array(claimSchema).default([]),
    /** A plain note shown before any description of violence; required for kind "violation". */
    contentNote: z.string().min(1).optional(),
    /** Ids of other events a reader should see next. */
    related: z.array(idSchema).default([]),
    /** Corrections made since publication, newest last. */
    corrections: z.array(correctionSchema).default([]),
    /**
     * The day the page last changed in substance, "YYYY-MM-DD": shown as "Last updated" and given
     * in every citation of the page. The same in both languages, and never before a correction.
     */
    updated: dayDateSchema,
  })
  .strict()
  .refine(
    (e) => {
      const revealed = e.revealed && parsePartialDate(e.revealed.start);
      const happened = parsePartialDate(e.date.start);
      // Compared by period: "revealed 2013" is not before "date 2013-04-16".
      return !revealed || !happened || revealed.endMs > happened.startMs;
    },
    {
      message: 'revealed must not come before date (what became public had to happen first)',
      path: ['revealed', 'start'],
    },
  );

/** One entry of content/places.json. */
export const placeSchema = z
  .object({
    /** ASCII id used by events. */
    id: idSchema,
    /** Name in both languages, as the glossary spells it. */
    name: bilingualSchema,
    /** Latitude in decimal degrees (north positive). */
    lat: z.number().min(-90).max(90),
    /** Longitude in decimal degrees (east positive). */
    lng: z.number().min(-180).max(180),
    /** Radius, in metres, within which the real place lies. */
    precision: z.number().positive(),
    /**
     * "sourced": the coordinates come from the cited source. "estimated": the source only
     * describes where the place is, the coordinates are the project's estimate, and the page
     * says "approximate".
     */
    basis: z.enum(['sourced', 'estimated']),
    /** Source id that locates the place. */
    source: idSchema,
    /** Optional remark shown with the place (e.g. why its position is uncertain). */
    note: bilingualSchema.optional(),
  })
  .strict();

/** One entry of content/sources.json. */
export const sourceSchema = z
  .object({
    /** ASCII id used by citations, e.g. "g1" for the Guardian's 27 April 2022 investigation. */
    id: idSchema,
    /** Who published it, in both languages. */
    publisher: bilingualSchema,
    /** Title as published, in its own language. */
    title: z.string().min(1),
    /** Author(s), where known. */
    author: z.string().min(1).optional(),
    /** Publication date, as precisely as known; omitted when the source is undated. */
    date: partialDateSchema.optional(),
    /** Address of the original publication, where known. */
    url: webUrlSchema.optional(),
    /** Language of the source text (BCP 47, e.g. "ar", "en", "fr"). */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'use a language tag such as "ar" or "en"'),
    /** A copy we read when the original was unavailable: an archive, mirror or repost. */
    archived: webUrlSchema.optional(),
    /** A caution for the reader: partisan outlet, critical blog, read through a repost… */
    note: bilingualSchema.optional(),
  })
  .strict();

export type EventData = z.infer<typeof eventSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Status = z.infer<typeof statusSchema>;

/** Front matter of a prose page such as About, `content/pages/<lang>/<id>.mdx`. */
export const pageSchema = z
  .object({
    /** Page title, in the page's language. */
    title: z.string().min(1),
    /** One sentence for lists and the page's meta description. */
    summary: z.string().min(1),
    /** Ids from content/sources.json cited in the text, if any. */
    sources: z.array(idSchema).default([]),
    /** Day the text last changed in substance. */
    updated: partialDateSchema,
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;

/** One term of a classroom page's glossary. */
export const glossaryTermSchema = z
  .object({
    /** The term as the glossary spells it, in the page's language. */
    term: z.string().min(1),
    /**
     * A short, neutral definition in the page's language. Every factual statement ends with
     * <Cite id="…" />, as in event bodies; the ids must be in the page's sources.
     */
    definition: z.string().min(1),
  })
  .strict();

/**
 * Front matter of one classroom page, `content/classroom/<lang>/<chapter>.mdx`: discussion
 * questions and a glossary for one chapter. The file name is the chapter.
 */
export const classroomSchema = z
  .object({
    /** Page title, in the page's language. */
    title: z.string().min(1),
    /** One sentence for the index and the page's meta description. */
    summary: z.string().min(1),
    /** Questions that make students examine evidence, sources, disagreements and what is not known. */
    questions: z.array(z.string().min(1)).min(5, 'write at least 5 questions').max(8, 'write at most 8 questions'),
    /** Key terms of the chapter with short definitions, each fact cited. */
    glossary: z.array(glossaryTermSchema).min(1, 'define at least one term'),
    /** Ids from content/sources.json cited in the definitions. */
    sources: z.array(idSchema).min(1, 'list the source ids the definitions cite'),
    /** Shown before the glossary when it mentions violence, as on event pages. */
    contentNote: z.string().min(1).optional(),
    /** Day the page last changed in substance, "YYYY-MM-DD". */
    updated: dayDateSchema,
  })
  .strict();

export type ClassroomData = z.infer<typeof classroomSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
