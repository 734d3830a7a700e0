// Injected into Pagefind's bundle: integrations/lib/pagefind-index.ts builds pagefind-boot.js with
// esbuild's `inject`, so inside that bundle, and only there, `fetch` and `Intl` mean what is
// exported here. The page's own `fetch` and `Intl` are untouched.
import { gunzippedResponse } from '../../lib/search/gunzip-response.ts';
import { renamedPagefindUrl } from '../../lib/search/pagefind-files.ts';

/** Responses asked for before Pagefind needed them, each handed to Pagefind once, by address. */
const early = new Map<string, Promise<Response>>();

/** Pagefind's folder (absolute) and the names the build gave the files Pagefind asks for by fixed names. */
let folder = '';
let renamed: Readonly<Record<string, string>> = {};

/**
 * Makes Pagefind's fetch ask for the files of `pagefindFolder` that the build renamed by their
 * new names (src/lib/search/pagefind-files.ts). The boot script calls it before starting Pagefind.
 */
export function useFileNames(pagefindFolder: string, names: Readonly<Record<string, string>>): void {
  folder = new URL(pagefindFolder, location.href).href;
  renamed = names;
}

/** The absolute address a request for `input` goes to. */
const addressOf = (input: string | URL) => renamedPagefindUrl(new URL(input, location.href).href, folder, renamed);

/** Starts fetching files Pagefind will ask for, so they arrive while it is still starting. */
export function fetchEarly(paths: readonly string[]): void {
  for (const path of paths) {
    const url = addressOf(path);
    if (early.has(url)) continue;
    const response = globalThis.fetch(url).then(gunzippedResponse);
    response.catch(() => undefined); // a failure is Pagefind's to report, if it asks for the file
    early.set(url, response);
  }
}

/** Pagefind's fetch: what fetchEarly started, or a new request, for a renamed file by its new name;
 * inflated natively (gunzip-response.ts). */
function pagefindFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' || input instanceof URL ? addressOf(input) : null;
  const started = url === null ? undefined : early.get(url);
  if (started) {
    early.delete(url!); // a body is read once: a second request for the file goes to the network
    return started;
  }
  return globalThis.fetch(url ?? input, init).then(gunzippedResponse);
}

/**
 * Intl without Segmenter. Pagefind splits every query into graphemes with a new Intl.Segmenter
 * when there is one, and the first a page makes loads the browser's segmentation data: 30–70 ms
 * of the first search, measured in Chromium. The queries the site gives Pagefind are already
 * normalised to letters, digits and single spaces (normalizeText in normalize.ts), where every
 * grapheme is one character, so Pagefind's character-by-character path gives the same terms.
 */
const intlWithoutSegmenter: typeof Intl = Object.create(Intl, { Segmenter: { value: undefined } });

export { pagefindFetch as fetch, intlWithoutSegmenter as Intl };
