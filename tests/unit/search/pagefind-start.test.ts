import { describe, expect, it } from 'vitest';
import {
  PAGEFIND_BOOTED,
  PAGEFIND_BOOT_ATTRIBUTE,
  PAGEFIND_STARTED,
  watchPagefindBoot,
  warmWord,
} from '../../../src/lib/search/pagefind-start.ts';

/** A document that keeps its capture-phase listeners, and elements that are or are not the boot tag. */
function fakeDocument() {
  const listeners = new Map<string, Set<(event: Event) => void>>();
  return {
    addEventListener(type: string, listener: (event: Event) => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener(type: string, listener: (event: Event) => void) {
      listeners.get(type)?.delete(listener);
    },
    /** An element's load or error event, as the document hears it in the capture phase. */
    fire(type: 'load' | 'error', isBoot: boolean) {
      const target = { hasAttribute: (name: string) => isBoot && name === PAGEFIND_BOOT_ATTRIBUTE };
      for (const listener of [...(listeners.get(type) ?? [])]) listener({ type, target } as unknown as Event);
    },
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

/** Runs the head's start script against stand-ins for `window` and `document`. */
function runHead() {
  const window: Record<string, unknown> = {};
  const document = fakeDocument();
  watchPagefindBoot(window, document);
  return { window, document };
}

describe('watchPagefindBoot, the search page head that starts Pagefind', () => {
  it('leaves a promise that resolves with the Pagefind the boot script started, once the script has loaded', async () => {
    const { window, document } = runHead();
    const pagefind = { search: () => null };
    window[PAGEFIND_BOOTED] = Promise.resolve(pagefind);
    document.fire('load', true);
    await expect(window[PAGEFIND_STARTED]).resolves.toBe(pagefind);
  });

  it('rejects, with a reason, when the boot script cannot be loaded or starts nothing', async () => {
    const missing = runHead();
    missing.document.fire('error', true);
    await expect(missing.window[PAGEFIND_STARTED]).rejects.toThrow('could not be loaded');
    const idle = runHead();
    idle.document.fire('load', true);
    await expect(idle.window[PAGEFIND_STARTED]).rejects.toThrow('did not start Pagefind');
  });

  it("ignores other elements' load and error events, and stops listening once the boot script settles", async () => {
    const { window, document } = runHead();
    window[PAGEFIND_BOOTED] = Promise.resolve('pagefind');
    document.fire('error', false); // a stylesheet or image that failed
    document.fire('load', false);
    expect(document.listening()).toBe(2);
    document.fire('load', true);
    expect(document.listening()).toBe(0);
    await expect(window[PAGEFIND_STARTED]).resolves.toBe('pagefind');
  });

  it('never lets a failed start surface as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      runHead().document.fire('error', true);
      await new Promise((done) => setTimeout(done, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});

describe('warmWord', () => {
  it("is a common word of the page's language", () => {
    expect(warmWord('ar')).toBe('ال');
    expect(warmWord('en')).toBe('the');
  });
});
