// Injected into Pagefind's bundle (scripts/build-search-index.mjs builds pagefind-boot.js with
// esbuild's `inject`): inside that bundle, and only there, `fetch` is this function, so Pagefind's
// files are inflated natively (see gunzip-response.ts) without touching the page's own fetch.
import { gunzippedResponse } from '../../lib/search/gunzip-response.ts';

function pagefindFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return globalThis.fetch(input, init).then(gunzippedResponse);
}

export { pagefindFetch as fetch };
