// renderTimeline with a document of our own (linkedom): the SVG for Arabic and English is
// snapshotted, and the direction is asserted directly, not only through the snapshot.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { timeScale } from '../../../src/lib/timeline/scale.ts';
import { fullDomain, orderByClock, paddedDomain } from '../../../src/lib/timeline/clock.ts';
import {
  indexForClock,
  layoutTimeline,
  overflowMark,
  overviewColumns,
  visibleEvents,
  type TimelineLayout,
} from '../../../src/lib/timeline/layout.ts';
import { columnTicks, renderTimeline } from '../../../src/lib/timeline/draw.ts';
import { estimateWidthOfLength } from '../../../src/lib/timeline/lanes.ts';
import { axisTicks, tickUnit } from '../../../src/lib/timeline/axis.ts';
import { tickCalendar } from '../../../src/lib/timeline/labels.ts';
import type { Clock, Direction } from '../../../src/lib/timeline/types.ts';
import { sampleEvents, syntheticEvents } from '../../helpers/timeline-events.ts';
import { formatMarkup } from '../../helpers/format-markup.ts';
import { LANGS, type Lang } from '../../../src/i18n/locales.ts';
import { CHAPTERS } from '../../../src/lib/taxonomy.ts';

function render(lang: Lang, clock: Clock = 'happened', width = 900) {
  const dir: Direction = lang === 'ar' ? 'rtl' : 'ltr';
  const events = orderByClock(sampleEvents(lang), clock);
  const scale = timeScale(fullDomain(events), width, dir);
  const layout = layoutTimeline(indexForClock(events, clock), {
    scale,
    width,
    dir,
    clock,
    maxLanes: 6,
    fontSize: 12.5,
  });
  const marks = [...layout.marks, ...overflowEvents(layout).map((e) => overflowMark(e, { scale, dir, clock }))];
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = renderTimeline(document as unknown as Document, layout, {
    scale,
    clock,
    geometry: { width, lanes: 6, laneHeight: 36, top: 8 },
    calendar: tickCalendar(lang),
    dir,
    selectedId: 'tadamon-massacre',
    markName: (m) => `${m.event.title}, ${m.event.happenedLabel}`,
  });
  return { svg, marks };
}

/** The events of the overflow row, in order. */
const overflowEvents = ({ overflow }: TimelineLayout) =>
  Array.from(overflow.at.subarray(0, overflow.count), (at) => overflow.events[at]!);

/** The mark's left edge on screen: its group is translated, its shape placed inside the group. */
const markX = (svg: SVGSVGElement, id: string) => {
  const group = svg.querySelector(`[data-event-id="${id}"]`)!;
  const tx = Number(/translate\(([-\d.]+)/.exec(group.getAttribute('transform')!)![1]);
  return tx + Number(group.querySelector('rect')!.getAttribute('x'));
};

describe('columnTicks', () => {
  it('draws one tick per marked pixel column, left to right, and nothing for an empty row', () => {
    expect(columnTicks(Uint8Array.from([0, 1, 0, 1]), 6, 10)).toBe('M1 6v10M3 6v10');
    expect(columnTicks(new Uint8Array(5), 6, 10)).toBe('');
  });
});

describe('indexForClock', () => {
  it("keeps each event's start and middle under the clock, the longest interval and the last end", () => {
    const events = orderByClock(sampleEvents('en'), 'revealed');
    // Given the page's order (by when events happened), it orders them for the clock itself.
    const index = indexForClock(sampleEvents('en'), 'revealed');
    expect(index.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const tadamon = events.findIndex((e) => e.id === 'tadamon-massacre');
    const [s, e] = events[tadamon]!.revealed!;
    expect(index.starts[tadamon]).toBe(s);
    expect(index.mids[tadamon]).toBe((s + e) / 2);
    expect(index.lastEnd).toBe(Math.max(...events.map((ev) => (ev.revealed ?? ev.happened)[1])));
    expect(index.ends[tadamon]).toBe(e);
    expect(index.chapters[tadamon]).toBe(CHAPTERS.indexOf('tadamon'));
    expect(index.leads[tadamon]).toBe(1);
    expect(index.leads[events.findIndex((ev) => ev.id === 'daraa-graffiti')]).toBe(0);
    // The span of both clocks, which the chart pads into its full domain.
    expect(paddedDomain(...index.span)).toEqual(fullDomain(events));
    expect(indexForClock(events, 'happened').span).toEqual(index.span);
  });
});

describe('hidden chapters', () => {
  const events = orderByClock(sampleEvents('en'), 'happened');
  const index = indexForClock(events, 'happened');
  const scale = timeScale(fullDomain(events), 1200, 'ltr');
  const hidden = new Set(['tadamon', 'none'] as const);

  it('leave their events out of the layout, labelled or not', () => {
    const options = { scale, width: 1200, dir: 'ltr', clock: 'happened', fontSize: 12.5 } as const;
    for (const maxLanes of [1, 6]) {
      const layout = layoutTimeline(index, { ...options, maxLanes, hidden });
      const laid = [...layout.marks.map((m) => m.event), ...overflowEvents(layout)];
      expect(laid.map((e) => e.id).sort()).toEqual(
        events
          .filter((e) => !hidden.has(e.chapter as 'tadamon' | 'none'))
          .map((e) => e.id)
          .sort(),
      );
    }
  });

  it('leave their events out of the overview strip, which ticks every other event’s middle', () => {
    const column = (e: (typeof events)[number]) => Math.round(scale((e.happened[0] + e.happened[1]) / 2));
    const all = overviewColumns(index, scale, 1200);
    expect(all.length).toBe(1201);
    for (const e of events) expect(all[column(e)]).toBe(1);
    expect(all.reduce((n, x) => n + x, 0)).toBe(new Set(events.map(column)).size);
    const some = overviewColumns(index, scale, 1200, hidden);
    const shown = events.filter((e) => !hidden.has(e.chapter as 'tadamon' | 'none'));
    expect(some.reduce((n, x) => n + x, 0)).toBe(new Set(shown.map(column)).size);
  });
});

describe('renderTimeline', () => {
  it('draws the 2013 Tadamon mark to the right of the 2021 Victoria mark in Arabic', () => {
    // One domain spans both clocks, so positions under the two clocks share an axis.
    const tadamon2013 = markX(render('ar', 'happened').svg, 'tadamon-massacre');
    const victoria2021 = markX(render('ar', 'revealed').svg, 'victoria-documents');
    expect(tadamon2013).toBeGreaterThan(victoria2021);
    expect(markX(render('en', 'happened').svg, 'tadamon-massacre')).toBeLessThan(
      markX(render('en', 'revealed').svg, 'victoria-documents'),
    );
  });

  it('draws time left to right in English', () => {
    const { svg } = render('en');
    expect(markX(svg, 'daraa-graffiti')).toBeLessThan(markX(svg, 'caesar-act'));
  });

  it('gives every mark its event id, a name, and exactly one tab stop (the selected one)', () => {
    const { svg } = render('en');
    const marks = [...svg.querySelectorAll('.tl-mark')];
    expect(marks.map((m) => m.getAttribute('data-event-id'))).toContain('tadamon-massacre');
    expect(marks.every((m) => m.querySelector('title')?.textContent?.includes(', '))).toBe(true);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.getAttribute('data-event-id'))).toEqual(
      ['tadamon-massacre'],
    );
  });

  it('links an event’s two dates', () => {
    const { svg } = render('en');
    expect([...svg.querySelectorAll('.tl-link')].length).toBe(3);
  });

  // Snapshots as .svg files, one element a line, so a change reads as a diff of the marks it moved.
  it.each(LANGS)('matches the %s snapshot', async (lang) => {
    await expect(formatMarkup(render(lang).svg)).toMatchFileSnapshot(`./__snapshots__/timeline-${lang}-happened.svg`);
  });

  it.each(LANGS)('matches the %s snapshot under the "became public" clock', async (lang) => {
    await expect(formatMarkup(render(lang, 'revealed').svg)).toMatchFileSnapshot(
      `./__snapshots__/timeline-${lang}-revealed.svg`,
    );
  });
});

describe('layoutMarks', () => {
  it('draws a period long enough to see as a span and a short one as a dot', () => {
    const { marks } = render('en');
    const byId = new Map(marks.map((m) => [m.event.id, m]));
    expect(byId.get('caesar-photographs')!.isSpan).toBe(true);
    expect(byId.get('tadamon-massacre')!.isSpan).toBe(false);
  });

  it('starts labels at the mark’s inline start: its right end in Arabic', () => {
    const ar = render('ar').marks.find((m) => m.event.id === 'caesar-photographs')!;
    const en = render('en').marks.find((m) => m.event.id === 'caesar-photographs')!;
    expect(ar.labelX).toBe(ar.x1);
    expect(en.labelX).toBe(en.x0);
  });

  it('keeps labels inside the chart near its inline end', () => {
    for (const lang of LANGS) {
      const last = render(lang).marks.find((m) => m.event.id === 'fall-of-assad')!;
      expect(last.labelAnchor).toBe('end');
    }
  });

  it('lays out only what is visible, and never hides one label behind another', () => {
    const events = orderByClock(syntheticEvents(2000), 'happened');
    const index = indexForClock(events, 'happened');
    const window = [Date.UTC(2015, 0, 1), Date.UTC(2015, 5, 1)] as const;
    const visible = visibleEvents(index, window);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(events.length / 5);
    for (const dir of ['ltr', 'rtl'] as const) {
      const scale = timeScale(window, 1000, dir, 0);
      const { marks, overflow } = layoutTimeline(index, {
        scale,
        width: 1000,
        dir,
        clock: 'happened',
        maxLanes: 8,
        fontSize: 12.5,
      });
      expect(marks.length + overflow.count).toBe(visible.length);
      // What each labelled mark occupies, mark and label together, in screen pixels.
      const extent = (m: (typeof marks)[number]) => {
        const w = estimateWidthOfLength(m.label.length, 12.5);
        const startsAt = m.labelAnchor === 'start' ? m.labelX : m.labelX;
        const [a, b] =
          (dir === 'ltr') === (m.labelAnchor === 'start') ? [startsAt, startsAt + w] : [startsAt - w, startsAt];
        return [Math.min(a, m.x0), Math.max(b, m.x1)] as const;
      };
      for (const [, lane] of Map.groupBy(marks, (m) => m.lane)) {
        const spans = lane.map(extent).sort((p, q) => p[0] - q[0]);
        for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
      }
    }
  });
});

describe('chapter pages in crowded stretches', () => {
  it('keep their labels where thousands of other events crowd them out', () => {
    const crowd = syntheticEvents(3000);
    const lead = { ...sampleEvents()[3]!, id: 'lead', title: 'A chapter', lead: true };
    const events = orderByClock([...crowd, lead], 'happened');
    const scale = timeScale(fullDomain(events), 1200, 'ltr');
    const { marks, overflow } = layoutTimeline(indexForClock(events, 'happened'), {
      scale,
      width: 1200,
      dir: 'ltr',
      clock: 'happened',
      maxLanes: 6,
      fontSize: 12.5,
    });
    expect(overflow.count).toBeGreaterThan(2000);
    expect(marks.find((m) => m.event.id === 'lead')?.lane).toBe(0);
  });
});

describe('axis', () => {
  it('names ticks by year, month or day depending on how far apart they are', () => {
    const years = [new Date(Date.UTC(2012, 0, 1)), new Date(Date.UTC(2014, 0, 1))];
    const months = [new Date(Date.UTC(2013, 0, 1)), new Date(Date.UTC(2013, 3, 1))];
    const days = [new Date(Date.UTC(2013, 3, 1)), new Date(Date.UTC(2013, 3, 8))];
    expect([tickUnit(years), tickUnit(months), tickUnit(days)]).toEqual(['year', 'month', 'day']);
  });

  it('labels ticks in the page’s language with Levantine months', () => {
    const scale = timeScale([Date.UTC(2013, 0, 1), Date.UTC(2013, 11, 31)], 1200, 'rtl');
    const labels = axisTicks(scale, 1200, tickCalendar('ar')).map((t) => t.label);
    expect(labels).toContain('نيسان 2013');
    const en = axisTicks(
      timeScale([Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)], 900, 'ltr'),
      900,
      tickCalendar('en'),
    ).map((t) => t.label);
    expect(en).toContain('2014');
  });
});
