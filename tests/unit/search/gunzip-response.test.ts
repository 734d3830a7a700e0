import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { gunzippedResponse, isGzip } from '../../../src/lib/search/gunzip-response.ts';

// Pagefind's files, once inflated, start with this signature (it checks for it and then skips
// its own inflater).
const inflated = new TextEncoder().encode('pagefind_dcd{"words":["التضامن"]}');

describe('isGzip', () => {
  it('recognises a gzip stream by its first two bytes, and nothing else', () => {
    expect(isGzip(gzipSync(inflated))).toBe(true);
    expect(isGzip(inflated)).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
    expect(isGzip(new Uint8Array())).toBe(false);
  });
});

describe('gunzippedResponse', () => {
  it('inflates a gzipped body and keeps the status and headers', async () => {
    const response = await gunzippedResponse(
      new Response(gzipSync(inflated), { status: 200, headers: { 'x-file': 'chunk' } }),
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(inflated);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-file')).toBe('chunk');
  });

  it('passes a body that is not gzipped through unchanged (a server that already decoded it, or JSON)', async () => {
    const response = await gunzippedResponse(new Response(inflated));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(inflated);
  });

  it('leaves an error response as it is, for Pagefind to report', async () => {
    const missing = new Response('Not found', { status: 404 });
    expect(await gunzippedResponse(missing)).toBe(missing);
  });

  it('fails on a corrupt gzip stream rather than handing Pagefind half a file', async () => {
    const corrupt = gzipSync(inflated).subarray(0, 12);
    await expect(gunzippedResponse(new Response(corrupt))).rejects.toThrow();
  });
});
