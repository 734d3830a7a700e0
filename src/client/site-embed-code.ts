// <site-embed-code>: makes the "Embed this page" panel live. The options become the snippet
// (src/lib/embed/snippet.ts, the same function the server used for the default), the preview
// frame shows exactly that snippet's view, and the copy button copies it. The snippet uses the
// address the page is served from, so a copy of the site at another address gives its own.
import { embedSnippet, embedSrc, SANDBOX } from '../lib/embed/snippet.ts';
import { parseEmbedParams } from '../lib/embed/params.ts';
import { readHeightMessage } from '../lib/embed/messages.ts';

const PREVIEW_MAX = 640;

interface Labels {
  copied: string;
  copyFailed: string;
  preview: string;
}

export class SiteEmbedCode extends HTMLElement {
  private frame: HTMLIFrameElement | null = null;
  private cleanups: (() => void)[] = [];

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-embed-form]');
    const details = this.querySelector('details');
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    if (!form || !details || !copy || this.cleanups.length) return;
    const update = () => this.update(form);
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', (e) => e.preventDefault());
    details.addEventListener('toggle', update);
    copy.hidden = false;
    copy.addEventListener('click', () => void this.copy());
    // The preview reports its height like any embedded view; only its own frame is listened to.
    const onMessage = (event: MessageEvent) => {
      const height = readHeightMessage(event.data);
      // Up to a screenful: a longer view scrolls inside its frame, as it would on a teacher's page.
      if (height !== null && this.frame && event.source === this.frame.contentWindow)
        this.frame.style.height = `${Math.min(height, PREVIEW_MAX)}px`;
    };
    addEventListener('message', onMessage);
    this.cleanups.push(() => removeEventListener('message', onMessage));
    update();
  }

  disconnectedCallback(): void {
    this.cleanups.splice(0).forEach((undo) => undo());
  }

  /** The site's address as this page is served from it: its origin, and the path the site is
   * served under, which the build's address (data-origin, "https://user.github.io/repo") names. */
  private site(): string {
    const built = this.dataset.origin ?? '';
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return built;
    let path = '';
    try {
      path = new URL(built).pathname.replace(/\/+$/, '');
    } catch {
      // no address given: the root
    }
    return `${location.origin}${path}`;
  }

  private update(form: HTMLFormElement): void {
    const values = new FormData(form);
    const text = (name: string) => String(values.get(name) ?? '');
    const lang = text('lang') === 'en' ? 'en' : 'ar';
    const paths = JSON.parse(this.dataset.paths ?? '{}') as Record<string, string>;
    const titles = JSON.parse(this.dataset.titles ?? '{}') as Record<string, string>;
    // The same parser as the view: what the form cannot express falls back to the defaults.
    const query = new URLSearchParams();
    for (const name of ['view', 'note', 'chapter', 'kind', 'from', 'to', 'theme'])
      if (text(name)) query.set(name, text(name));
    const params = parseEmbedParams(query.toString());
    const hash = values.get('keepHash') ? location.hash : '';
    const heightValue = Number(text('height'));
    const height =
      Number.isFinite(heightValue) && heightValue >= 200 && heightValue <= 4000 ? Math.round(heightValue) : undefined;
    const options = {
      site: this.site(),
      path: paths[lang] ?? '',
      params,
      hash,
      title: titles[lang] ?? '',
      width: Number(this.dataset.width) || undefined,
      height,
    };
    const snippet = embedSnippet({ ...options, autoHeight: !!values.get('autoHeight') });
    this.querySelector<HTMLTextAreaElement>('.embed-snippet')!.value = snippet;
    this.preview(embedSrc(options), height ?? 600);
  }

  /** The preview loads only once the panel is open, and again only when the view changes. Read
   * from a folder (file://), the view lives only on the web site: loading it would be a request to
   * another origin the reader never asked for, so there is no preview there, only the snippet. */
  private preview(src: string, height: number): void {
    if (!this.querySelector('details')?.open) return;
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
    const box = this.querySelector<HTMLElement>('[data-preview-box]')!;
    const holder = this.querySelector<HTMLElement>('[data-preview]')!;
    box.hidden = false;
    if (!this.frame) {
      const labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
      this.frame = document.createElement('iframe');
      this.frame.title = labels.preview;
      this.frame.setAttribute('sandbox', SANDBOX);
      this.frame.setAttribute('referrerpolicy', 'no-referrer');
      holder.append(this.frame);
    }
    this.frame.style.height = `${Math.min(height, PREVIEW_MAX)}px`;
    if (this.frame.getAttribute('src') !== src) this.frame.setAttribute('src', src);
  }

  private async copy(): Promise<void> {
    const area = this.querySelector<HTMLTextAreaElement>('.embed-snippet')!;
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = labels.copied;
    } catch {
      area.focus();
      area.select();
      status.textContent = labels.copyFailed;
    }
  }
}

if (!customElements.get('site-embed-code')) customElements.define('site-embed-code', SiteEmbedCode);
