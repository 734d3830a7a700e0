// The options of an embedded view, read from its URL's query string. Whatever a teacher (or a
// platform that rewrites links) puts there, the result is a complete set of options: anything
// unknown, misspelt or impossible falls back to the default, so a bad address never breaks a view.
import { parsePartialDate } from '../partial-date.ts';
import { CHAPTERS, EVENT_KINDS, type Chapter, type EventKind } from '../taxonomy.ts';

export const THEMES = ['auto', 'light', 'dark'] as const;
/** "show": the content note before the text; "require": the text stays folded until the reader asks; "skip": no note. */
export const NOTE_MODES = ['show', 'require', 'skip'] as const;
/** An event as a card (title, dates, summary) or with its full text. */
export const EVENT_VIEWS = ['full', 'card'] as const;

export type Theme = (typeof THEMES)[number];
export type NoteMode = (typeof NOTE_MODES)[number];
export type EventView = (typeof EVENT_VIEWS)[number];

export interface EmbedParams {
  theme: Theme;
  note: NoteMode;
  view: EventView;
  /** Only this chapter's events (timeline) or places (map). */
  chapter: Chapter | null;
  /** Only events of this kind (timeline). */
  kind: EventKind | null;
  /** Only events that touch this span (timeline): "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  from: string | null;
  to: string | null;
}

export const DEFAULT_PARAMS: Readonly<EmbedParams> = {
  theme: 'auto',
  note: 'show',
  view: 'full',
  chapter: null,
  kind: null,
  from: null,
  to: null,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  const v = value?.trim().toLowerCase() ?? null;
  return v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;
}

/** Reads "?theme=dark&note=require&chapter=tadamon…"; never throws. */
export function parseEmbedParams(search: string): EmbedParams {
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_PARAMS };
  }
  const date = (name: string) => {
    const value = query.get(name)?.trim() ?? '';
    return parsePartialDate(value) ? value : null;
  };
  let from = date('from');
  let to = date('to');
  // A range that ends before it starts means nothing: drop both ends rather than guess.
  if (from && to && parsePartialDate(to)!.endMs <= parsePartialDate(from)!.startMs) from = to = null;
  return {
    theme: oneOf(THEMES, query.get('theme')) ?? DEFAULT_PARAMS.theme,
    note: oneOf(NOTE_MODES, query.get('note')) ?? DEFAULT_PARAMS.note,
    view: oneOf(EVENT_VIEWS, query.get('view')) ?? DEFAULT_PARAMS.view,
    chapter: oneOf(CHAPTERS, query.get('chapter')),
    kind: oneOf(EVENT_KINDS, query.get('kind')),
    from,
    to,
  };
}

/** The query string for these options, with defaults left out ("" when all are defaults). */
export function embedQuery(params: Partial<EmbedParams>): string {
  const query = new URLSearchParams();
  for (const key of ['view', 'chapter', 'kind', 'from', 'to', 'note', 'theme'] as const) {
    const value = params[key];
    if (value && value !== DEFAULT_PARAMS[key]) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The span [start, end) in UTC milliseconds that from/to allow; open ends are infinite. */
export function rangeOf(params: Pick<EmbedParams, 'from' | 'to'>): [number, number] {
  return [
    params.from ? parsePartialDate(params.from)!.startMs : -Infinity,
    params.to ? parsePartialDate(params.to)!.endMs : Infinity,
  ];
}
