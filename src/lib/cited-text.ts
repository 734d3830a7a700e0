// Short texts kept in front matter (a classroom glossary's definitions) cite their sources with
// the same <Cite id="…" /> as MDX bodies. This turns one into HTML: the text escaped, each
// <Cite> replaced by the placeholder that Footnoted.astro numbers.
import { citationPlaceholder } from './footnote-numbers.ts';

const CITE = /<Cite\s+id=["']([a-z0-9-]+)["']\s*\/>/g;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

export function citedTextHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(CITE)) {
    html += escapeHtml(text.slice(last, match.index)) + citationPlaceholder(match[1]!);
    last = match.index! + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}
