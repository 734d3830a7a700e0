import { describe, expect, it } from 'vitest';
import {
  PAGEFIND_BOOTED,
  PAGEFIND_BOOT_EVENTS,
  PAGEFIND_BOOT_SETTLE,
  PAGEFIND_STARTED,
  pagefindStartScript,
  warmWord,
} from '../../../src/lib/search/pagefind-start.ts';

/** Runs the head's inline script against a stand-in for `window`, as a browser would. */
function runHead(): Record<string, unknown> {
  const window: Record<string, unknown> = {};
  new Function('window', pagefindStartScript())(window);
  return window;
}

/** What the boot script tag's load or error handler does, in the page's global scope. */
function settle(window: Record<string, unknown>, event: 'onload' | 'onerror'): void {
  new Function('window', `with (window) { ${PAGEFIND_BOOT_EVENTS[event]} }`)(window);
}

describe('the search page head that starts Pagefind', () => {
  it('leaves a promise that resolves with the Pagefind the boot script started, once the script has loaded', async () => {
    const window = runHead();
    const pagefind = { search: () => null };
    window[PAGEFIND_BOOTED] = Promise.resolve(pagefind);
    settle(window, 'onload');
    await expect(window[PAGEFIND_STARTED]).resolves.toBe(pagefind);
  });

  it('rejects, with a reason, when the boot script cannot be loaded or starts nothing', async () => {
    const missing = runHead();
    settle(missing, 'onerror');
    await expect(missing[PAGEFIND_STARTED]).rejects.toThrow('could not be loaded');
    const idle = runHead();
    settle(idle, 'onload');
    await expect(idle[PAGEFIND_STARTED]).rejects.toThrow('did not start Pagefind');
  });

  it('settles through one callback, named once', () => {
    expect(typeof runHead()[PAGEFIND_BOOT_SETTLE]).toBe('function');
    expect(PAGEFIND_BOOT_EVENTS.onload).toBe(`${PAGEFIND_BOOT_SETTLE}(true)`);
  });

  it('never lets a failed start surface as an unhandled rejection', () => {
    expect(pagefindStartScript()).toMatch(/\.catch\(function\(\)\{\}\);$/);
  });
});

describe('warmWord', () => {
  it("is a common word of the page's language", () => {
    expect(warmWord('ar')).toBe('ال');
    expect(warmWord('en')).toBe('the');
  });
});
