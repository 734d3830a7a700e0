// The `_headers` file that Netlify and Cloudflare Pages read (public/_headers): a path pattern on
// a line of its own, then its headers indented below it, `#` for comments. `*` in a pattern
// matches any run of characters. Read by the local server, so that `npm start` and the browser
// tests get the headers those hosts send, and by the unit test of the file.

/** The rules in file order: [{ pattern, headers: Map(lower-case name → value) }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: new Map() });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 1 || !rule) throw new Error(`_headers: "${trimmed}" is not "Name: value" under a path`);
    rule.headers.set(trimmed.slice(0, colon).trim().toLowerCase(), trimmed.slice(colon + 1).trim());
  }
  return rules;
}

/** Whether a rule's pattern matches a URL path (`*` matches anything, `/` only the root). */
export function patternMatches(pattern, path) {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The header maps of every rule that matches `path`, in file order. */
export function headersFor(rules, path) {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).map((rule) => rule.headers);
}
