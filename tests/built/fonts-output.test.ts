// The fonts as the built site declares them (src/styles/fonts.css, integrations/font-fallbacks.ts):
// only the intended web faces, WOFF2 with a unicode-range each; every one with local stand-ins of
// the same weight, style and range, sized by the four override descriptors; every stand-in named in
// a font stack and every fallback name of a stack declared; the embedded views with no web font.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import postcss from 'postcss';
import { familyNames, fontFaceRules, type FontFaceRule } from '../../integrations/lib/fonts/font-faces.ts';
import { create, type Font } from 'fontkitten';
import { ARABIC_CORE } from '../../integrations/lib/fonts/arabic-core.ts';
import {
  type CodeRange,
  inRanges,
  normalizeRanges,
  parseUnicodeRange,
  subtractRanges,
} from '../../integrations/lib/fonts/unicode-ranges.ts';
import { assertBuilt, distPages, resolveInDist } from '../helpers/dist.ts';

assertBuilt();

/** The faces the site means to load, with the file each loads (hash left out): anything else is a
 * face no page needs, or a missing one. Naskh comes as the core the site's Arabic uses and the rest. */
const INTENDED = [
  'Noto Naskh Arabic 400 normal: noto-naskh-arabic-core-400-normal',
  'Noto Naskh Arabic 400 normal: noto-naskh-arabic-arabic-400-normal',
  'Noto Naskh Arabic 700 normal: noto-naskh-arabic-core-700-normal',
  'Noto Naskh Arabic 700 normal: noto-naskh-arabic-arabic-700-normal',
  'Source Serif 4 400 italic: source-serif-4-latin-400-italic',
  'Source Serif 4 400 normal: source-serif-4-latin-400-normal',
  'Source Serif 4 700 normal: source-serif-4-latin-700-normal',
];
const FALLBACK = ' fallback: ';
const OVERRIDES = ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override'];

const key = (face: FontFaceRule) => `${face.family} ${face.weight} ${face.style}`;
/** "/_astro/noto-naskh-arabic-core-400-normal.DBEPoV8g.woff2" → "noto-naskh-arabic-core-400-normal". */
const fileStem = (url: string) => posix.basename(url).split('.')[0]!;
const webKey = (face: FontFaceRule) => `${key(face)}: ${fileStem(face.urls[0] ?? '')}`;

const pages = distPages().filter(({ file }) => !file.startsWith('download/'));

/** The CSS a page gets: its linked stylesheets and its inline <style> blocks. */
function pageCss(doc: (typeof pages)[number]['doc']): string[] {
  const linked = doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => readFileSync(resolveInDist(link.getAttribute('href')!)!, 'utf8'));
  return [...linked, ...doc.querySelectorAll('style').map((style) => style.rawText)];
}

const facesOf = (doc: (typeof pages)[number]['doc']) =>
  pageCss(doc).flatMap((css) => fontFaceRules(postcss.parse(css)).map(({ face }) => face));

const sheets = new Set(pages.flatMap(({ doc }) => pageCss(doc)));
const roots = [...sheets].map((css) => postcss.parse(css));
const faces = roots.flatMap((root) => fontFaceRules(root).map(({ face }) => face));
const webFaces = [...new Map(faces.filter((f) => f.urls.length > 0).map((f) => [webKey(f), f])).values()];
const fallbackFaces = faces.filter((f) => f.urls.length === 0 && f.family.includes(FALLBACK));

/** Every family a font stack names: font-family declarations and the custom properties they use. */
const stackNames = new Set(
  roots.flatMap((root) => {
    const names: string[] = [];
    root.walkDecls((decl) => {
      if (decl.prop === 'font-family' || decl.prop.startsWith('--')) names.push(...familyNames(decl.value));
    });
    return names;
  }),
);

describe('the web fonts', () => {
  it('are the intended faces, no more', () => {
    expect(webFaces.map(webKey).sort()).toEqual([...INTENDED].sort());
  });

  it('are each one WOFF2 file that exists, with a unicode-range, swapped in when loaded', () => {
    for (const face of webFaces) {
      expect(face.urls, key(face)).toHaveLength(1);
      expect(face.urls[0], key(face)).toMatch(/\.woff2$/);
      expect(resolveInDist(face.urls[0]!), key(face)).not.toBeNull();
      expect(face.unicodeRange, key(face)).toMatch(/^U\+/);
      expect(face.descriptors.get('font-display'), key(face)).toBe('swap');
    }
  });
});

describe('the local stand-ins', () => {
  it('exist for every web face, in its weight, style and range, sized by the four overrides', () => {
    for (const web of webFaces) {
      const own = fallbackFaces.filter(
        (f) =>
          f.family.startsWith(web.family + FALLBACK) &&
          f.weight === web.weight &&
          f.style === web.style &&
          f.unicodeRange === web.unicodeRange,
      );
      expect(own.length, key(web)).toBeGreaterThan(0);
      for (const face of own) {
        expect(face.locals.length, key(face)).toBeGreaterThan(0);
        expect(face.unicodeRange, key(face)).toBe(web.unicodeRange);
        for (const descriptor of OVERRIDES)
          expect(face.descriptors.get(descriptor), `${key(face)} ${descriptor}`).toMatch(/^\d+(\.\d+)?%$/);
      }
    }
  });

  it('are named in the font stacks, and the stacks name no stand-in that is not declared', () => {
    const declared = new Set(fallbackFaces.map((f) => f.family));
    const named = new Set([...stackNames].filter((name) => name.includes(FALLBACK)));
    expect([...declared].sort()).toEqual([...named].sort());
  });
});

/** The custom properties the sheets set, to read a stack that names its stand-ins through them. */
const properties = new Map<string, string>();
for (const root of roots)
  root.walkDecls(/^--/, (decl) => {
    properties.set(decl.prop, decl.value);
  });
/** A font-family value's names, each var(--x) replaced by the names it stands for. */
const expand = (value: string): string[] =>
  familyNames(value).flatMap((name) => {
    const variable = /^var\((--[\w-]+)\)$/.exec(name)?.[1];
    return variable ? expand(properties.get(variable) ?? '') : [name];
  });

describe('Arabic text', () => {
  it('is set in Naskh first, spaces included, then in Naskh’s stand-ins, before any Latin face', () => {
    const arabicStacks = roots.flatMap((root) => {
      const stacks: string[][] = [];
      root.walkDecls('--font-text', (decl) => {
        if ((decl.parent as { selector?: string }).selector?.includes(':lang(ar)')) stacks.push(expand(decl.value));
      });
      return stacks;
    });
    expect(arabicStacks.length).toBeGreaterThan(0);
    for (const stack of arabicStacks) {
      const latin = stack.indexOf('Source Serif 4');
      expect(stack[0]).toBe('Noto Naskh Arabic');
      expect(stack.slice(1, latin).every((name) => name.startsWith('Noto Naskh Arabic' + FALLBACK))).toBe(true);
      expect(latin).toBeGreaterThan(1);
    }
    for (const face of webFaces.filter((f) => fileStem(f.urls[0]!).includes('-core-')))
      expect(face.unicodeRange!.split(/\s*,\s*/), key(face)).toContain('U+20');
  });
});

const site = pages.filter(({ file }) => !file.startsWith('embed/'));

describe('the pages', () => {
  const embeds = pages.filter(({ file }) => file.startsWith('embed/'));

  it('of the full site get the web fonts, and the embedded views none', () => {
    expect(site.length).toBeGreaterThan(50);
    expect(embeds.length).toBeGreaterThan(0);
    for (const { file, doc } of site) {
      expect(
        facesOf(doc)
          .filter((f) => f.urls.length)
          .map(webKey)
          .sort(),
        file,
      ).toEqual([...INTENDED].sort());
    }
    for (const { file, doc } of embeds) expect(facesOf(doc), file).toEqual([]);
  });
});

describe('Naskh in two parts', () => {
  const naskh = webFaces.filter((f) => f.family === 'Noto Naskh Arabic');
  const weights = [...new Set(naskh.map((f) => f.weight))];
  const core = (weight: number) => naskh.find((f) => f.weight === weight && fileStem(f.urls[0]!).includes('-core-'))!;
  const rest = (weight: number) => naskh.find((f) => f.weight === weight && !fileStem(f.urls[0]!).includes('-core-'))!;

  it('cover together what the whole font’s Arabic subset covers, with no character in both', () => {
    expect(weights.length).toBeGreaterThan(0);
    for (const weight of weights) {
      // The package's own stylesheet for the weight: its face for the whole Arabic subset.
      const whole = fontFaceRules(
        postcss.parse(readFileSync(`node_modules/@fontsource/noto-naskh-arabic/${weight}.css`, 'utf8')),
      ).find(({ face }) => face.urls.some((url) => url.endsWith(`arabic-${weight}-normal.woff2`)))!.face;
      const coreRanges = parseUnicodeRange(core(weight).unicodeRange!);
      const restRanges = parseUnicodeRange(rest(weight).unicodeRange!);
      expect(coreRanges, `${weight}: the core is ARABIC_CORE`).toEqual(normalizeRanges(ARABIC_CORE));
      expect(subtractRanges(coreRanges, restRanges), `${weight}: no overlap`).toEqual(coreRanges);
      // Plus the two spaces, which fonts.css gives Naskh (see there).
      const spaces: CodeRange[] = [
        [0x20, 0x20],
        [0xa0, 0xa0],
      ];
      expect(normalizeRanges([...coreRanges, ...restRanges]), `${weight}: nothing lost`).toEqual(
        normalizeRanges([...parseUnicodeRange(whole.unicodeRange!), ...spaces]),
      );
    }
  });

  it('has a small core with a glyph for every character its range claims', () => {
    for (const weight of weights) {
      const file = resolveInDist(core(weight).urls[0]!)!;
      const bytes = readFileSync(file);
      expect(bytes.length, file).toBeLessThanOrEqual(16 * 1024);
      const font = create(bytes) as Font;
      for (const [first, last] of ARABIC_CORE)
        for (let cp = first; cp <= last; cp++)
          expect(font.hasGlyphForCodePoint(cp), `${file} U+${cp.toString(16).toUpperCase()}`).toBe(true);
    }
  });

  it('keeps in the core every Arabic character the pages show, so no page needs the rest', () => {
    const arabicScript = parseUnicodeRange(rest(weights[0]!).unicodeRange!);
    const outside = new Map<string, string>();
    for (const { file, doc } of site)
      for (const char of doc.querySelector('body')?.textContent ?? '')
        if (inRanges(arabicScript, char.codePointAt(0)!)) outside.set(char, file);
    expect(
      [...outside].map(([char, file]) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()} in ${file}`),
      'add the character to integrations/lib/fonts/arabic-core.ts and the core faces in src/styles/fonts.css',
    ).toEqual([]);
  });
});
