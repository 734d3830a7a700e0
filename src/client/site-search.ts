// <site-search>: runs the search of /<lang>/search/ as the reader types. It enhances the
// server-rendered GET form, keeps the query, filters and order in the URL (so a search can be
// linked), and lists results with escaped, highlighted excerpts. It knows the engine only through
// src/client/search/engine.ts.
import { chooseEngine, type SearchEngine, type SearchResult } from './search/engine.ts';
import { FACETS, parseSearchState, searchStateQuery, type Facet, type SearchState } from '../lib/search/results.ts';

interface Labels {
  prompt: string;
  loading: string;
  countOne: string;
  count: string;
  countFiltered: string;
  empty: string;
  emptyFiltered: string;
  unavailable: string;
  /** "Content note": the label of a result's note. */
  contentNote: string;
  /** Content notes by event id. */
  notes: Record<string, string>;
  chapters: Record<string, string>;
  kinds: Record<string, string>;
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 120;

/** A label with its {placeholders} filled, as nodes: the query goes in a <bdi>, so a Latin query keeps its place in an Arabic sentence. */
function fill(template: string, vars: Record<string, string | number>): Node[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined || !(name in vars)) return document.createTextNode(part);
      if (name !== 'q') return document.createTextNode(String(vars[name]));
      const bdi = document.createElement('bdi');
      bdi.textContent = String(vars[name]);
      return bdi;
    });
}

class SiteSearch extends HTMLElement {
  private engine!: SearchEngine;
  private labels!: Labels;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private error!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private help!: HTMLElement;
  private run = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loadMore: (() => Promise<void>) | null = null;

  connectedCallback(): void {
    this.labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    this.form = this.querySelector('form')!;
    this.input = this.querySelector('[data-search-input]')!;
    this.status = this.querySelector('.search-status')!;
    this.error = this.querySelector('.search-error')!;
    this.list = this.querySelector('.search-results')!;
    this.more = this.querySelector('.search-more')!;
    this.help = this.querySelector('.search-help')!;
    this.engine = chooseEngine(this.dataset.lang ?? document.documentElement.lang, this.dataset.boot ?? '');

    const state = parseSearchState(location.search, this.allowedValues());
    this.showState(state);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(0);
    });
    this.form.addEventListener('input', (event) => this.update(event.target === this.input ? TYPING_PAUSE_MS : 0));
    this.form.addEventListener('change', (event) => {
      if (event.target !== this.input) this.update(0);
    });
    // The reset button clears the filters and order but keeps what was typed.
    this.form.addEventListener('reset', (event) => {
      event.preventDefault();
      for (const select of this.form.querySelectorAll('select')) select.selectedIndex = 0;
      this.update(0);
    });
    this.more.addEventListener('click', () => void this.loadMore?.());
    if (state.q || Object.keys(state.filters).length > 0) void this.search(state);
    else {
      this.setStatus(this.labels.prompt);
      // Load the index at once, while the page finishes loading and the reader starts typing:
      // searching is what this page is for, so the first query should not wait for it.
      this.engine.warm?.();
    }
  }

  /** The values each filter offers, read from its <select>: anything else in the URL is ignored. */
  private allowedValues(): Record<Facet, string[]> {
    const allowed = {} as Record<Facet, string[]>;
    for (const facet of FACETS) allowed[facet] = [...this.select(facet).options].map((o) => o.value).filter(Boolean);
    return allowed;
  }

  private select(name: string): HTMLSelectElement {
    return this.form.elements.namedItem(name) as HTMLSelectElement;
  }

  private showState(state: SearchState): void {
    this.input.value = state.q;
    for (const facet of FACETS) this.select(facet).value = state.filters[facet] ?? '';
    this.select('sort').value = state.sort;
  }

  private readState(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const facet of FACETS) {
      const value = this.select(facet).value;
      if (value) filters[facet] = value;
    }
    return { q: this.input.value, filters, sort: this.select('sort').value === 'date' ? 'date' : 'relevance' };
  }

  private update(delay: number): void {
    clearTimeout(this.timer);
    const state = this.readState();
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}${location.hash}`);
    this.timer = setTimeout(() => void this.search(state), delay);
  }

  private setStatus(content: string | Node[]): void {
    if (typeof content === 'string') this.status.textContent = content;
    else this.status.replaceChildren(...content);
  }

  private async search(state: SearchState): Promise<void> {
    const run = ++this.run;
    const hasFilters = Object.keys(state.filters).length > 0;
    const query = state.q.trim();
    this.loadMore = null;
    this.more.hidden = true;
    if (!query && !hasFilters) {
      this.list.replaceChildren();
      this.help.hidden = true;
      this.setStatus(this.labels.prompt);
      this.dataset.searched = state.q;
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    try {
      const response = await this.engine.search(query, { filters: state.filters, sort: state.sort });
      const first = await response.load(0, PAGE_SIZE);
      if (run !== this.run) return; // a newer search has started
      this.error.hidden = true;
      this.list.replaceChildren(...first.map((result) => this.renderResult(result)));
      this.help.hidden = response.total > 0;
      const shown = query.length > 60 ? `${query.slice(0, 60)}…` : query;
      if (response.total === 0)
        this.setStatus(query ? fill(this.labels.empty, { q: shown }) : this.labels.emptyFiltered);
      else if (!query) this.setStatus(fill(this.labels.countFiltered, { n: response.total }));
      else
        this.setStatus(
          fill(response.total === 1 ? this.labels.countOne : this.labels.count, { n: response.total, q: shown }),
        );
      this.dataset.searched = state.q; // what the results on screen answer (read by the tests)
      let loaded = first.length;
      this.more.hidden = loaded >= response.total;
      this.loadMore = async () => {
        const next = await response.load(loaded, PAGE_SIZE);
        if (run !== this.run) return;
        const items = next.map((result) => this.renderResult(result));
        this.list.append(...items);
        loaded += next.length;
        this.more.hidden = loaded >= response.total;
        // Keep the reader's place: focus the first new result.
        items[0]?.querySelector('a')?.focus();
      };
    } catch (error) {
      if (run !== this.run) return;
      console.warn('Search failed:', error);
      this.list.replaceChildren();
      this.help.hidden = true;
      this.setStatus('');
      this.error.querySelector('.search-error-text')!.textContent = this.labels.unavailable;
      this.error.hidden = false;
      this.dataset.searched = state.q;
    } finally {
      if (run === this.run) this.list.removeAttribute('aria-busy');
    }
  }

  /** One result, built from text nodes; only the excerpt is HTML, escaped by the engine with <mark> added. */
  private renderResult(result: SearchResult): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.title;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    const parts: (string | Node)[] = [];
    if (result.date) {
      const time = document.createElement('time');
      time.dateTime = result.datetime;
      time.textContent = result.date;
      parts.push(time);
    }
    if (result.chapter && this.labels.chapters[result.chapter]) parts.push(this.labels.chapters[result.chapter]!);
    if (result.kind && this.labels.kinds[result.kind]) parts.push(this.labels.kinds[result.kind]!);
    parts.forEach((part, i) => meta.append(...(i > 0 ? [' · ', part] : [part])));
    const note = this.noteFor(result.url);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.innerHTML = result.excerptHtml;
    item.append(heading, ...(parts.length > 0 ? [meta] : []), ...(note ? [this.renderNote(note)] : []), excerpt);
    return item;
  }

  /** The content note of the event a result links to ("…/events/<id>/" on the web, "…/events/<id>/index.html" from a folder), if it has one. */
  private noteFor(url: string): string | undefined {
    const id = /\/events\/([^/]+)\//.exec(url)?.[1];
    return id && Object.hasOwn(this.labels.notes, id) ? this.labels.notes[id] : undefined;
  }

  /** The page's content note, before an excerpt that may come from the text it warns of. */
  private renderNote(note: string): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = 'search-note';
    const label = document.createElement('strong');
    label.textContent = `${this.labels.contentNote}: `;
    p.append(label, note);
    return p;
  }
}

customElements.define('site-search', SiteSearch);
