// Pagefind gzips its index files and inflates them in JavaScript, which on a phone is the
// slowest part of its start (its WebAssembly, metadata, index chunks and fragments all pass
// through it). The browser's own DecompressionStream does the same work natively. A response
// gunzipped here reaches Pagefind already inflated, which it recognises by the signature its
// files start with, and then skips its own inflater.

/** Is this a gzip stream (RFC 1952: it starts with the bytes 1f 8b)? */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The response with its body gunzipped when the body is a gzip stream and the browser can
 * inflate it natively; otherwise the same bytes, untouched (Pagefind then inflates them itself,
 * so a browser without DecompressionStream, or a server that already decoded the file, still works).
 */
export async function gunzippedResponse(response: Response): Promise<Response> {
  if (!response.ok || typeof DecompressionStream !== 'function') return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!isGzip(bytes)) return new Response(bytes, init);
  // Streamed from memory (a Blob's stream would be read back through the browser process).
  const inflated = new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'));
  // Pagefind reads the whole body at once: inflate it here so a corrupt file fails in one place.
  return new Response(await new Response(inflated).arrayBuffer(), init);
}
