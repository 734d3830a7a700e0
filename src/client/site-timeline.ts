// <site-timeline>: enhances the server-rendered ordered list of events with a zoomable D3
// timeline. The list stays in the page (for readers without JavaScript and for screen
// readers). The chart's controls and its empty drawing area are in the page too, at their final
// size (Timeline.astro); the element draws into them from data in the page: marks from inline
// JSON, its words from data-labels, so it also works from a folder (file://).
// While the page loads, the chart is drawn in a task of its own once the page has been laid out,
// at the width the browser reports then (ResizeObserver): the script's own task stays short, and
// nothing the element does makes the browser lay out the page before its time.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { intervalFor, paddedDomain } from '../lib/timeline/clock.ts';
import { columnTicks, drawChart, prepareChart } from '../lib/timeline/draw.ts';
import { chartHeight, geometryFor, OVERVIEW_HEIGHT, type Geometry } from '../lib/timeline/geometry.ts';
import { eventHash, parseTimelineHash } from '../lib/timeline/hash.ts';
import {
  indexForClock,
  layoutTimeline,
  overviewColumns,
  visibleEvents,
  type ClockIndex,
  type MarkLayout,
} from '../lib/timeline/layout.ts';
import { neighbourId, zoomToCentre, zoomToFit } from '../lib/timeline/navigation.ts';
import { timeScale, type TimeScale } from '../lib/timeline/scale.ts';
import type { Chapter } from '../lib/taxonomy.ts';
import type { Clock, Direction, TimelineDetail, TimelineEvent } from '../lib/timeline/types.ts';
import type { TimelineLabels } from '../lib/timeline/labels.ts';

const FONT_SIZE = 12.5;
const MOTION_MS = 600;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class SiteTimeline extends HTMLElement {
  private events: TimelineEvent[] = [];
  private idMap: Map<string, TimelineEvent> | undefined;
  private details: Record<string, TimelineDetail> | undefined;
  private indexes: Partial<Record<Clock, ClockIndex>> = {};
  private labels!: TimelineLabels;
  private direction: Direction = 'ltr';
  private clock: Clock = 'happened';
  private hiddenChapters = new Set<Chapter>();
  private selectedId: string | undefined;
  private transform: ZoomTransform = zoomIdentity;
  private baseScale!: TimeScale;
  private width = 0;
  private zoomBehavior!: ZoomBehavior<SVGSVGElement, unknown>;
  private root?: HTMLDivElement;
  private svg!: SVGSVGElement;
  private overview!: SVGSVGElement;
  private detail!: HTMLDivElement;
  private live!: HTMLParagraphElement;
  private cleanup: (() => void)[] = [];
  private reducedMotion = false;
  /** Drawn at least once: the scale, the zoom and the observers exist. */
  private started = false;
  private cancelStart: (() => void) | undefined;
  /** The element's width, as the browser last reported it after laying the page out. */
  private reportedWidth: number | undefined;

  connectedCallback(): void {
    const data = this.querySelector<HTMLScriptElement>('script.timeline-data');
    const root = this.querySelector<HTMLDivElement>(':scope > .tl');
    if (!data || !root || this.root) return;
    try {
      this.events = JSON.parse(data.textContent ?? '[]') as TimelineEvent[];
      this.labels = JSON.parse(this.dataset.labels ?? '{}') as TimelineLabels;
    } catch {
      root.remove(); // without its data the element leaves the list as it is, without dead controls
      return;
    }
    this.idMap = undefined;
    this.details = undefined;
    this.indexes = {};
    this.direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = motion.matches;
    const onMotion = () => (this.reducedMotion = motion.matches);
    motion.addEventListener('change', onMotion);
    this.cleanup.push(() => motion.removeEventListener('change', onMotion));

    this.adopt(root);
    this.listen();
    this.observe();
    // Added to a page that has loaded (by a script), the chart is drawn at once.
    if (document.readyState === 'complete') this.start();
    else {
      // A frame that is not rendered (an embedded view out of sight) reports no size: there a
      // timer draws the chart.
      const fallback = setTimeout(() => this.start(), 500);
      this.cancelStart = () => clearTimeout(fallback);
    }
  }

  disconnectedCallback(): void {
    clearTimeout(this.viewTimer);
    this.cancelStart?.();
    this.cleanup.splice(0).forEach((undo) => undo());
    this.root = undefined;
    this.started = false;
  }

  /** Measures, draws, and starts following the page: once, on the first of the page's next
   * paint, a reader's action or another script's call. */
  private start(): void {
    if (this.started || !this.root) return;
    this.started = true;
    this.cancelStart?.();
    this.cancelStart = undefined;
    // The controls may have changed before the chart was drawn (a fast reader, a restored page).
    this.clock =
      this.root.querySelector<HTMLInputElement>('.tl-clock input:checked')?.value === 'revealed'
        ? 'revealed'
        : 'happened';
    this.hiddenChapters = new Set();
    for (const box of this.root.querySelectorAll<HTMLInputElement>('.tl-filters input'))
      if (!box.checked) this.hiddenChapters.add(box.value as Chapter);
    this.measure(this.reportedWidth ?? this.clientWidth);
    this.setupZoom();
    this.render();
    if (this.hasAttribute('data-sync-url')) this.applyHash(location.hash, false);
    if (this.hasAttribute('data-follow-list')) this.followList();
  }

  // ---- public methods (also used by the benchmark) ----

  /** Events by id, built on first use: the first render does not need it. */
  private get byId(): Map<string, TimelineEvent> {
    return (this.idMap ??= new Map(this.events.map((e) => [e.id, e])));
  }

  /** What the detail panel shows, parsed when the reader first asks for it. */
  private detailOf(id: string): TimelineDetail {
    if (!this.details) {
      try {
        this.details = JSON.parse(this.querySelector('script.timeline-details')?.textContent ?? '{}') as Record<
          string,
          TimelineDetail
        >;
      } catch {
        this.details = {};
      }
    }
    return this.details[id] ?? { summary: '', href: '', places: [], sources: [] };
  }

  /** Where an event opens: its entry's link in the list, as the page wrote it. */
  private hrefOf(id: string): string {
    const link = this.querySelector<HTMLAnchorElement>(`li[data-event-id="${CSS.escape(id)}"] a[href]`);
    return link?.getAttribute('href') ?? this.detailOf(id).href;
  }

  /** Events ordered for a clock; the second order is only built when the reader asks for it. */
  private index(clock: Clock = this.clock): ClockIndex {
    return (this.indexes[clock] ??= indexForClock(this.events, clock));
  }

  /** Lays out and draws the visible marks; returns nothing, synchronously. */
  render(duration = 0): void {
    if (!this.started) return this.start(); // the first render is start()'s
    const scale = this.transform.rescaleX(this.baseScale);
    const [from, to] = scale.domain() as [number, number];
    const layout = layoutTimeline(this.index(), {
      scale,
      width: this.width,
      dir: this.direction,
      clock: this.clock,
      maxLanes: this.geometry().lanes,
      fontSize: FONT_SIZE,
      hidden: this.hiddenChapters,
      maxLabelChars: this.width < 560 ? 24 : 34,
    });
    drawChart(this.svg, layout, {
      scale,
      clock: this.clock,
      geometry: this.geometry(),
      calendar: this.labels.calendar,
      dir: this.direction,
      selectedId: this.selectedId,
      markName: (m) => this.markName(m),
      duration: this.reducedMotion ? 0 : duration,
    });
    this.drawOverview(scale);
    this.announceView(from, to);
  }

  private viewTimer: ReturnType<typeof setTimeout> | undefined;

  /** Tells the page, once the reader stops moving, which events the chart shows. */
  private announceView(from: number, to: number): void {
    if (!this.hasAttribute('data-announce-view')) return; // only a page that listens asks for it
    clearTimeout(this.viewTimer);
    this.viewTimer = setTimeout(() => {
      const ids = visibleEvents(this.index(), [from, to])
        .filter((e) => !this.hiddenChapters.has(e.chapter))
        .map((e) => e.id);
      const zoomed = this.transform.k > 1.001;
      this.dispatchEvent(
        new CustomEvent('site-timeline:view', {
          bubbles: true,
          detail: { ids, range: zoomed ? [from, to] : null, hidden: [...this.hiddenChapters] },
        }),
      );
    }, 200);
  }

  /** Shows a range of time (the explore page's address). */
  showRange(range: readonly [number, number]): void {
    this.start();
    select(this.svg).call(this.zoomBehavior.transform, zoomToFit(this.baseScale, range, this.width));
  }

  /** Hides chapters as if the reader had unticked them. */
  hideChapters(chapters: readonly Chapter[]): void {
    this.start();
    this.hiddenChapters = new Set(chapters);
    for (const box of this.root!.querySelectorAll<HTMLInputElement>('.tl-filters input'))
      box.checked = !this.hiddenChapters.has(box.value as Chapter);
    this.render();
  }

  /** Zooms by a factor around the selected event, or around the centre of the view. */
  zoomBy(factor: number, animate = false): void {
    this.start();
    const selected = this.selectedId ? this.byId.get(this.selectedId) : undefined;
    const [s, e] = selected ? intervalFor(selected, this.clock) : [0, 0];
    const x = selected ? this.transform.rescaleX(this.baseScale)((s + e) / 2) : this.width / 2;
    const target = select(this.svg);
    const point: [number, number] = [Math.max(0, Math.min(this.width, x)), 0];
    if (animate && !this.reducedMotion)
      target.transition().duration(250).call(this.zoomBehavior.scaleBy, factor, point);
    else target.call(this.zoomBehavior.scaleBy, factor, point);
  }

  /** Moves the view along the axis by `dx` pixels (positive: towards the inline end in English). */
  panBy(dx: number): void {
    this.start();
    select(this.svg).call(this.zoomBehavior.translateBy, -dx / this.transform.k, 0);
  }

  /** Selects an event, brings it into view, and (optionally) focuses its mark. */
  selectEvent(
    id: string | undefined,
    options: {
      focus?: boolean;
      url?: 'push' | 'replace' | false;
      announce?: boolean;
      reveal?: boolean;
      emit?: boolean;
    } = {},
  ): void {
    this.start();
    const { focus = false, url = false, announce = true, reveal = true, emit = true } = options;
    const event = id ? this.byId.get(id) : undefined;
    const changed = this.selectedId !== event?.id;
    this.selectedId = event?.id;
    // Another view on the page (the explore page's map) follows the reader's selection.
    if (emit && changed)
      this.dispatchEvent(new CustomEvent('site-timeline:select', { bubbles: true, detail: { id: event?.id ?? null } }));
    if (event && reveal) this.bringIntoView(event);
    this.render();
    this.showDetail(event);
    if (event && announce)
      this.live.textContent = this.labels.announce
        .replace('{title}', event.title)
        .replace('{date}', this.dateText(event));
    if (event && focus)
      this.svg
        .querySelector<SVGGElement>(`.tl-mark[data-event-id="${CSS.escape(event.id)}"]`)
        ?.focus({ preventScroll: true });
    if (event && url && this.hasAttribute('data-sync-url') && location.hash !== eventHash(event.id)) {
      history[url === 'push' ? 'pushState' : 'replaceState'](null, '', eventHash(event.id));
    }
  }

  // ---- building ----

  private geometry(): Geometry {
    return geometryFor(this.width, this.hasAttribute('data-follow-list'));
  }

  /** Takes the controls and the drawing area the page wrote (Timeline.astro). */
  private adopt(root: HTMLDivElement): void {
    this.root = root;
    this.svg = root.querySelector<SVGSVGElement>('svg.tl-chart')!;
    this.overview = root.querySelector<SVGSVGElement>('svg.tl-overview')!;
    this.detail = root.querySelector<HTMLDivElement>('.tl-detail')!;
    this.live = root.querySelector<HTMLParagraphElement>('[aria-live]')!;
    // A page may narrow the data before the chart is drawn (an embedded view's ?chapter=):
    // a chapter with no event left has nothing to filter.
    for (const box of root.querySelectorAll<HTMLInputElement>('.tl-filters input'))
      if (!this.events.some((e) => e.chapter === box.value)) box.closest('label')?.remove();
    prepareChart(this.svg);
  }

  /** The chart spans the element's width (the viewport has no padding or border of its own). */
  private measure(width: number): void {
    this.width = Math.max(280, Math.round(width));
    const [min, max] = this.index().span;
    this.baseScale = timeScale(paddedDomain(min, max), this.width, this.direction);
  }

  private setupZoom(): void {
    const [d0, d1] = this.baseScale.domain() as [number, number];
    // Deep enough to tell days apart: about 40 px for one day.
    const maxK = Math.max(1, (((d1 - d0) / 864e5) * 40) / this.width);
    const wheelNeedsModifier = !this.hasAttribute('data-wheel-zoom');
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return !wheelNeedsModifier || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        this.render();
      });
    this.applyExtent();
    select(this.svg).call(this.zoomBehavior).on('dblclick.zoom', null);
    // On the home page the chart must not trap vertical scrolling on phones.
    if (wheelNeedsModifier) this.svg.style.touchAction = 'pan-y';
  }

  private applyExtent(): void {
    const h = chartHeight(this.geometry());
    this.zoomBehavior
      .extent([
        [0, 0],
        [this.width, h],
      ])
      .translateExtent([
        [0, 0],
        [this.width, h],
      ]);
  }

  /** The reader's controls, listened to from the start; the first one used draws the chart. */
  private listen(): void {
    const on = <K extends keyof HTMLElementEventMap>(
      target: EventTarget,
      type: K | string,
      handler: (e: Event) => void,
    ) => {
      const listener = (e: Event) => {
        this.start();
        handler(e);
      };
      target.addEventListener(type, listener);
      this.cleanup.push(() => target.removeEventListener(type, listener));
    };
    const root = this.root!;
    on(root, 'change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.name.endsWith('-clock')) {
        this.clock = input.value as Clock;
        const selected = this.selectedId ? this.byId.get(this.selectedId) : undefined;
        if (selected) this.bringIntoView(selected);
        this.render(MOTION_MS);
        this.live.textContent = input.value === 'happened' ? this.labels.happened : this.labels.revealed;
      } else if (input.type === 'checkbox') {
        const chapter = input.value as Chapter;
        if (input.checked) this.hiddenChapters.delete(chapter);
        else this.hiddenChapters.add(chapter);
        // A hidden event cannot stay selected.
        if (this.selectedId && this.hiddenChapters.has(this.byId.get(this.selectedId)!.chapter))
          this.selectEvent(undefined, { announce: false });
        else this.render();
      }
    });
    on(root, 'click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
      if (button) {
        const action = button.dataset.zoom;
        if (action === 'reset') {
          const target = select(this.svg);
          if (this.reducedMotion) target.call(this.zoomBehavior.transform, zoomIdentity);
          else target.transition().duration(250).call(this.zoomBehavior.transform, zoomIdentity);
        } else {
          this.zoomBy(action === 'in' ? 2 : 0.5, true);
        }
        return;
      }
      const mark = (e.target as Element).closest<SVGGElement>('.tl-mark');
      if (mark) this.selectEvent(mark.dataset.eventId, { focus: true, url: 'push', reveal: false });
    });
    on(this.svg, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    on(this.svg, 'focusin', (e) => {
      const mark = (e.target as Element).closest<SVGGElement>('.tl-mark');
      // Focus alone (Tab, or the mousedown before a click) selects without touching history;
      // the click that may follow pushes the new entry.
      if (mark && mark.dataset.eventId !== this.selectedId)
        this.selectEvent(mark.dataset.eventId, { focus: true, reveal: false });
    });
    on(this.overview, 'pointerdown', (e) => {
      const x = (e as PointerEvent).offsetX;
      const t = this.baseScale.invert(x);
      select(this.svg).call(this.zoomBehavior.transform, zoomToCentre(this.baseScale, this.transform.k, t, this.width));
    });
    if (this.hasAttribute('data-sync-url')) on(window, 'popstate', () => this.applyHash(location.hash, true));
  }

  /** Follows the element's width once the chart is drawn. */
  /** Follows the element's width: the first report (after the page's first layout) draws the
   * chart in a task of its own; later ones redraw it at its new width. */
  private observe(): void {
    const resize = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]!.contentRect.width;
      this.reportedWidth = width;
      if (!this.started) {
        this.cancelStart?.();
        const timer = setTimeout(() => this.start(), 0);
        this.cancelStart = () => clearTimeout(timer);
        return;
      }
      if (Math.abs(Math.round(width) - this.width) < 2) return;
      this.measure(width);
      this.applyExtent();
      this.render();
    });
    resize.observe(this);
    this.cleanup.push(() => resize.disconnect());
  }

  private onKey(e: KeyboardEvent): void {
    const mark = (e.target as Element).closest<SVGGElement>('.tl-mark');
    const current = mark?.dataset.eventId ?? this.selectedId;
    const order = this.index()
      .events.filter((ev) => !this.hiddenChapters.has(ev.chapter))
      .map((ev) => ev.id);
    // Arrow keys follow reading direction: in Arabic, the right arrow goes back in time.
    const step: Record<string, 'previous' | 'next' | 'first' | 'last'> = {
      ArrowRight: this.direction === 'rtl' ? 'previous' : 'next',
      ArrowLeft: this.direction === 'rtl' ? 'next' : 'previous',
      Home: 'first',
      End: 'last',
    };
    if (e.key in step) {
      e.preventDefault();
      const id = neighbourId(order, current, step[e.key]!);
      if (id) this.selectEvent(id, { focus: true, url: 'replace' });
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      const href = this.hrefOf(current);
      if (href) location.href = href;
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      this.zoomBy(2);
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      this.zoomBy(0.5);
    }
  }

  private bringIntoView(event: TimelineEvent): void {
    const scale = this.transform.rescaleX(this.baseScale);
    const [s, e] = intervalFor(event, this.clock);
    const centre = (s + e) / 2;
    const x = scale(centre);
    const margin = Math.min(80, this.width / 6);
    if (x >= margin && x <= this.width - margin) return;
    const next = zoomToCentre(this.baseScale, this.transform.k, centre, this.width);
    select(this.svg).call(this.zoomBehavior.transform, next);
  }

  private applyHash(hash: string, fromHistory: boolean): void {
    const parsed = parseTimelineHash(hash, new Set(this.byId.keys()));
    if ('eventId' in parsed) {
      const event = this.byId.get(parsed.eventId)!;
      if (!fromHistory && this.transform.k === 1) {
        const [s, e] = intervalFor(event, this.clock);
        select(this.svg).call(this.zoomBehavior.transform, zoomToCentre(this.baseScale, 3, (s + e) / 2, this.width));
      }
      this.selectEvent(parsed.eventId, { focus: fromHistory, url: false });
    } else if ('range' in parsed) {
      select(this.svg).call(this.zoomBehavior.transform, zoomToFit(this.baseScale, parsed.range, this.width));
    } else if (fromHistory) {
      this.selectEvent(undefined);
    }
  }

  private followList(): void {
    const items = [...this.querySelectorAll<HTMLElement>('li[data-event-id]')];
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries
          .filter((en) => en.isIntersecting)
          .map((en) => (en.target as HTMLElement).dataset.eventId);
        const id = visible[visible.length - 1];
        if (id && id !== this.selectedId) {
          this.selectEvent(id, { announce: false });
          for (const item of items) item.classList.toggle('is-reading', item.dataset.eventId === id);
        }
      },
      // The entry being read is the one crossing a band across the middle of what is visible
      // of the list: below the chart when the chart is sticky.
      { rootMargin: getComputedStyle(this.root!).position === 'sticky' ? '-62% 0px -30% 0px' : '-45% 0px -50% 0px' },
    );
    items.forEach((item) => observer.observe(item));
    this.cleanup.push(() => observer.disconnect());
  }

  // ---- small views ----

  private dateText(event: TimelineEvent): string {
    return event.revealedLabel
      ? `${event.happenedLabel}; ${this.labels.revealed}: ${event.revealedLabel}`
      : event.happenedLabel;
  }

  private markName(mark: MarkLayout): string {
    const e = mark.event;
    return `${e.title}, ${this.dateText(e)} (${this.labels.kinds[e.kind]})`;
  }

  private showDetail(event: TimelineEvent | undefined): void {
    const d = this.detail;
    d.replaceChildren();
    d.hidden = !event || this.hasAttribute('data-follow-list');
    if (d.hidden || !event) return;
    const L = this.labels;
    const title = el('p', { class: 'tl-detail-title' });
    const detail = this.detailOf(event.id);
    title.append(el('a', { href: detail.href }, event.title));
    const list = el('dl');
    const row = (term: string, value: string) => {
      if (!value) return;
      const div = el('div');
      div.append(el('dt', {}, term), el('dd', {}, value));
      list.append(div);
    };
    row(L.happened, event.happenedLabel);
    if (event.revealedLabel) row(L.revealed, event.revealedLabel);
    row(L.places, detail.places.join(L.comma));
    row(L.sources, detail.sources.join(L.comma));
    d.append(title, el('p', { class: 'tl-detail-summary' }, detail.summary), list);
  }

  private overviewKey = '';

  private drawOverview(scale: TimeScale): void {
    const o = select(this.overview);
    const height = OVERVIEW_HEIGHT;
    // The density ticks change only with the clock, the filters or the width: not on every frame.
    const key = `${this.clock}|${[...this.hiddenChapters].join()}|${this.width}`;
    if (key !== this.overviewKey) {
      this.overviewKey = key;
      const used = overviewColumns(this.index(), this.baseScale, this.width, this.hiddenChapters);
      o.attr('width', this.width).attr('viewBox', `0 0 ${this.width} ${height}`);
      o.selectAll('path')
        .data([columnTicks(used, 6, 10)])
        .join('path')
        .attr('d', (d) => d);
    }
    const [a, b] = scale.domain().map((d) => this.baseScale(d));
    o.selectAll('rect')
      .data([0])
      .join('rect')
      .attr('x', Math.min(a!, b!))
      .attr('width', Math.max(4, Math.abs(b! - a!)))
      .attr('y', 1)
      .attr('height', height - 2);
  }
}

if (!customElements.get('site-timeline')) customElements.define('site-timeline', SiteTimeline);
