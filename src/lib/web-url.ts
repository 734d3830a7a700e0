// Which addresses content may link to: absolute https: or http: URLs, nothing else. A
// `javascript:` or `data:` address in sources.json would run script when a reader clicks
// "Original", and would travel into every citation file; the schema refuses it, and every place
// that renders or writes a content URL asks here again, so one missed check cannot reach a reader.

/** The address as written when it is an absolute https: or http: URL; otherwise undefined. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  // The WHATWG parser is the browser's: it strips the tabs, newlines and leading spaces that
  // could hide a scheme ("java\tscript:"), so the scheme it reports is the one a click would use.
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:' ? value : undefined;
}
