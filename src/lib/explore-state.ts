// The explore page's whole state in the URL fragment, so a view can be shared:
// "#event=tadamon-massacre&from=2013-01-01&to=2015-12-31&hide=caesar-act,none&at=33.5,36.3,7".
// Parsing never throws: unknown keys, unknown ids and malformed values are dropped.
import { CHAPTERS, type Chapter } from './taxonomy.ts';
import { parsePartialDate } from './partial-date.ts';
import type { Interval } from './timeline/types.ts';

export interface ExploreState {
  eventId?: string;
  range?: Interval;
  hidden?: Chapter[];
  /** Map centre and zoom. */
  at?: { lat: number; lng: number; zoom: number };
}

export function parseExploreHash(hash: string, knownEvents: ReadonlySet<string>): ExploreState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return {};
  }
  const state: ExploreState = {};
  const event = params.get('event');
  if (event && knownEvents.has(event)) state.eventId = event;
  const from = parsePartialDate(params.get('from') ?? '');
  const to = parsePartialDate(params.get('to') ?? '');
  if (from && to && to.endMs > from.startMs) state.range = [from.startMs, to.endMs];
  const hide = params.get('hide');
  if (hide !== null)
    state.hidden = [
      ...new Set(hide.split(',').filter((c): c is Chapter => (CHAPTERS as readonly string[]).includes(c))),
    ];
  const at = (params.get('at') ?? '').split(',').map(Number);
  if (
    at.length === 3 &&
    at.every(Number.isFinite) &&
    Math.abs(at[0]!) <= 90 &&
    Math.abs(at[1]!) <= 180 &&
    at[2]! >= 0 &&
    at[2]! <= 20
  ) {
    state.at = { lat: at[0]!, lng: at[1]!, zoom: at[2]! };
  }
  return state;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function formatExploreHash(state: ExploreState): string {
  const parts: string[] = [];
  if (state.eventId) parts.push(`event=${encodeURIComponent(state.eventId)}`);
  if (state.range) parts.push(`from=${isoDay(state.range[0])}`, `to=${isoDay(state.range[1] - 1)}`);
  if (state.hidden?.length) parts.push(`hide=${state.hidden.join(',')}`);
  if (state.at) parts.push(`at=${state.at.lat.toFixed(3)},${state.at.lng.toFixed(3)},${Math.round(state.at.zoom)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The places of the events a reader can see: what the map shows beside the timeline. */
export function placesOfEvents(
  eventIds: Iterable<string>,
  placesByEvent: Readonly<Record<string, readonly string[]>>,
): Set<string> {
  const out = new Set<string>();
  for (const id of eventIds) for (const place of placesByEvent[id] ?? []) out.add(place);
  return out;
}
