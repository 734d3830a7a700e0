// The `_headers` file that Netlify and Cloudflare Pages read (public/_headers): a path pattern on
// a line of its own, then its headers indented below it, `#` for comments. A pattern is matched as
// both hosts document it (patternMatches). Read by the local server, so that `npm start` and the
// browser tests get the headers those hosts send, and by the tests of the file and of the built
// site's caching.

/** The rules in file order: [{ pattern, headers: Map(lower-case name → value) }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      patternRegExp(trimmed); // refuses a pattern the hosts would read otherwise
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

/**
 * A rule's pattern as a regular expression over a URL path, as Netlify and Cloudflare Pages read
 * it: `*` (a splat) matches any run of characters, slashes included, or none; `:name` after a
 * slash (a placeholder) matches one path segment (one character or more, no slash); every other character
 * matches itself, so `/` alone matches only the root and `/ar/*` does not match `/ar`. A pattern
 * for one host (`https://…`) is refused: the site's rules hold wherever it is served.
 */
export function patternRegExp(pattern) {
  if (!pattern.startsWith('/')) throw new Error(`_headers: "${pattern}" is not a path pattern (starting with /)`);
  const source = pattern
    .split(/(\*|(?<=\/):[A-Za-z]\w*)/)
    .map((part, i) => (i % 2 === 0 ? part.replace(/[.+?^${}()|[\]\\]/g, '\\$&') : part === '*' ? '.*' : '[^/]+'))
    .join('');
  return new RegExp(`^${source}$`);
}

/** Whether a rule's pattern matches the path of a URL (its query and fragment are not part of it). */
export function patternMatches(pattern, path) {
  return patternRegExp(pattern).test(path.split(/[?#]/)[0]);
}

/** The header maps of every rule that matches `path`, in file order. */
export function headersFor(rules, path) {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).map((rule) => rule.headers);
}
