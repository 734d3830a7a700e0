// The fetch and Intl that Pagefind's bundle sees (src/client/search/pagefind-globals.ts), with the
// network replaced by a recording stand-in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';

const inflated = new TextEncoder().encode('pagefind_dcd[1,2,3]');
let requested: string[];

beforeEach(() => {
  vi.resetModules(); // a fresh module: no file fetched early yet
  requested = [];
  vi.stubGlobal('location', { href: 'https://example.org/ar/search/' });
  vi.stubGlobal('fetch', async (input: string) => {
    requested.push(String(input));
    if (String(input).includes('missing')) return new Response('Not found', { status: 404 });
    if (String(input).includes('offline')) throw new TypeError('Failed to fetch');
    return new Response(gzipSync(inflated));
  });
});
afterEach(() => vi.unstubAllGlobals());

async function load() {
  return import('../../../src/client/search/pagefind-globals.ts');
}

describe("Pagefind's fetch", () => {
  it('inflates a gzipped file', async () => {
    const { fetch } = await load();
    expect(new Uint8Array(await (await fetch('/pagefind/index/ar_1.pf_index')).arrayBuffer())).toEqual(inflated);
  });

  it('hands a file fetched early to the first request for it, once, by its full address', async () => {
    const { fetch, fetchEarly } = await load();
    fetchEarly(['/pagefind/wasm.ar.pagefind', '/pagefind/wasm.ar.pagefind']);
    expect(requested).toEqual(['https://example.org/pagefind/wasm.ar.pagefind']);
    const first = await fetch('https://example.org/pagefind/wasm.ar.pagefind');
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(inflated);
    expect(requested).toHaveLength(1);
    // Its body has been read: asking again goes to the network.
    await fetch('/pagefind/wasm.ar.pagefind');
    expect(requested).toHaveLength(2);
  });

  it('asks for a file the build renamed by its new name, without the query, early or not', async () => {
    const { fetch, fetchEarly, useFileNames } = await load();
    useFileNames('/pagefind/', {
      'pagefind-entry.json': 'pagefind-entry.1a2b3c4d5e.json',
      'wasm.ar.pagefind': 'wasm.ar.0f0f0f0f0f.pagefind',
    });
    fetchEarly(['/pagefind/wasm.ar.0f0f0f0f0f.pagefind']);
    await fetch('https://example.org/pagefind/wasm.ar.pagefind'); // handed what was fetched early
    await fetch('/pagefind/pagefind-entry.json?ts=1767225600000');
    await fetch('/pagefind/index/ar_1.pf_index');
    expect(requested).toEqual([
      'https://example.org/pagefind/wasm.ar.0f0f0f0f0f.pagefind',
      'https://example.org/pagefind/pagefind-entry.1a2b3c4d5e.json',
      'https://example.org/pagefind/index/ar_1.pf_index',
    ]);
  });

  it('reports a file that failed early to whoever asks for it, and nothing before', async () => {
    const { fetch, fetchEarly } = await load();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    fetchEarly(['/pagefind/offline.pf_meta', '/pagefind/missing.pf_meta']);
    await new Promise((done) => setTimeout(done, 10));
    expect(unhandled).not.toHaveBeenCalled();
    process.off('unhandledRejection', unhandled);
    await expect(fetch('/pagefind/offline.pf_meta')).rejects.toThrow('Failed to fetch');
    expect((await fetch('/pagefind/missing.pf_meta')).status).toBe(404);
  });
});

describe("Pagefind's Intl", () => {
  it('has no Segmenter, and everything else Intl has', async () => {
    const { Intl: pagefindIntl } = await load();
    expect(typeof pagefindIntl.Segmenter).toBe('undefined');
    expect(pagefindIntl.getCanonicalLocales('AR')).toEqual(['ar']);
    expect(typeof globalThis.Intl.Segmenter).toBe('function'); // the page's own is untouched
  });
});
