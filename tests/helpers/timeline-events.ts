// A few real-shaped timeline records for the layout tests, built the way the site builds them.
import { toTimelineEvent } from '../../src/lib/timeline/events.ts';
import type { EventData } from '../../src/lib/content-schema.ts';
import type { TimelineEvent } from '../../src/lib/timeline/types.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { EVENT_KINDS } from '../../src/lib/taxonomy.ts';

const base = { places: [], sources: ['g1'], claims: [], related: [], corrections: [], lead: false } as const;
const records: [string, Partial<EventData> & Pick<EventData, 'title' | 'date' | 'kind' | 'chapter'>][] = [
  [
    'daraa-graffiti',
    {
      title: 'Graffiti on a school wall in Daraa',
      date: { start: '2011-02', approximate: false },
      kind: 'context',
      chapter: 'none',
    },
  ],
  [
    'caesar-photographs',
    {
      lead: true,
      title: 'The “Caesar” photographs',
      date: { start: '2011-03', end: '2013-08', approximate: false },
      revealed: { start: '2014-01-20', end: '2014-01-21', approximate: false },
      kind: 'evidence',
      chapter: 'caesar-photos',
    },
  ],
  [
    'victoria-documents',
    {
      lead: true,
      title: 'The “Victoria documents”',
      date: { start: '2012', end: '2014', approximate: false },
      revealed: { start: '2021-07-09', end: '2021-07-10', approximate: false },
      kind: 'evidence',
      chapter: 'victoria',
    },
  ],
  [
    'tadamon-massacre',
    {
      lead: true,
      title: 'The Tadamon massacre',
      date: { start: '2013-04-16', approximate: false },
      revealed: { start: '2022-04-27', approximate: false },
      kind: 'violation',
      chapter: 'tadamon',
    },
  ],
  [
    'caesar-act',
    {
      lead: true,
      title: 'The Caesar Act',
      date: { start: '2019-12-20', approximate: false },
      kind: 'law',
      chapter: 'caesar-act',
    },
  ],
  [
    'fall-of-assad',
    {
      title: 'The Assad government falls',
      date: { start: '2024-12-08', approximate: false },
      kind: 'context',
      chapter: 'none',
    },
  ],
];

export function sampleEvents(lang: Lang = 'en'): TimelineEvent[] {
  return records.map(([id, data]) => toTimelineEvent(id, { ...base, summary: '…', ...data } as EventData, lang));
}

/** `count` synthetic events spread over 2011–2025, as the benchmark uses. */
export function syntheticEvents(count: number): TimelineEvent[] {
  const start = Date.UTC(2011, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return Array.from({ length: count }, (_, i) => {
    const t = start + Math.floor((((i * 7919) % count) / count) * span);
    const day = 864e5;
    return {
      id: `synthetic-${i}`,
      title: `Synthetic event ${i}`,
      kind: EVENT_KINDS[i % EVENT_KINDS.length]!,
      chapter: 'none',
      happened: [t, t + (i % 17 === 0 ? 400 * day : day)],
      ...(i % 11 === 0 ? { revealed: [t + 900 * day, t + 901 * day] as const } : {}),
      happenedLabel: '',
    };
  });
}
