// Reading @font-face rules: the descriptors fonts.css gives each web font face, and the files
// they load. Shared by the build (which adds the local stand-ins after them) and the tests of the
// built CSS.
import postcss, { list, type AtRule, type Root } from 'postcss';

export interface FontFaceRule {
  family: string;
  weight: number;
  style: string;
  unicodeRange: string | undefined;
  /** The url() sources, in order; none for a face of local fonts. */
  urls: string[];
  /** The local() sources, in order. */
  locals: string[];
  /** Every descriptor, by name (lower case), as written. */
  descriptors: Map<string, string>;
}

/** A CSS escape's character: `\:` is ":", `\3A ` is ":" too (minifiers write both). */
const unescape = (text: string) =>
  text.replace(/\\(?:([0-9a-f]{1,6})\s?|(.))/gis, (_, hex?: string, char?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : char!,
  );

/** A family or local() name as written: a quoted string, or an unquoted run of identifiers. */
export function cssName(text: string): string {
  const trimmed = text.trim();
  return unescape(/^(['"]).*\1$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed.replace(/\s+/g, ' '));
}

/** The argument of `name(…)` at the start of one source of a src list (`url(a.woff2) format(…)`,
 * or minified `url(a.woff2)format(…)`), or undefined if the source is not that function. */
function functionArgument(source: string, name: 'url' | 'local'): string | undefined {
  const text = source.trim();
  if (!text.toLowerCase().startsWith(`${name}(`)) return undefined;
  let quote: string | undefined;
  for (let i = name.length + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (quote) quote = c === quote ? undefined : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === ')') return cssName(text.slice(name.length + 1, i));
  }
  return undefined;
}

function readRule(rule: AtRule): FontFaceRule {
  const descriptors = new Map<string, string>();
  rule.walkDecls((decl) => {
    // A long value may be written over several lines.
    descriptors.set(decl.prop.toLowerCase(), decl.value.replace(/\s+/g, ' '));
  });
  const sources = list.comma(descriptors.get('src') ?? '');
  const weight = descriptors.get('font-weight') ?? '400';
  return {
    family: cssName(descriptors.get('font-family') ?? ''),
    weight: weight === 'normal' ? 400 : weight === 'bold' ? 700 : Number(weight),
    style: descriptors.get('font-style') ?? 'normal',
    unicodeRange: descriptors.get('unicode-range'),
    urls: sources.flatMap((s) => functionArgument(s, 'url') ?? []),
    locals: sources.flatMap((s) => functionArgument(s, 'local') ?? []),
    descriptors,
  };
}

/** Every @font-face of a parsed stylesheet, in order, with the at-rule itself. */
export function fontFaceRules(root: Root): Array<{ rule: AtRule; face: FontFaceRule }> {
  const found: Array<{ rule: AtRule; face: FontFaceRule }> = [];
  root.walkAtRules(/^font-face$/i, (rule) => {
    found.push({ rule, face: readRule(rule) });
  });
  return found;
}

/** The family names of a font-family value, in order. */
export function familyNames(value: string): string[] {
  return list.comma(value).map(cssName);
}

/** Every @font-face of a stylesheet's text. */
export function readFontFaces(css: string): FontFaceRule[] {
  return fontFaceRules(postcss.parse(css)).map(({ face }) => face);
}
