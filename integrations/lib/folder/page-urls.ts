// Walks every URL-like value in a built page and lets the caller replace it: tag attributes,
// CSS url() in <style> and style="", and the strings of inline JSON data
// (<script type="application/json">, read by the timeline, the map and the search). Used both to
// rewrite the folder edition and to check it, so the two can never look at different places.
// The page is read with an HTML parser (node-html-parser), which gives back a page it did not
// change byte for byte, so only the values a visitor replaces differ.
import { parse, TextNode, type HTMLElement } from 'node-html-parser';
import { inlineJson } from '../../../src/lib/inline-json.ts';
import { LOADED_LATER_ATTRIBUTES } from '../../../src/lib/loaded-later.ts';

/** Where a value was found: an attribute (by name), CSS, or a JSON data string. */
export type UrlPlace = { kind: 'attribute'; name: string } | { kind: 'css' } | { kind: 'json' };
export type UrlVisitor = (value: string, place: UrlPlace) => string;

/** Script and style bodies are kept as text, exactly as written; everything else is markup (a
 * <noscript> fallback's links must be rewritten like any other). */
const PARSE_OPTIONS = {
  comment: true,
  blockTextElements: { script: true, style: true },
};

export function parsePage(html: string): HTMLElement {
  return parse(html, PARSE_OPTIONS);
}

// CSS is not HTML: its url() tokens are found by their own small grammar.
const CSS_URL = /url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g;

/** Every url(…) of a stylesheet passed through `visit`. */
export function mapCssUrls(css: string, visit: UrlVisitor): string {
  return css.replace(CSS_URL, (_, quote: string, url: string) => `url(${quote}${visit(url, { kind: 'css' })}${quote})`);
}

function mapJson(value: unknown, visit: UrlVisitor): unknown {
  if (typeof value === 'string') return visit(value, { kind: 'json' });
  if (Array.isArray(value)) return value.map((item) => mapJson(item, visit));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapJson(item, visit)]));
  }
  return value;
}

export function isJsonScript(element: HTMLElement): boolean {
  return /^application\/(ld\+)?json\b/i.test(element.getAttribute('type') ?? '');
}

/** An attribute's value with its URLs passed through `visit` (srcset lists several). */
function mapAttribute(name: string, value: string, visit: UrlVisitor): string {
  if (name === 'srcset') {
    return value
      .split(',')
      .map((part) =>
        part.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + visit(url, { kind: 'attribute', name })),
      )
      .join(',');
  }
  if (name === 'style') return mapCssUrls(value, visit);
  return visit(value, { kind: 'attribute', name });
}

/** Replaces a script's or style's body with text written as it is (not parsed as HTML). */
function setText(element: HTMLElement, text: string): void {
  element.childNodes = [new TextNode(text, element)];
}

/** Every attribute value, CSS url and JSON data string of a parsed page passed through `visit`, in place. */
export function mapParsedUrls(root: HTMLElement, visit: UrlVisitor): void {
  for (const element of root.querySelectorAll('*')) {
    // Raw values, as written in the page: a value the visitor returns unchanged is left alone,
    // and a changed one is written back as it is (entities included).
    for (const [name, value] of Object.entries(element.rawAttributes)) {
      // A bare attribute (async, data-pagefind-boot) holds no URL: the parser gives it no value,
      // whatever its types say.
      if ((value as string | null) === null) continue;
      const next = mapAttribute(name.toLowerCase(), value, visit);
      if (next !== value) element.setAttribute(name, next);
    }
    const tag = element.tagName;
    if (tag === 'STYLE') {
      const css = element.rawText;
      const next = mapCssUrls(css, visit);
      if (next !== css) setText(element, next);
    } else if (tag === 'SCRIPT' && isJsonScript(element) && element.rawText.trim() !== '') {
      setText(element, inlineJson(mapJson(JSON.parse(element.rawText) as unknown, visit)));
    }
  }
}

/** The page with every attribute value, CSS url and JSON data string passed through `visit`. */
export function mapPageUrls(html: string, visit: UrlVisitor): string {
  const root = parsePage(html);
  mapParsedUrls(root, visit);
  return root.toString();
}

export interface PageScript {
  src: string | null;
  type: string | null;
  code: string;
}

/** The code of every inline script that is code (not JSON data), and the src of every script, with its type. */
export function parsedPageScripts(root: HTMLElement): PageScript[] {
  return root
    .querySelectorAll('script')
    .filter((script) => !isJsonScript(script))
    .map((script) => ({
      src: script.getAttribute('src') ?? null,
      type: script.getAttribute('type') ?? null,
      code: script.rawText,
    }));
}

export function pageScripts(html: string): PageScript[] {
  return parsedPageScripts(parsePage(html));
}

/** The files the page's scripts load later (src/lib/loaded-later.ts), as the page names them. */
export function loadedLaterFiles(root: HTMLElement): string[] {
  return LOADED_LATER_ATTRIBUTES.flatMap((name) =>
    root.querySelectorAll(`[${name}]`).map((element) => element.getAttribute(name)!),
  );
}
