// <site-offline>: the web edition's offline reading. The service worker (dist/sw.js, made by
// integrations/service-worker.ts) is registered only when the reader presses "Save for
// offline reading", since it downloads the whole site; after that, on every page, so updates are
// found. Progress is read from the precache itself (entries stored / entries listed) while the
// first copy is saved; once a copy is in use, an update's state comes from the workers alone
// (src/lib/offline/save-progress.ts).
//
// Updates never leave a page half old, half new: a new worker waits (no skipWaiting) while any
// page of the old version is open, the reader is told, and "Reload" lets it take over; every page
// that had the old worker then reloads, so none keeps running old code against new files.
//
// A first save that fails leaves nothing behind: the worker is unregistered and what it stored
// deleted, and the reader is told which files the server would not give: a script loaded only
// then finds them (site-offline-failure.ts).
import { fillPercent, precacheName, saveState } from '../lib/offline/save-progress.ts';

const SAVED_KEY = 'site-offline:saved';
/** Set across one reload when an incomplete copy is dropped, so the reloaded page saves afresh. */
const RESAVE_KEY = 'site-offline:resave';

interface Labels {
  progress: string;
  done: string;
  failed: string;
  unfetched: string;
  updating: string;
  updateReady: string;
}

class SiteOffline extends HTMLElement {
  private labels!: Labels;
  private total = 0;
  private polling = 0;
  /** Set when the stored copy is incomplete: the next save drops it and starts afresh. */
  private startAfresh = false;

  connectedCallback(): void {
    // file:// (the folder edition, or a saved page) cannot run a service worker, nor can a page
    // opened from a sandboxed frame (reading navigator.serviceWorker throws there): stay hidden.
    if (!serviceWorkersAllowed() || !('caches' in window) || location.protocol === 'file:') return;
    try {
      this.labels = JSON.parse(this.dataset.labels ?? '') as Labels;
    } catch {
      return;
    }
    this.total = Number(this.dataset.count);
    this.hidden = false;
    this.watchConnection();
    this.querySelector('.save-button')?.addEventListener('click', () => void this.save());
    this.querySelector('.reload')?.addEventListener('click', () => void this.applyUpdate());

    // Another version took over: a page that ran under the old one reloads whole. The first
    // worker taking control of the page that saved (which came from the network, as the same
    // version) is no reason to reload, but every later change is.
    let controlled = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (controlled) location.reload();
      controlled = true;
    });
    const resave = sessionStorage.getItem(RESAVE_KEY) === '1';
    sessionStorage.removeItem(RESAVE_KEY);
    void navigator.serviceWorker.getRegistration(this.dataset.scope).then((registration) => {
      if (registration || resave || localStorage.getItem(SAVED_KEY) === '1') void this.save();
    });
  }

  disconnectedCallback(): void {
    window.clearInterval(this.polling);
  }

  private child<T extends HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  private watchConnection(): void {
    const notice = this.child<HTMLElement>('.offline-now');
    const show = () => {
      notice.hidden = navigator.onLine;
    };
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    show();
  }

  /** Registers (or re-registers) the worker and follows the precache until it is complete. */
  private async save(): Promise<void> {
    const button = this.child<HTMLButtonElement>('.save-button');
    button.disabled = true;
    if (this.startAfresh) {
      await this.dropCopy();
      return;
    }
    let registration: ServiceWorkerRegistration;
    try {
      registration = await navigator.serviceWorker.register(this.dataset.sw!, { scope: this.dataset.scope });
    } catch {
      this.failed(this.labels.failed);
      return;
    }
    localStorage.setItem(SAVED_KEY, '1');
    this.watchUpdates(registration);
    await this.follow(registration);
  }

  private watchUpdates(registration: ServiceWorkerRegistration): void {
    const offer = () => {
      if (registration.waiting && navigator.serviceWorker.controller) this.child<HTMLElement>('.update').hidden = false;
    };
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', offer);
      // Another tab may have found it: follow it here too, so this page tells the same.
      void this.follow(registration);
    });
    offer();
  }

  /**
   * An installed worker never refetches files it believes stored, so an incomplete copy is
   * dropped whole: the worker unregistered (this page then loads from the network), the stored
   * files deleted, and the page reloaded to save afresh.
   */
  private async dropCopy(): Promise<void> {
    await (await navigator.serviceWorker.getRegistration(this.dataset.scope))?.unregister();
    const name = precacheName(await caches.keys());
    if (name) await caches.delete(name);
    sessionStorage.setItem(RESAVE_KEY, '1');
    location.reload();
  }

  private async applyUpdate(): Promise<void> {
    const registration = await navigator.serviceWorker.getRegistration(this.dataset.scope);
    if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();
  }

  private async storedCount(): Promise<number> {
    const name = precacheName(await caches.keys());
    return name ? (await (await caches.open(name)).keys()).length : 0;
  }

  /** Shows progress until the worker is active and the precache holds every listed file. */
  private async follow(registration: ServiceWorkerRegistration): Promise<void> {
    const bar = this.child<HTMLProgressElement>('.progress');
    const state = this.child<HTMLElement>('.state');
    const stop = () => window.clearInterval(this.polling);
    const show = (text: string, name: string) => {
      if (state.textContent !== text) state.textContent = text;
      this.dataset.state = name;
    };
    const settle = (text: string, name: string) => {
      stop();
      bar.hidden = true;
      this.child<HTMLElement>('.save-button').hidden = true;
      this.child<HTMLElement>('.hint').hidden = true;
      show(text, name);
    };
    const tick = async () => {
      const workers = {
        installing: registration.installing !== null,
        waiting: registration.waiting !== null,
        active: registration.active !== null,
      };
      const now = saveState(workers, await this.storedCount(), this.total);
      switch (now.kind) {
        case 'saving':
          bar.hidden = false;
          bar.value = now.percent;
          show(fillPercent(this.labels.progress, now.percent), 'saving');
          return;
        case 'updating':
          // How much of an update is stored cannot be counted (the precache holds both
          // versions), so the bar shows activity without a number.
          bar.hidden = false;
          bar.removeAttribute('value');
          show(this.labels.updating, 'updating');
          return;
        case 'update-ready':
          settle(this.labels.updateReady, 'update-ready');
          this.child<HTMLElement>('.update').hidden = false;
          return;
        case 'done':
          settle(this.labels.done, 'done');
          return;
        case 'incomplete':
          // Installed, yet files are missing from the precache (cleared by the browser or the
          // reader): pages still come from the network, and saving again starts afresh.
          stop();
          this.startAfresh = true;
          this.failed(this.labels.failed);
          return;
        case 'failed':
          stop();
          await this.saveFailed();
      }
    };
    stop();
    this.polling = window.setInterval(() => void tick(), 400);
    await tick();
  }

  /** The first save failed: nothing half-saved is kept, and the reader learns what failed. */
  private async saveFailed(): Promise<void> {
    const registration = await navigator.serviceWorker.getRegistration(this.dataset.scope);
    if (!registration?.active) {
      await registration?.unregister();
      const name = precacheName(await caches.keys());
      if (name) await caches.delete(name);
    }
    const explained = navigator.onLine ? await this.explain() : null;
    this.failed(explained ?? this.labels.failed);
  }

  /** Which files the server would not give, in words, or null if that cannot be told. */
  private async explain(): Promise<string | null> {
    try {
      await loadScript(this.dataset.failure!);
      const lang = document.documentElement.lang;
      const explain = window.siteOfflineFailure;
      return explain ? await explain(this.dataset.files!, this.dataset.scope!, this.labels.unfetched, lang) : null;
    } catch {
      return null;
    }
  }

  private failed(text: string): void {
    // The reader can try again: the next press registers afresh, which refills the precache.
    this.child<HTMLProgressElement>('.progress').hidden = true;
    this.child<HTMLElement>('.state').textContent = text;
    this.child<HTMLButtonElement>('.save-button').disabled = false;
    this.dataset.state = 'failed';
    localStorage.removeItem(SAVED_KEY);
  }
}

if (!customElements.get('site-offline')) customElements.define('site-offline', SiteOffline);

/** Runs a classic script of the site once; resolves when it has run. */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

/** Whether this page may use service workers at all: the property exists but throws in a
 * sandboxed context without allow-same-origin (a page opened from an embedded view). */
function serviceWorkersAllowed(): boolean {
  try {
    return 'serviceWorker' in navigator && navigator.serviceWorker !== undefined;
  } catch {
    return false;
  }
}
