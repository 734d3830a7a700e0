// Astro's content collections. The field-by-field schemas, each field commented, are in
// src/lib/content-schema.ts, shared with the content check (src/lib/content-integrity.ts),
// which runs before every build and also checks what zod alone cannot: references between
// collections, footnotes and language twins.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { classroomSchema, eventSchema, pageSchema, placeSchema, sourceSchema } from './lib/content-schema.ts';

/** content/events/<lang>/<id>.mdx; entry ids come out as "<lang>/<id>". */
const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '*/*.mdx' }),
  schema: eventSchema,
});

/** content/pages/<lang>/<id>.mdx: About and other prose pages. */
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*/*.mdx' }),
  schema: pageSchema,
});

/** content/classroom/<lang>/<chapter>.mdx: discussion questions and a glossary per chapter. */
const classroom = defineCollection({
  loader: glob({ base: './content/classroom', pattern: '*/*.mdx' }),
  schema: classroomSchema,
});

/** content/places.json: every place an event names. */
const places = defineCollection({
  loader: file('./content/places.json'),
  schema: placeSchema,
});

/** content/sources.json: the bibliography. */
const sources = defineCollection({
  loader: file('./content/sources.json'),
  schema: sourceSchema,
});

export const collections = { events, pages, classroom, places, sources };
