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

const unquote = (text: string) => (/^(['"]).*\1$/s.test(text) ? text.slice(1, -1) : text);

/** The argument of `name(…)` in one source of a src list, or undefined if it is not that function. */
function functionArgument(source: string, name: 'url' | 'local'): string | undefined {
  const call = list.space(source)[0] ?? '';
  if (!call.toLowerCase().startsWith(`${name}(`) || !call.endsWith(')')) return undefined;
  return unquote(call.slice(name.length + 1, -1).trim());
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
    family: unquote(descriptors.get('font-family') ?? ''),
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

/** Every @font-face of a stylesheet's text. */
export function readFontFaces(css: string): FontFaceRule[] {
  return fontFaceRules(postcss.parse(css)).map(({ face }) => face);
}
