// Links to a file renamed after the pages were written (integrations/lib/renamed-links.ts): the
// search page's boot script gets its content-hashed name wherever the page names it, under the
// site's base, and nothing else in the page changes.
import { describe, expect, it } from 'vitest';
import { renamedUrl, withRenamedLinks } from '../../integrations/lib/renamed-links.ts';

const names = new Map([['pagefind/pagefind-boot.js', 'pagefind/pagefind-boot.1a2b3c4d5e.js']]);

describe('a renamed URL', () => {
  it('is the new name under the same base, with its query and fragment kept', () => {
    expect(renamedUrl('/pagefind/pagefind-boot.js', '/', names)).toBe('/pagefind/pagefind-boot.1a2b3c4d5e.js');
    expect(renamedUrl('/repo/pagefind/pagefind-boot.js', '/repo/', names)).toBe(
      '/repo/pagefind/pagefind-boot.1a2b3c4d5e.js',
    );
    expect(renamedUrl('/repo/pagefind/pagefind-boot.js', '/repo', names)).toBe(
      '/repo/pagefind/pagefind-boot.1a2b3c4d5e.js',
    );
    expect(renamedUrl('/pagefind/pagefind-boot.js?v=1#x', '/', names)).toBe(
      '/pagefind/pagefind-boot.1a2b3c4d5e.js?v=1#x',
    );
  });

  it('leaves any other value as it is', () => {
    for (const value of [
      '/pagefind/',
      '/pagefind/pagefind-boot.json',
      'pagefind/pagefind-boot.js',
      '/x/pagefind/pagefind-boot.js',
      'https://example.org/pagefind/pagefind-boot.js',
      'pagefind-boot.js',
      '',
    ])
      expect(renamedUrl(value, '/', names), value).toBe(value);
    expect(renamedUrl('/pagefind/pagefind-boot.js', '/repo/', names)).toBe('/pagefind/pagefind-boot.js');
  });
});

describe('a page with renamed links', () => {
  it("renames the file in every attribute and in the page's data, and changes nothing else", () => {
    const page = [
      '<!doctype html><html lang="en"><head>',
      '<script async src="/pagefind/pagefind-boot.js" data-pagefind-boot></script>',
      '</head><body><site-search data-boot="/pagefind/pagefind-boot.js" data-labels="{&quot;a&quot;:1}">',
      '<p>Say pagefind-boot.js &amp; more</p></site-search>',
      '<script type="application/json">{"boot":"/pagefind/pagefind-boot.js","n":1}</script>',
      '</body></html>',
    ].join('\n');
    const renamed = withRenamedLinks(page, '/', names);
    expect(renamed).toBe(
      page
        .replaceAll('"/pagefind/pagefind-boot.js"', '"/pagefind/pagefind-boot.1a2b3c4d5e.js"')
        .replace('{"boot":"/pagefind/pagefind-boot.js"', '{"boot":"/pagefind/pagefind-boot.1a2b3c4d5e.js"'),
    );
    expect(renamed).toContain('<p>Say pagefind-boot.js &amp; more</p>');
  });

  it('gives back a page that names no renamed file byte for byte', () => {
    const page = '<!doctype html><html><head><link rel="icon" href="/icons/favicon.svg"></head><body>x</body></html>';
    expect(withRenamedLinks(page, '/', names)).toBe(page);
  });
});
