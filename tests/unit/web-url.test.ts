import { describe, expect, it } from 'vitest';
import { webUrl } from '../../src/lib/web-url.ts';

describe('webUrl', () => {
  it.each(['https://www.theguardian.com/world/2022/apr/27/x', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])(
    'keeps %s as written',
    (url) => expect(webUrl(url)).toBe(url),
  );

  it.each([
    'javascript:alert(document.domain)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'mailto:someone@example.org',
    '//example.org/protocol-relative',
    '/relative/path',
    '#fragment',
    '',
  ])('refuses %j', (url) => expect(webUrl(url)).toBeUndefined());

  it.each([undefined, null, 42, {}])('refuses the non-string %j', (value) => expect(webUrl(value)).toBeUndefined());
});
