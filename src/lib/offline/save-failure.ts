// When saving for offline fails, the reader is told what failed: the service worker stops at the
// first file it cannot fetch and says nothing to the page, so the page checks the worker's list
// itself (sw-files.json, written beside sw.js by integrations/service-worker.ts) and names the
// files the server would not give. Kept apart from the browser APIs so it is tested.

/** The worker's list: file paths relative to the site's root ("ar/index.html"); null if it is not one. */
export function parseFileList(text: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length === 0) return null;
  const files = value.filter((f): f is string => typeof f === 'string' && /^[^/\\:?#][^\\:?#]*$/.test(f));
  return files.length === value.length ? files : null;
}

/**
 * The files `check` finds missing, asking at most `parallel` at once, in the list's order. Null
 * when nothing can be said about the files: every one failed (the connection, not the site).
 */
export async function findUnfetched(
  files: readonly string[],
  check: (file: string) => Promise<boolean>,
  parallel = 6,
): Promise<string[] | null> {
  const ok: boolean[] = new Array<boolean>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      ok[index] = await check(files[index]!).catch(() => false);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker));
  const missing = files.filter((_, i) => !ok[i]);
  return missing.length === files.length ? null : missing;
}

/** A file as the reader knows it: "/ar/sources/" for "ar/sources/index.html". */
export function displayPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * "Could not fetch {count} of the site's files: {files}." filled in: the first `shown` files as a
 * list in the page's language, each isolated so a Latin path keeps its order in Arabic text, and
 * "…" when there are more.
 */
export function describeUnfetched(template: string, missing: readonly string[], lang: string, shown = 3): string {
  const names = missing.slice(0, shown).map((file) => `\u2068${displayPath(file)}\u2069`);
  let list: string;
  try {
    list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  } catch {
    list = names.join(', ');
  }
  if (missing.length > shown) list += ' …';
  return template.replace('{count}', String(missing.length)).replace('{files}', list);
}
