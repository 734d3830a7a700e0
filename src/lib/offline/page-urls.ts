// Walks every URL-like value in a built page and lets the caller replace it: tag attributes,
// CSS url() in <style> and style="", and the strings of inline JSON data
// (<script type="application/json">, read by the timeline, the map and the search). Used both to
// rewrite the folder edition and to check it, so the two can never look at different places.
import { inlineJson } from '../inline-json.ts';

/** Where a value was found: an attribute (by name), CSS, or a JSON data string. */
export type UrlPlace = { kind: 'attribute'; name: string } | { kind: 'css' } | { kind: 'json' };
export type UrlVisitor = (value: string, place: UrlPlace) => string;

const CSS_URL = /url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g;

/** Every url(…) of a stylesheet passed through `visit`. */
export function mapCssUrls(css: string, visit: UrlVisitor): string {
  return css.replace(CSS_URL, (_, quote: string, url: string) => `url(${quote}${visit(url, { kind: 'css' })}${quote})`);
}

function mapJson(value: unknown, visit: UrlVisitor): unknown {
  if (typeof value === 'string') return visit(value, { kind: 'json' });
  if (Array.isArray(value)) return value.map((item) => mapJson(item, visit));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapJson(item, visit)]));
  return value;
}

// A tag with its attributes, quoted or bare. Only applied to markup outside <script> and <style>,
// whose bodies are not HTML.
const TAG = /(<[a-zA-Z][^\s>/]*)((?:\s+[^\s=>]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)(\s*\/?>)/g;
const ONE_ATTRIBUTE = /(\s+)([^\s=>]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi;

function mapAttribute(name: string, raw: string, visit: UrlVisitor): string {
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
  const value = quote ? raw.slice(1, -1) : raw;
  let next: string;
  if (name === 'srcset') {
    next = value.split(',').map((part) => part.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + visit(url, { kind: 'attribute', name }))).join(',');
  } else if (name === 'style') {
    next = mapCssUrls(value, visit);
  } else {
    next = visit(value, { kind: 'attribute', name });
  }
  return `${quote}${next}${quote}`;
}

function mapTags(markup: string, visit: UrlVisitor): string {
  return markup.replace(TAG, (_, open: string, attributes: string, end: string) => {
    const mapped = attributes.replace(ONE_ATTRIBUTE, (whole, space: string, name: string, raw: string | undefined) =>
      raw === undefined ? whole : `${space}${name}=${mapAttribute(name.toLowerCase(), raw, visit)}`,
    );
    return `${open}${mapped}${end}`;
  });
}

export function isJsonScript(openTag: string): boolean {
  return /\btype=["']?application\/(ld\+)?json/i.test(openTag);
}

function mapRawText(open: string, tag: string, body: string, visit: UrlVisitor): string {
  if (tag.toLowerCase() === 'style') return mapCssUrls(body, visit);
  if (isJsonScript(open) && body.trim() !== '') return inlineJson(mapJson(JSON.parse(body) as unknown, visit));
  return body; // code is not rewritten (the archive check rejects code that fetches)
}

/** The page with every attribute value, CSS url and JSON data string passed through `visit`. */
export function mapPageUrls(html: string, visit: UrlVisitor): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open, tag, body, close] = match as unknown as [string, string, string, string, string];
    out += mapTags(html.slice(last, match.index), visit);
    out += mapTags(open, visit) + mapRawText(open, tag, body, visit) + close;
    last = match.index + whole.length;
  }
  return out + mapTags(html.slice(last), visit);
}

/** The code of every inline classic script (not JSON data), and the src of every script, with its type. */
export function pageScripts(html: string): { src: string | null; type: string | null; code: string }[] {
  const scripts: { src: string | null; type: string | null; code: string }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', code = ''] = match;
    if (isJsonScript(`<script${attributes}>`)) continue;
    const attr = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
    const src = attr('src');
    const type = attr('type');
    scripts.push({ src: src ? (src[1] ?? src[2] ?? src[3] ?? '') : null, type: type ? (type[1] ?? type[2] ?? type[3] ?? '') : null, code });
  }
  return scripts;
}
