// Checks the whole content folder at once: each file against its schema, then every reference
// between files (places, sources, related events, footnotes) and the language twins.
// Pure: it takes what content-files.ts read and returns problems, each naming the file, the
// field and the fix, so the build can stop with a message a contributor can act on.
import type { z } from 'astro/zod';
import {
  eventSchema,
  pageSchema,
  placeSchema,
  sourceSchema,
  idSchema,
  classroomSchema,
  chapterSchema,
} from './content-schema.ts';
import type { ClassroomData, EventData, PageData, Place, Source } from './content-schema.ts';
import type { RawContent, RawFile, RawMdxFile } from './raw-content.ts';
import { LANGS } from '../i18n/locales.ts';
import { CHAPTERS, EVENT_KINDS } from './taxonomy.ts';
import { placeBoundsProblems } from './geo/place-bounds.ts';

export interface ContentProblem {
  file: string;
  /** Dotted path of the field, e.g. "sources[1]" or "date.start"; "" for the whole file. */
  field: string;
  /** What is wrong and what to do about it. */
  message: string;
}

export interface CheckedEvent {
  file: string;
  lang: string;
  id: string;
  data: EventData;
  body: string;
}

export interface CheckedContent {
  events: CheckedEvent[];
  pages: { file: string; lang: string; id: string; data: PageData }[];
  classroom: { file: string; lang: string; id: string; data: ClassroomData; body: string }[];
  places: Place[];
  sources: Source[];
  problems: ContentProblem[];
}

/** What to do when a field is missing or malformed, for fields whose zod message does not say. */
const FIELD_FIXES: Record<string, string> = {
  title: 'give the page a title in its language',
  summary: 'write one or two plain sentences summing the event up',
  date: 'add `date:` with `start: "YYYY-MM-DD"` (or "YYYY-MM", "YYYY")',
  kind: `use one of ${EVENT_KINDS.join(', ')}`,
  chapter: `use one of ${CHAPTERS.join(', ')}`,
  sources: 'list at least one source id from content/sources.json',
  claims: 'each claim needs topic, label, value (a number), scope, source and status',
  name: 'give the name in both languages: { "ar": "…", "en": "…" }',
  publisher: 'give the publisher in both languages: { "ar": "…", "en": "…" }',
  lat: 'latitude in decimal degrees, between -90 and 90',
  lng: 'longitude in decimal degrees, between -180 and 180',
  precision: 'the radius in metres within which the real place lies',
  basis: 'use "sourced" (coordinates from the source) or "estimated" (the project\'s estimate)',
  source: 'name a source id from content/sources.json',
  updated: 'the day the text last changed in substance, "YYYY-MM-DD", the same in both languages',
  questions: 'write 5 to 8 discussion questions, one string each',
  glossary: 'each term needs term and definition (with <Cite id="…" /> after each fact)',
};

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function schemaProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = prefix + fieldPath(issue.path);
    const top = String(issue.path[0] ?? '');
    const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')}); remove or rename them` : '';
    const fix = FIELD_FIXES[top];
    const message = `${issue.message}${unknownKeys}` + (fix && !unknownKeys ? `. Fix: ${fix}.` : '.');
    return { file, field, message };
  });
}

function parseEach<T>(
  files: RawFile[],
  schema: z.ZodType<T>,
  problems: ContentProblem[],
  label: (i: number) => string,
): T[] {
  const out: T[] = [];
  files.forEach((raw, index) => {
    const result = schema.safeParse(raw.data);
    if (result.success) out.push(result.data);
    else problems.push(...schemaProblems(raw.file, result.error, label(index)));
  });
  return out;
}

function checkMdxLocation(raw: RawMdxFile, problems: ContentProblem[]): boolean {
  if (raw.parseError) {
    problems.push({
      file: raw.file,
      field: '',
      message: `${raw.parseError}. Fix: start the file with "---", the YAML fields, and "---".`,
    });
    return false;
  }
  if (!(LANGS as readonly string[]).includes(raw.lang)) {
    problems.push({
      file: raw.file,
      field: '',
      message: `"${raw.lang}" is not a site language. Fix: move the file into one of ${LANGS.join(', ')}/.`,
    });
    return false;
  }
  if (!idSchema.safeParse(raw.id).success) {
    problems.push({
      file: raw.file,
      field: '',
      message: `the file name "${raw.id}" is not a valid id. Fix: rename it to lower-case ASCII words joined by hyphens, the same in every language.`,
    });
    return false;
  }
  return true;
}

/** Every language folder must hold the same ids: a page missing in one language fails the build. */
export function twinProblems(files: { file: string; lang: string; id: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, Map<string, string>>();
  for (const f of files) {
    if (!byId.has(f.id)) byId.set(f.id, new Map());
    byId.get(f.id)!.set(f.lang, f.file);
  }
  for (const [id, langs] of byId) {
    for (const lang of LANGS) {
      if (langs.has(lang)) continue;
      const [, existing] = [...langs][0]!;
      const missing = existing.replace(/\/(ar|en)\/([^/]+)$/, `/${lang}/$2`);
      problems.push({
        file: existing,
        field: '',
        message: `has no ${lang === 'ar' ? 'Arabic' : 'English'} twin. Fix: add ${missing} (same id "${id}", written in that language).`,
      });
    }
  }
  return problems;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Language twins describe the same event: the fields that do not depend on language must match. */
function twinConsistencyProblems(events: CheckedEvent[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = Map.groupBy(events, (e) => e.id);
  for (const [, twins] of byId) {
    const [first, ...others] = twins;
    for (const other of others) {
      const a = first!.data;
      const b = other.data;
      const mismatch = (field: string, same: boolean) => {
        if (!same)
          problems.push({
            file: other.file,
            field,
            message: `differs from ${first!.file}. Fix: make ${field} the same in both languages.`,
          });
      };
      mismatch('date', JSON.stringify(a.date) === JSON.stringify(b.date));
      mismatch('revealed', JSON.stringify(a.revealed) === JSON.stringify(b.revealed));
      mismatch('kind', a.kind === b.kind);
      mismatch('chapter', a.chapter === b.chapter);
      mismatch('lead', a.lead === b.lead);
      mismatch('places', sameSet(a.places, b.places));
      mismatch('sources', sameSet(a.sources, b.sources));
      mismatch('related', sameSet(a.related, b.related));
      const claimKey = (c: EventData['claims'][number]) =>
        [c.topic, c.value, c.qualifier, c.source, c.status].join('|');
      mismatch('claims', a.claims.map(claimKey).join() === b.claims.map(claimKey).join());
      mismatch('corrections', a.corrections.map((c) => c.date).join() === b.corrections.map((c) => c.date).join());
      mismatch('updated', a.updated === b.updated);
    }
  }
  return problems;
}

/** "Last updated" cannot come before a correction: a correction changes the page. */
function updatedProblems(events: CheckedEvent[]): ContentProblem[] {
  return events.flatMap(({ file, data }) => {
    const latest = data.corrections
      .map((c) => c.date)
      .sort()
      .at(-1);
    if (!latest || latest <= data.updated) return [];
    return [
      {
        file,
        field: 'updated',
        message: `"${data.updated}" is before the latest correction (${latest}). Fix: set updated to the day of the latest change, at least "${latest}", in both languages.`,
      },
    ];
  });
}

/** Ids cited in an MDX body with <Cite id="…" />, in order of appearance. */
export function citedIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']\s*\/>/g)].map((m) => m[1]!);
}

/** Ids of JSON entries, valid or not, so one malformed place does not also break every reference to it. */
function rawIds(files: RawFile[]): Set<string> {
  return new Set(
    files.map((f) => (f.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'),
  );
}

function referenceProblems(
  events: CheckedEvent[],
  places: Place[],
  placeIds: Set<string>,
  sourceIds: Set<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const eventIds = new Set(events.map((e) => e.id));
  const unknownSource = (id: string) =>
    `unknown source id "${id}". Fix: add an entry with id "${id}" to content/sources.json, or correct the id.`;

  for (const { file, data, body } of events) {
    data.places.forEach((id, i) => {
      if (!placeIds.has(id))
        problems.push({
          file,
          field: `places[${i}]`,
          message: `unknown place id "${id}". Fix: add it to content/places.json (names, lat, lng, precision, basis, source), or correct the id.`,
        });
    });
    data.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push({ file, field: `sources[${i}]`, message: unknownSource(id) });
    });
    data.related.forEach((id, i) => {
      if (!eventIds.has(id))
        problems.push({
          file,
          field: `related[${i}]`,
          message: `unknown event id "${id}". Fix: use the file name of an event in content/events/, or remove it.`,
        });
    });
    data.claims.forEach((claim, i) => {
      if (!sourceIds.has(claim.source))
        problems.push({ file, field: `claims[${i}].source`, message: unknownSource(claim.source) });
      else if (!data.sources.includes(claim.source))
        problems.push({
          file,
          field: `claims[${i}].source`,
          message: `"${claim.source}" is not in this event's sources. Fix: add it to sources.`,
        });
    });
    const cited = citedIds(body);
    for (const id of new Set(cited)) {
      if (!data.sources.includes(id))
        problems.push({
          file,
          field: 'body',
          message: `<Cite id="${id}" /> cites a source missing from the front matter. Fix: add "${id}" to sources${sourceIds.has(id) ? '' : ' (and to content/sources.json)'}.`,
        });
    }
    data.sources.forEach((id, i) => {
      if (!cited.includes(id) && !data.claims.some((c) => c.source === id))
        problems.push({
          file,
          field: `sources[${i}]`,
          message: `"${id}" is listed but never cited. Fix: cite it with <Cite id="${id}" /> where the text relies on it, or remove it.`,
        });
    });
    if (data.kind === 'violation' && !data.contentNote)
      problems.push({
        file,
        field: 'contentNote',
        message:
          'a page about violence needs a content note. Fix: add contentNote: one plain sentence on what the page describes.',
      });
    if (data.lead && data.chapter === 'none')
      problems.push({
        file,
        field: 'lead',
        message: 'only a chapter can have a lead page. Fix: set chapter, or remove lead.',
      });
  }

  places.forEach((place) => {
    if (!sourceIds.has(place.source))
      problems.push({ file: 'content/places.json', field: `${place.id}.source`, message: unknownSource(place.source) });
  });
  return problems;
}

function duplicateIdProblems(file: string, ids: string[]): ContentProblem[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [{ file, field: id, message: `the id "${id}" is used twice. Fix: give each entry its own id.` }];
  });
}

function leadProblems(events: CheckedEvent[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const leads = Map.groupBy(
    events.filter((e) => e.data.lead),
    (e) => `${e.lang}/${e.data.chapter}`,
  );
  for (const [, list] of leads) {
    for (const extra of list.slice(1))
      problems.push({
        file: extra.file,
        field: 'lead',
        message: `chapter "${extra.data.chapter}" already has a lead page (${list[0]!.file}). Fix: keep lead on one page.`,
      });
  }
  return problems;
}

type CheckedClassroom = CheckedContent['classroom'][number];

/** Classroom pages: one per chapter that has a lead page, twins alike, every definition's facts cited. */
function classroomProblems(
  pages: CheckedClassroom[],
  events: CheckedEvent[],
  sourceIds: Set<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const chapters = chapterSchema.options.filter((c) => c !== 'none');
  for (const { file, id, data } of pages) {
    if (!(chapters as string[]).includes(id))
      problems.push({
        file,
        field: '',
        message: `"${id}" is not a chapter. Fix: name the file after one of ${chapters.join(', ')}.`,
      });
    data.sources.forEach((source, i) => {
      if (!sourceIds.has(source))
        problems.push({
          file,
          field: `sources[${i}]`,
          message: `unknown source id "${source}". Fix: add it to content/sources.json, or correct the id.`,
        });
    });
    const cited = data.glossary.flatMap((g) => citedIds(g.definition));
    data.glossary.forEach((g, i) => {
      if (citedIds(g.definition).length === 0)
        problems.push({
          file,
          field: `glossary[${i}].definition`,
          message: `the definition of "${g.term}" cites no source. Fix: end each factual statement with <Cite id="…" />.`,
        });
      for (const source of new Set(citedIds(g.definition))) {
        if (!data.sources.includes(source))
          problems.push({
            file,
            field: `glossary[${i}].definition`,
            message: `<Cite id="${source}" /> cites a source missing from the front matter. Fix: add "${source}" to sources.`,
          });
      }
    });
    data.sources.forEach((source, i) => {
      if (!cited.includes(source))
        problems.push({
          file,
          field: `sources[${i}]`,
          message: `"${source}" is listed but never cited. Fix: cite it in a definition, or remove it.`,
        });
    });
  }
  for (const [, twins] of Map.groupBy(pages, (p) => p.id)) {
    const [first, ...others] = twins;
    for (const other of others) {
      const mismatch = (field: string, same: boolean) => {
        if (!same)
          problems.push({
            file: other.file,
            field,
            message: `differs from ${first!.file}. Fix: make ${field} the same in both languages.`,
          });
      };
      mismatch('sources', sameSet(first!.data.sources, other.data.sources));
      mismatch('updated', first!.data.updated === other.data.updated);
      mismatch('glossary', first!.data.glossary.length === other.data.glossary.length);
      mismatch('questions', first!.data.questions.length === other.data.questions.length);
    }
  }
  const leads = new Set(events.filter((e) => e.data.lead).map((e) => `${e.lang}/${e.data.chapter}`));
  for (const key of leads) {
    const [lang, chapter] = key.split('/') as [string, string];
    if (!pages.some((p) => p.lang === lang && p.id === chapter))
      problems.push({
        file: `content/classroom/${lang}/${chapter}.mdx`,
        field: '',
        message: `missing: chapter "${chapter}" has a lead page, so it needs a classroom page. Fix: create it (front matter: title, summary, questions, glossary, sources, updated).`,
      });
  }
  return problems;
}

/** Prose pages the site's routes render; each must exist in every language. */
export const REQUIRED_PAGES = ['about'] as const;

function requiredPageProblems(pages: { lang: string; id: string }[]): ContentProblem[] {
  return REQUIRED_PAGES.flatMap((id) =>
    LANGS.filter((lang) => !pages.some((p) => p.lang === lang && p.id === id)).map((lang) => ({
      file: `content/pages/${lang}/${id}.mdx`,
      field: '',
      message: `missing: the site links to this page in every language. Fix: create it (front matter: title, summary, updated).`,
    })),
  );
}

/** Validates everything; the returned problems are empty when the content can be built. */
export function checkContent(raw: RawContent): CheckedContent {
  const problems: ContentProblem[] = raw.folderErrors.map((e) => ({ ...e, field: '' }));
  const entryLabel = (files: RawFile[]) => (i: number) => {
    const id = (files[i]!.data as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? `[${i}] "${id}".` : `[${i}].`;
  };
  const sources = parseEach(raw.sources, sourceSchema, problems, entryLabel(raw.sources));
  const places = parseEach(raw.places, placeSchema, problems, entryLabel(raw.places));
  // A valid place must also be where the story happens (src/lib/geo/place-bounds.ts).
  raw.places.forEach((rawPlace, i) => {
    const parsed = placeSchema.safeParse(rawPlace.data);
    if (!parsed.success) return;
    for (const p of placeBoundsProblems(parsed.data))
      problems.push({ file: rawPlace.file, field: `${entryLabel(raw.places)(i)}${p.field}`, message: p.message });
  });

  const events: CheckedEvent[] = [];
  for (const rawEvent of raw.events) {
    if (!checkMdxLocation(rawEvent, problems)) continue;
    const result = eventSchema.safeParse(rawEvent.data);
    if (result.success)
      events.push({
        file: rawEvent.file,
        lang: rawEvent.lang,
        id: rawEvent.id,
        data: result.data,
        body: rawEvent.body,
      });
    else problems.push(...schemaProblems(rawEvent.file, result.error));
  }
  const pages: CheckedContent['pages'] = [];
  for (const rawPage of raw.pages) {
    if (!checkMdxLocation(rawPage, problems)) continue;
    const result = pageSchema.safeParse(rawPage.data);
    if (result.success) pages.push({ file: rawPage.file, lang: rawPage.lang, id: rawPage.id, data: result.data });
    else problems.push(...schemaProblems(rawPage.file, result.error));
  }

  const classroom: CheckedContent['classroom'] = [];
  for (const rawPage of raw.classroom) {
    if (!checkMdxLocation(rawPage, problems)) continue;
    const result = classroomSchema.safeParse(rawPage.data);
    if (result.success)
      classroom.push({ file: rawPage.file, lang: rawPage.lang, id: rawPage.id, data: result.data, body: rawPage.body });
    else problems.push(...schemaProblems(rawPage.file, result.error));
  }

  const located = (files: RawMdxFile[]) =>
    files.filter((f) => !f.parseError && (LANGS as readonly string[]).includes(f.lang));
  problems.push(
    ...duplicateIdProblems(
      'content/sources.json',
      sources.map((s) => s.id),
    ),
    ...duplicateIdProblems(
      'content/places.json',
      places.map((p) => p.id),
    ),
    ...twinProblems(located(raw.events)),
    ...twinProblems(located(raw.pages)),
    ...twinProblems(located(raw.classroom)),
    ...twinConsistencyProblems(events),
    ...updatedProblems(events),
    ...classroomProblems(classroom, events, rawIds(raw.sources)),
    ...referenceProblems(events, places, rawIds(raw.places), rawIds(raw.sources)),
    ...leadProblems(events),
    ...requiredPageProblems(raw.pages),
  );
  for (const page of pages) {
    page.data.sources.forEach((id, i) => {
      if (!sources.some((s) => s.id === id))
        problems.push({
          file: page.file,
          field: `sources[${i}]`,
          message: `unknown source id "${id}". Fix: add it to content/sources.json, or correct the id.`,
        });
    });
  }
  return { events, pages, classroom, places, sources, problems };
}

/** One line per problem: `file › field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n');
}
