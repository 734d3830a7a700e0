// Numbered footnotes for MDX bodies. <Cite id="g1" /> renders a placeholder link; once the
// whole body is rendered, numberCitations() gives each source its number in order of first
// appearance, so the numbers in the text and in the source list below it always agree.
// The id comes from content: it is escaped here whatever it holds, and a placeholder whose id is
// not a source id is never numbered, so it stops the build instead of reaching a page.
import { escapeHtml } from './escape-html.ts';

/** The start every placeholder shares, whatever its id. */
const PLACEHOLDER_START = '<sup class="cite"><a class="cite-ref" data-cite=';

/** The marker <Cite> renders; numberCitations() finds and fills it. */
export function citationPlaceholder(id: string): string {
  const safe = escapeHtml(String(id));
  return `${PLACEHOLDER_START}"${safe}" href="#source-${safe}">${safe}</a></sup>`;
}

// Only ids of the content schema's form (src/lib/content-schema.ts, idSchema) are numbered.
const PLACEHOLDER =
  /<sup class="cite"><a class="cite-ref" data-cite="([a-z0-9]+(?:-[a-z0-9]+)*)" href="#source-\1">\1<\/a><\/sup>/g;

/** Source ids in the order the reader meets them, each once; then any others the page lists. */
export function citationOrder(citedInText: readonly string[], alsoListed: readonly string[] = []): string[] {
  return [...new Set([...citedInText, ...alsoListed])];
}

/**
 * Replaces every placeholder with its number. `label(n)` gives the accessible name
 * ("Source 3"); the first citation of each source gets an id so the source list can link back.
 */
export function numberCitations(
  html: string,
  order: readonly string[],
  label: (n: number) => string,
  formatN: (n: number) => string = String,
): string {
  const seen = new Set<string>();
  const numbered = html.replace(PLACEHOLDER, (_match, id: string) => {
    const index = order.indexOf(id);
    if (index === -1) throw new Error(`A citation of "${id}" has no entry in this page's sources.`);
    const n = index + 1;
    const backlink = seen.has(id) ? '' : ` id="cite-${id}"`;
    seen.add(id);
    return `<sup class="cite"><a class="cite-ref" href="#source-${id}"${backlink} aria-label="${label(n)}">${formatN(n)}</a></sup>`;
  });
  const left = numbered.indexOf(PLACEHOLDER_START);
  if (left !== -1) {
    const marker = numbered.slice(left, numbered.indexOf('</sup>', left) + 6 || undefined);
    throw new Error(
      `A <Cite> could not be numbered: its id is not a source id (${marker}). Fix: write it as <Cite id="source-id" /> with a quoted id from content/sources.json; npm run check-content names the file and line.`,
    );
  }
  return numbered;
}
