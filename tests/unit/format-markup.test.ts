import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { formatMarkup } from '../helpers/format-markup.ts';

const element = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('formatMarkup', () => {
  it('puts each element on its own line, indented by depth, with attributes in order', () => {
    expect(formatMarkup(element('<svg width="9" class="c"><g><path d="M0 0" /></g><circle r="1" /></svg>'))).toBe(
      [
        '<svg width="9" class="c">',
        '  <g>',
        '    <path d="M0 0" />',
        '  </g>',
        '  <circle r="1" />',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('keeps an element holding only text on one line, escaped', () => {
    expect(
      formatMarkup(element('<g><title>A &amp; B &lt;2&gt;</title><text x="1" data-q="&quot;">2012</text></g>')),
    ).toBe(
      ['<g>', '  <title>A &amp; B &lt;2&gt;</title>', '  <text x="1" data-q="&quot;">2012</text>', '</g>', ''].join(
        '\n',
      ),
    );
  });
});
