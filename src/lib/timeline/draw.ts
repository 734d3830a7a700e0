// Draws a laid-out timeline into an SVG with d3-selection. Used by the browser element on every
// frame and by the tests, which pass a document of their own (renderTimeline below).
// Speed on zoom and pan comes from touching text as little as possible: each mark is placed by
// its group's transform (moving a group never re-lays out its text), and a label's or a tick's
// text is written only when it changes.
import { select, type BaseType, type Selection } from 'd3-selection';
import 'd3-transition';
import { axisTicks } from './axis.ts';
import type { TickCalendar } from './calendar.ts';
import { axisY, chartHeight, laneY, overflowY, type Geometry } from './geometry.ts';
import { DOT_RADIUS, overflowMark, type MarkLayout, type TimelineLayout } from './layout.ts';
import type { TimeScale } from './scale.ts';
import type { Clock, Direction } from './types.ts';

export interface DrawOptions {
  scale: TimeScale;
  clock: Clock;
  geometry: Geometry;
  /** The axis labels' words in the page's language. */
  calendar: TickCalendar;
  dir: Direction;
  /** The selected event, drawn even in the overflow row, and the one mark reached by Tab. */
  selectedId?: string | undefined;
  /** Accessible name of a mark: title and date. */
  markName: (mark: MarkLayout) => string;
  /** Milliseconds to animate marks to their new places (0: no motion). */
  duration?: number;
}

type SvgSel = Selection<SVGSVGElement, unknown, null, undefined>;

/** The fixed structure of the chart, created once. */
export function prepareChart(svg: SVGSVGElement): void {
  const s = select(svg);
  for (const name of ['tl-links', 'tl-overflow', 'tl-marks', 'tl-axis']) {
    if (s.select(`.${name}`).empty()) s.append(name === 'tl-overflow' ? 'path' : 'g').attr('class', name);
  }
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Up to this many unlabelled marks are drawn as elements of their own (see drawChart). */
export const OVERFLOW_ELEMENTS = 150;

/** The selection itself, or a transition of it when marks should glide to their new places.
 * Both take the same .attr() calls; the cast lets one chain serve both. */
function animated<E extends BaseType, D>(
  sel: Selection<E, D, BaseType, unknown>,
  duration: number,
): Selection<E, D, BaseType, unknown> {
  return (duration > 0 ? sel.transition().duration(duration) : sel) as unknown as Selection<E, D, BaseType, unknown>;
}

/** Updates the chart to show `marks`: a keyed join, so marks move rather than being recreated. */
export function drawChart(svg: SVGSVGElement, layout: TimelineLayout, options: DrawOptions): void {
  const { scale, geometry: g, calendar, dir, selectedId, markName, duration = 0 } = options;
  const s: SvgSel = select(svg);
  const height = chartHeight(g);
  // Only when the size changes: rewriting them, even unchanged, makes the browser lay out again.
  if (s.attr('width') !== String(g.width) || s.attr('height') !== String(height)) {
    s.attr('width', g.width).attr('height', height).attr('viewBox', `0 0 ${g.width} ${height}`);
  }

  // Marks without a lane sit unlabelled in the overflow row. Each is still its own focusable
  // element while there are few; past OVERFLOW_ELEMENTS (a crowded stretch of thousands of events) they
  // become ticks of one path, and the keyboard still reaches each by selecting it.
  const { overflow } = layout;
  const few = overflow.count <= OVERFLOW_ELEMENTS;
  const shown = [...layout.marks];
  // One tick per pixel column is all the eye can tell apart.
  const columns = new Uint8Array(Math.max(0, Math.ceil(g.width)) + 1);
  // The selected event is drawn as its own mark wherever it is.
  let selected = -1;
  if (selectedId !== undefined && !few)
    for (let i = 0; i < overflow.count && selected === -1; i++)
      if (overflow.events[overflow.at[i]!]!.id === selectedId) selected = i;
  for (let i = 0; i < overflow.count; i++) {
    if (few || i === selected) shown.push(overflowMark(overflow.events[overflow.at[i]!]!, options));
    else {
      const x = Math.round(overflow.cx[i]!);
      if (x >= 0 && x < columns.length) columns[x] = 1;
    }
  }
  // One tab stop: the selected mark, or else the earliest one shown (Tab, then arrow keys).
  const earliest = shown.reduce<MarkLayout | undefined>(
    (best, m) => (!best || (dir === 'rtl' ? m.x1 > best.x1 : m.x0 < best.x0) ? m : best),
    undefined,
  );
  const tabbableId = selectedId && shown.some((m) => m.event.id === selectedId) ? selectedId : earliest?.event.id;
  const yOf = (m: MarkLayout) => (m.lane >= 0 ? laneY(g, m.lane) : overflowY(g) - 2);

  // Unlabelled marks of crowded stretches: one path of short ticks, cheap at any count.
  s.select('.tl-overflow').attr('d', columnTicks(columns, overflowY(g), 8));

  const join = s
    .select<SVGGElement>('.tl-marks')
    .selectAll<SVGGElement, MarkLayout>('g.tl-mark')
    .data(shown, (d) => d.event.id)
    .join((enter) => {
      const mark = enter
        .append('g')
        .attr('class', 'tl-mark')
        .attr('role', 'link')
        .attr('data-event-id', (d) => d.event.id);
      // The accessible name (and the hover tooltip) is a <title>: the full title and date, where
      // the visible label may be shortened.
      mark.append('title');
      mark
        .append('rect')
        .attr('class', 'tl-shape')
        .attr('y', 2)
        .attr('height', DOT_RADIUS * 2);
      mark.append('text').attr('class', 'tl-label').attr('x', 0).attr('dy', '2.05em');
      return mark;
    });
  join
    .attr(
      'class',
      (d) =>
        `tl-mark kind-${d.event.kind}${d.event.id === selectedId ? ' is-selected' : ''}${d.isSpan ? ' is-span' : ''}${d.lane < 0 ? ' is-overflow' : ''}`,
    )
    .attr('data-chapter', (d) => d.event.chapter)
    .attr('tabindex', (d) => (d.event.id === tabbableId ? 0 : -1))
    .attr('aria-current', (d) => (d.event.id === selectedId ? 'true' : null));
  join.select<SVGTitleElement>('title').each(function (d) {
    const name = markName(d);
    if (this.textContent !== name) this.textContent = name;
  });
  animated(join, duration).attr('transform', (d) => `translate(${round(d.labelX)} ${yOf(d)})`);
  animated(join.select<SVGRectElement>('rect.tl-shape'), duration)
    .attr('x', (d) => round((d.isSpan ? d.x0 : d.cx - DOT_RADIUS) - d.labelX))
    .attr('width', (d) => round(d.isSpan ? d.x1 - d.x0 : DOT_RADIUS * 2))
    .attr('rx', (d) => (d.isSpan ? 3 : DOT_RADIUS));
  join.select<SVGTextElement>('text.tl-label').each(function (d) {
    const text = d.lane >= 0 ? d.label : '';
    if (this.textContent !== text) this.textContent = text;
    if (this.getAttribute('text-anchor') !== d.labelAnchor) this.setAttribute('text-anchor', d.labelAnchor);
  });

  // The link between an event's two dates: a dashed arc to a hollow mark on the axis.
  const linked = shown.filter((m) => m.otherX !== undefined);
  const baseline = axisY(g) - 6;
  const links = s
    .select('.tl-links')
    .selectAll<SVGGElement, MarkLayout>('g.tl-link')
    .data(linked, (d) => d.event.id)
    .join((enter) => {
      const link = enter.append('g').attr('class', 'tl-link').attr('aria-hidden', 'true');
      link.append('path');
      link.append('circle').attr('r', 3.5);
      return link;
    });
  links.attr('class', (d) => `tl-link kind-${d.event.kind}${d.event.id === selectedId ? ' is-selected' : ''}`);
  links.select('path').attr('d', (d) => {
    const y0 = yOf(d) + 7;
    const mid = (d.cx + d.otherX!) / 2;
    return `M${round(d.cx)} ${round(y0)}Q${round(mid)} ${round(baseline - 8)} ${round(d.otherX!)} ${round(baseline)}`;
  });
  links
    .select('circle')
    .attr('cx', (d) => round(d.otherX!))
    .attr('cy', baseline);

  drawAxis(
    s.select<SVGGElement>('.tl-axis').attr('transform', `translate(0 ${axisY(g)})`),
    scale,
    g.width,
    calendar,
    dir,
  );
}

/** A path of short vertical ticks, one per marked pixel column. */
export function columnTicks(columns: Uint8Array, y: number, length: number): string {
  let d = '';
  for (let x = 0; x < columns.length; x++) if (columns[x]) d += `M${x} ${y}v${length}`;
  return d;
}

/** The time axis: a rule and keyed ticks, each tick's text written once, when it appears. */
function drawAxis(
  axis: Selection<SVGGElement, unknown, null, undefined>,
  scale: TimeScale,
  width: number,
  calendar: TickCalendar,
  dir: Direction,
): void {
  const [r0, r1] = scale.range() as [number, number];
  axis
    .selectAll('path.domain')
    .data([0])
    .join('path')
    .attr('class', 'domain')
    .attr('d', `M${Math.min(r0, r1)} 0H${Math.max(r0, r1)}`);
  axis
    .selectAll<SVGGElement, ReturnType<typeof axisTicks>[number]>('g.tick')
    .data(axisTicks(scale, width, calendar), (t) => `${t.label}@${t.at}`)
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick');
      tick.append('line').attr('y2', 6);
      tick
        .append('text')
        .attr('y', 9)
        .attr('dy', '0.71em')
        .attr('text-anchor', 'middle')
        .attr('direction', dir)
        .text((t) => t.label);
      return tick;
    })
    .attr('transform', (t) => `translate(${round(t.x)} 0)`);
}

/** The whole chart as a new <svg> in `document`: what the tests snapshot. */
export function renderTimeline(document: Document, layout: TimelineLayout, options: DrawOptions): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  svg.setAttribute('class', 'tl-chart');
  prepareChart(svg);
  drawChart(svg, layout, options);
  return svg;
}
