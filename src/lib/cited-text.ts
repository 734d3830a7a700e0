// Short texts kept in front matter (a classroom glossary's definitions) cite their sources with
// the same <Cite id="…" /> as MDX bodies. This turns one into HTML: the text escaped, each
// <Cite> the MDX reader found (src/lib/mdx-body.ts) replaced by the placeholder that
// Footnoted.astro numbers. Anything else that looks like markup stays escaped text.
import { escapeHtml } from './escape-html.ts';
import { citationPlaceholder } from './footnote-numbers.ts';
import { readMdxTree } from './mdx-body.ts';

export function citedTextHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const cite of readMdxTree(text, 'classroom').cites) {
    html += escapeHtml(text.slice(last, cite.start)) + citationPlaceholder(cite.id);
    last = cite.end;
  }
  return html + escapeHtml(text.slice(last));
}
