// How a `_headers` path pattern matches a URL path (scripts/lib/headers-file.mjs), as Netlify and
// Cloudflare Pages document it: the local server and the caching tests rely on it.
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, patternMatches } from '../../scripts/lib/headers-file.mjs';

describe('a _headers path pattern', () => {
  it('without * or a placeholder, matches only that path', () => {
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/ar/')).toBe(false);
    expect(patternMatches('/sw.js', '/sw.js')).toBe(true);
    expect(patternMatches('/sw.js', '/sw.jsx')).toBe(false);
    expect(patternMatches('/sw.js', '/a/sw.js')).toBe(false);
  });

  it('takes dots and other characters literally, not as a regular expression', () => {
    expect(patternMatches('/sw.js', '/swxjs')).toBe(false);
    expect(patternMatches('/a+b(c)', '/a+b(c)')).toBe(true);
    expect(patternMatches('/a+b', '/aab')).toBe(false);
  });

  it('with *, matches any run of characters, slashes included, or none', () => {
    expect(patternMatches('/ar/*', '/ar/')).toBe(true);
    expect(patternMatches('/ar/*', '/ar/events/x/')).toBe(true);
    expect(patternMatches('/ar/*', '/ar')).toBe(false);
    expect(patternMatches('/ar/*', '/arabic/')).toBe(false);
    expect(patternMatches('/embed/*', '/embed.js')).toBe(false);
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/*.js', '/js/a/b.js')).toBe(true);
  });

  it('with a :placeholder, matches one path segment', () => {
    expect(patternMatches('/:lang/search/', '/ar/search/')).toBe(true);
    expect(patternMatches('/:lang/search/', '/search/')).toBe(false);
    expect(patternMatches('/:lang/search/', '/a/b/search/')).toBe(false);
    // A colon inside a segment is a colon.
    expect(patternMatches('/a:b', '/a:b')).toBe(true);
    expect(patternMatches('/a:b', '/ax')).toBe(false);
  });

  it("ignores the URL's query and fragment", () => {
    expect(patternMatches('/', '/?q=1')).toBe(true);
    expect(patternMatches('/sw.js', '/sw.js#x')).toBe(true);
  });

  it('refuses a pattern that is not a path, rather than read it otherwise than the hosts', () => {
    expect(() => parseHeaders('https://example.org/*\n  X-A: 1\n')).toThrow(/not a path pattern/);
  });

  it('gives every matching rule, in file order', () => {
    const rules = parseHeaders('# c\n/*\n  X-A: 1\n/js/*\n  X-B: 2\n');
    expect(headersFor(rules, '/js/a.js').map((h) => Object.fromEntries(h))).toEqual([{ 'x-a': '1' }, { 'x-b': '2' }]);
    expect(headersFor(rules, '/ar/').map((h) => Object.fromEntries(h))).toEqual([{ 'x-a': '1' }]);
  });
});
