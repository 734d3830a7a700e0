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
import { seaProblem } from './geo/land.ts';
import { readMdxBody, readMdxTree, type BodyKind, type MdxCite } from './mdx-body.ts';

export interface ContentProblem {
  file: string;
  /** Dotted path of the field, e.g. "sources[1]" or "date.start"; "" for the whole file. */
  field: string;
  /** What is wrong and what to do about it. */
  message: string;
  /** The line of the file, where the problem has one (MDX bodies, YAML and JSON syntax). */
  line?: number;
}

export interface CheckOptions {
  /** The check's clock, for "updated is not in the future"; injectable so tests do not age. */
  now?: Date;
}

export interface CheckedEvent {
  file: string;
  lang: string;
  id: string;
  data: EventData;
  body: string;
  /** The body's footnotes, read with the MDX parser. */
  cites: MdxCite[];
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

/** The value at a zod issue's path in the data that was parsed. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function schemaProblems(file: string, error: z.ZodError, prefix = '', data?: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = prefix + fieldPath(issue.path);
    const value = valueAt(data, issue.path);
    // YAML reads an unquoted 2011-02-03 as a date, not as the text the schema wants.
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      const day = value.toISOString().slice(0, 10);
      const key = String(issue.path.at(-1));
      return {
        file,
        field,
        message: `${day} is unquoted, so YAML reads it as a date object, not as text. Fix: quote the date: ${key}: "${day}".`,
      };
    }
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
    else problems.push(...schemaProblems(raw.file, result.error, label(index), raw.data));
  });
  return out;
}

function checkMdxLocation(raw: RawMdxFile, problems: ContentProblem[]): boolean {
  if (raw.parseError) {
    const fix =
      raw.data === undefined && /YAML/.test(raw.parseError)
        ? 'Fix: correct that line: indent nested fields by two spaces, and quote any text that holds a colon, a quote or starts with a bracket.'
        : 'Fix: start the file with "---", the YAML fields, and "---".';
    problems.push({ file: raw.file, field: '', line: raw.parseErrorLine, message: `${raw.parseError}. ${fix}` });
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

/** Compiles one body and turns what the MDX reader found into problems with the file's line. */
function bodyProblems(raw: RawMdxFile, kind: BodyKind): { cites: MdxCite[]; problems: ContentProblem[] } {
  const reading = readMdxBody(raw.body, kind);
  return {
    cites: reading.cites,
    problems: reading.problems.map((p) => ({ file: raw.file, field: 'body', line: p.line, message: p.message })),
  };
}

/** The ids a reference may use; "every id" stands in for a JSON file that could not be read. */
type IdSet = Pick<Set<string>, 'has'>;
const EVERY_ID: IdSet = { has: () => true };

/**
 * Ids of JSON entries, valid or not, so one malformed place does not also break every reference
 * to it; and when the file itself could not be read, every id, so one syntax error in
 * sources.json is one message, not one more per citation.
 */
function rawIds(files: RawFile[], unreadable: boolean): IdSet {
  if (unreadable) return EVERY_ID;
  return new Set(
    files.map((f) => (f.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'),
  );
}

function referenceProblems(
  events: CheckedEvent[],
  places: Place[],
  placeIds: IdSet,
  sourceIds: IdSet,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const eventIds = new Set(events.map((e) => e.id));
  const unknownSource = (id: string) =>
    `unknown source id "${id}". Fix: add an entry with id "${id}" to content/sources.json, or correct the id.`;

  for (const { file, data, cites } of events) {
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
    const cited = cites.map((c) => c.id);
    for (const cite of cites) {
      const id = cite.id;
      if (!data.sources.includes(id) && cites.find((c) => c.id === id) === cite)
        problems.push({
          file,
          field: 'body',
          line: cite.line,
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
function classroomProblems(pages: CheckedClassroom[], events: CheckedEvent[], sourceIds: IdSet): ContentProblem[] {
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
    const readings = data.glossary.map((g) => readMdxTree(g.definition, 'classroom'));
    const definitionCites = readings.map((r) => r.cites.map((c) => c.id));
    const cited = definitionCites.flat();
    data.glossary.forEach((g, i) => {
      for (const finding of readings[i]!.problems)
        problems.push({ file, field: `glossary[${i}].definition`, message: finding.message });
      if (definitionCites[i]!.length === 0 && readings[i]!.problems.length === 0)
        problems.push({
          file,
          field: `glossary[${i}].definition`,
          message: `the definition of "${g.term}" cites no source. Fix: end each factual statement with <Cite id="…" />.`,
        });
      for (const source of new Set(definitionCites[i])) {
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

/**
 * The latest day anyone can have written today: in UTC+14, the first time zone to reach a date,
 * so a contributor east of Greenwich who writes their own date is never told it is in the future.
 */
export function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** `updated` and correction dates record the past: a later day is a typo. */
function futureProblems(
  files: { file: string; data: { updated: string; corrections?: { date: string }[] } }[],
  now: Date,
): ContentProblem[] {
  const today = latestToday(now);
  return files.flatMap(({ file, data }) => {
    const dated = [
      { field: 'updated', date: data.updated },
      ...(data.corrections ?? []).map((c, i) => ({ field: `corrections[${i}].date`, date: c.date })),
    ];
    return dated
      .filter(({ date }) => date > today)
      .map(({ field, date }) => ({
        file,
        field,
        message: `"${date}" is in the future (today is ${today} at the latest). Fix: give the day the change was made.`,
      }));
  });
}

/** More than this many schema problems in one JSON file are summed up: one mistake often repeats. */
const MAX_PROBLEMS_PER_JSON_FILE = 8;

function summariseJsonProblems(problems: ContentProblem[], file: string): ContentProblem[] {
  const inFile = problems.filter((p) => p.file === file);
  if (inFile.length <= MAX_PROBLEMS_PER_JSON_FILE) return problems;
  const shown = new Set(inFile.slice(0, 5));
  return [
    ...problems.filter((p) => p.file !== file || shown.has(p)),
    {
      file,
      field: '',
      message: `…and ${inFile.length - shown.size} more problems in this file. Fix the ones above first (one mistake often repeats), then run the check again.`,
    },
  ];
}

/** Validates everything; the returned problems are empty when the content can be built. */
export function checkContent(raw: RawContent, options: CheckOptions = {}): CheckedContent {
  const now = options.now ?? new Date();
  let problems: ContentProblem[] = raw.folderErrors.map((e) => ({ ...e, field: '' }));
  const unreadable = (name: string) => raw.folderErrors.some((e) => e.file.endsWith(name));
  const entryLabel = (files: RawFile[]) => (i: number) => {
    const id = (files[i]!.data as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? `[${i}] "${id}".` : `[${i}].`;
  };
  const sources = parseEach(raw.sources, sourceSchema, problems, entryLabel(raw.sources));
  const places = parseEach(raw.places, placeSchema, problems, entryLabel(raw.places));
  // A valid place must also be where the story happens (src/lib/geo/place-bounds.ts), on land
  // (src/lib/geo/land.ts).
  raw.places.forEach((rawPlace, i) => {
    const parsed = placeSchema.safeParse(rawPlace.data);
    if (!parsed.success) return;
    const field = (name: string) => `${entryLabel(raw.places)(i)}${name}`;
    const bounds = placeBoundsProblems(parsed.data);
    for (const p of bounds) problems.push({ file: rawPlace.file, field: field(p.field), message: p.message });
    const sea = !bounds.some((p) => p.field === 'lat') && raw.land && seaProblem(parsed.data, raw.land);
    if (sea) problems.push({ file: rawPlace.file, field: field('lat'), message: sea });
  });
  problems = summariseJsonProblems(summariseJsonProblems(problems, 'content/sources.json'), 'content/places.json');

  // Each MDX file: where it is, its front matter, then its body, compiled as the build would.
  const readMdx = <T>(files: RawMdxFile[], schema: z.ZodType<T>, kind: BodyKind) =>
    files.flatMap((file) => {
      if (!checkMdxLocation(file, problems)) return [];
      const result = schema.safeParse(file.data);
      if (!result.success) problems.push(...schemaProblems(file.file, result.error, '', file.data));
      const body = bodyProblems(file, kind);
      problems.push(...body.problems);
      return result.success
        ? [{ file: file.file, lang: file.lang, id: file.id, data: result.data, body: file.body, cites: body.cites }]
        : [];
    });
  const events: CheckedEvent[] = readMdx(raw.events, eventSchema, 'event');
  const pages: CheckedContent['pages'] = readMdx(raw.pages, pageSchema, 'page');
  const classroom: CheckedContent['classroom'] = readMdx(raw.classroom, classroomSchema, 'classroom');

  // A file whose front matter is broken still exists: its twin is not missing.
  const located = (files: RawMdxFile[]) => files.filter((f) => (LANGS as readonly string[]).includes(f.lang));
  const sourceIds = rawIds(raw.sources, unreadable('sources.json'));
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
    ...futureProblems([...events, ...pages, ...classroom], now),
    ...classroomProblems(classroom, events, sourceIds),
    ...referenceProblems(events, places, rawIds(raw.places, unreadable('places.json')), sourceIds),
    ...leadProblems(events),
    ...requiredPageProblems(raw.pages),
  );
  for (const page of pages) {
    page.data.sources.forEach((id, i) => {
      if (!sourceIds.has(id))
        problems.push({
          file: page.file,
          field: `sources[${i}]`,
          message: `unknown source id "${id}". Fix: add it to content/sources.json, or correct the id.`,
        });
    });
  }
  return { events, pages, classroom, places, sources, problems };
}

/** One line per problem: `file:line › field: message`, the form editors and terminals link. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` › ${p.field}` : ''}: ${p.message}`)
    .join('\n');
}
