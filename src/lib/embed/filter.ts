// Which events an embedded timeline shows: those of the chosen chapter and kind that touch the
// chosen span. A filter that leaves nothing is ignored rather than showing an empty view.
import type { TimelineEvent } from '../timeline/types.ts';
import { rangeOf, type EmbedParams } from './params.ts';

export type TimelineFilter = Pick<EmbedParams, 'chapter' | 'kind' | 'from' | 'to'>;

export function filterTimelineEvents<E extends Pick<TimelineEvent, 'chapter' | 'kind' | 'happened' | 'revealed'>>(
  events: readonly E[],
  filter: TimelineFilter,
): { events: E[]; applied: boolean } {
  const [from, to] = rangeOf(filter);
  const kept = events.filter((e) => {
    if (filter.chapter && e.chapter !== filter.chapter) return false;
    if (filter.kind && e.kind !== filter.kind) return false;
    // Either clock counts: an event that happened before the span but became public in it belongs there.
    const touches = (span: readonly [number, number] | undefined) => !!span && span[0] < to && span[1] > from;
    return touches(e.happened) || touches(e.revealed);
  });
  const asked = !!(filter.chapter || filter.kind || filter.from || filter.to);
  return kept.length > 0 ? { events: kept, applied: asked } : { events: [...events], applied: false };
}
