// V8's explicit compile hint (Chrome 136 and later): a script that starts with this comment has
// all its functions compiled while it downloads, off the main thread, instead of on the main
// thread when each is first called. It pays for a library whose code all runs at once: Leaflet's
// build is one function, called as the script runs, which the main thread otherwise parses on the
// spot (measured on js/site-map.js: about a third less main-thread time to run it). Other engines
// read a comment. For the few bundles whose code runs on load, not for every one: compiling
// functions nobody calls costs time and memory.
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad\n';

/** The files, with the hint put first in each of the scripts named (others are left as they are). */
export function withCompileHints(
  files: ReadonlyMap<string, Uint8Array>,
  scripts: readonly string[],
): Map<string, Uint8Array> {
  const hint = new TextEncoder().encode(COMPILE_ALL_HINT);
  return new Map(
    [...files].map(([name, body]) => {
      if (!scripts.includes(name) || !name.endsWith('.js')) return [name, body];
      const out = new Uint8Array(hint.length + body.length);
      out.set(hint);
      out.set(body, hint.length);
      return [name, out];
    }),
  );
}
