// Reads an MDX body with the MDX compiler Astro itself uses (Sätteri, through @astrojs/mdx), so
// the content check and the build agree on what the body is: a body that does not compile here
// would not compile in the build either, and the check names the line.
//
// Content is text with footnotes, never code. Only a few elements are allowed (ALLOWED_ELEMENTS),
// each with its own attributes; everything that could run in the reader's browser or in the build
// is refused: other elements (<script>, <img onerror=…>, <iframe>…), `on…` attributes, {…}
// expressions, import/export lines, links whose address is not https:/http: or an in-page #id,
// and images (the site loads nothing from another origin).
import { mdxToJs, mdxToMdast, type MdastNode } from 'satteri';
import { idSchema } from './content-schema.ts';
import { webUrl } from './web-url.ts';

/** What an element may carry: its attributes (each a quoted id) and whether it wraps text. */
export interface ElementRule {
  attributes: readonly ('id' | never)[];
  children: boolean;
}

/**
 * The elements each kind of body may use. They mirror the components the pages hand to
 * <Content components={…} />: Cite everywhere, StandingList, CorrectionsLink and headings with an id (for links
 * such as /about/#standings) on prose pages.
 */
export const ALLOWED_ELEMENTS = {
  event: { Cite: { attributes: ['id'], children: false } },
  classroom: { Cite: { attributes: ['id'], children: false } },
  page: {
    Cite: { attributes: ['id'], children: false },
    StandingList: { attributes: [], children: false },
    // A link to the corrections log, whose address (base path included) only the build knows.
    CorrectionsLink: { attributes: [], children: true },
    h2: { attributes: ['id'], children: true },
  },
} as const satisfies Record<string, Record<string, ElementRule>>;

export type BodyKind = keyof typeof ALLOWED_ELEMENTS;

export interface MdxCite {
  id: string;
  /** 1-based line in the text read (the file's line when the body keeps the front matter's lines). */
  line: number;
  /** Offsets of the whole <Cite … /> in the text read. */
  start: number;
  end: number;
}

export interface MdxFinding {
  line: number;
  message: string;
}

export interface MdxReading {
  /** Every readable <Cite id="…" />, in order of appearance. */
  cites: MdxCite[];
  /** What is wrong, each with the fix; empty for a body that is safe to build. */
  problems: MdxFinding[];
}

const CITE_FIX = 'Fix: write the footnote as <Cite id="source-id" />, with a quoted id from content/sources.json.';
const COMPILE_FIX =
  'Fix: close every tag you open, write a literal "<" or "{" in text as "\\<" or "\\{", and write footnotes as <Cite id="source-id" />.';

/** "3:14: Unexpected character … (mdx-jsx:unexpected-character)" → line and the reason alone. */
function compileFinding(error: unknown): MdxFinding {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(text);
  return {
    line: match ? Number(match[1]) : 1,
    message: `the MDX does not compile: ${match ? match[2] : text}. ${COMPILE_FIX}`,
  };
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

type JsxNode = MdastNode & {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: MdastNode[];
};

/** The problems of one JSX element, given the elements allowed; a valid <Cite> also yields its id. */
function elementFindings(node: JsxNode, allowed: Record<string, ElementRule>): { id?: string; problems: string[] } {
  const name = node.name ?? '';
  const tag = name ? `<${name}>` : 'A fragment <>';
  const handlers = node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name ?? ''));
  if (handlers.length)
    return {
      problems: [
        `${tag} has ${handlers.map((a) => `${a.name}=…`).join(', ')}: an event handler would run script in the reader's browser. Fix: remove it.`,
      ],
    };
  if (name.toLowerCase() === 'script')
    return { problems: ["<script> would run in the reader's browser; content carries no code. Fix: remove it."] };
  const rule = Object.hasOwn(allowed, name) ? allowed[name as keyof typeof allowed] : undefined;
  if (!rule)
    return {
      problems: [
        `${tag} is not allowed in this body (allowed: ${Object.keys(allowed)
          .map((n) => `<${n}>`)
          .join(', ')}). Fix: write it in Markdown, or remove it.`,
      ],
    };

  const problems: string[] = [];
  let id: string | undefined;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push(`${tag} has a {…} spread the check cannot read. ${name === 'Cite' ? CITE_FIX : 'Fix: remove it.'}`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (!(rule.attributes as readonly string[]).includes(attrName)) {
      problems.push(
        `${tag} does not take "${attrName}"${rule.attributes.length ? ` (only ${rule.attributes.join(', ')})` : ''}. ${name === 'Cite' ? CITE_FIX : `Fix: remove ${attrName}.`}`,
      );
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push(
        attribute.value == null
          ? `${tag} has ${attrName} without a value. ${name === 'Cite' ? CITE_FIX : `Fix: write ${attrName}="…".`}`
          : `${tag} has ${attrName}={…}, an expression the check cannot read. ${name === 'Cite' ? CITE_FIX : `Fix: write ${attrName}="…" with quotes.`}`,
      );
      continue;
    }
    if (!idSchema.safeParse(attribute.value).success) {
      problems.push(
        `${tag} has ${attrName}="${short(attribute.value)}", which is not an id (lower-case ASCII letters, digits and single hyphens). ${name === 'Cite' ? CITE_FIX : 'Fix: use an id such as "standings".'}`,
      );
      continue;
    }
    id = attribute.value;
  }
  // One message per element: a missing id is only news when nothing else was wrong.
  for (const required of problems.length ? [] : rule.attributes)
    if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required))
      problems.push(`${tag} has no ${required}. ${name === 'Cite' ? CITE_FIX : `Fix: add ${required}="…".`}`);
  if (!rule.children && node.children.length)
    problems.push(
      `${tag} wraps text, but it stands alone. Fix: close it at once, as ${name === 'Cite' ? '<Cite id="…" />' : `<${name} />`}.`,
    );
  return { id: problems.length === 0 ? id : undefined, problems };
}

function linkFinding(node: MdastNode & { url: string }): string | undefined {
  if (node.url.startsWith('#') && idSchema.safeParse(node.url.slice(1)).success) return undefined;
  if (webUrl(node.url)) return undefined;
  return `the link to "${short(node.url)}" is refused: links go to https:// or http:// addresses, or to a #section of the page. Fix: correct the address.`;
}

/** Reads an MDX text: the footnotes it cites and every problem, without compiling it. */
export function readMdxTree(source: string, kind: BodyKind): MdxReading {
  const allowed: Record<string, ElementRule> = ALLOWED_ELEMENTS[kind];
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    return { cites: [], problems: [compileFinding(error)] };
  }
  const cites: MdxCite[] = [];
  const problems: MdxFinding[] = [];
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    const add = (message: string) => problems.push({ line, message });
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const found = elementFindings(node as JsxNode, allowed);
        found.problems.forEach(add);
        if (found.id && node.name === 'Cite')
          cites.push({ id: found.id, line, start: node.position!.start.offset!, end: node.position!.end.offset! });
        if (found.problems.length) return; // one message per element, not one per child as well
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add('{…} is code that the build would run. Fix: remove the braces, or write a literal "{" as "\\{".');
        return;
      case 'mdxjsEsm':
        add('import and export lines are code. Fix: remove the line; the page provides the components a body may use.');
        return;
      case 'image':
      case 'imageReference':
        add('images are not part of the text (the site loads nothing from other sites). Fix: remove it.');
        return;
      case 'link':
      case 'definition': {
        const message = linkFinding(node as MdastNode & { url: string });
        if (message) add(message);
        break;
      }
    }
    if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(visit);
  };
  visit(tree);
  return { cites, problems };
}

/**
 * Compiles an MDX body as the build does, then reads it: a body that does not compile has one
 * problem, the compiler's, with its line.
 */
export function readMdxBody(source: string, kind: BodyKind): MdxReading {
  try {
    // The same compiler and settings as @astrojs/mdx (jsxImportSource "astro", HTML attribute names).
    mdxToJs(source, { jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  } catch (error) {
    return { cites: [], problems: [compileFinding(error)] };
  }
  return readMdxTree(source, kind);
}

/** Ids cited with <Cite id="…" /> in an MDX text, in order of appearance (a body the check passed). */
export function citedIds(source: string, kind: BodyKind = 'event'): string[] {
  return readMdxTree(source, kind).cites.map((c) => c.id);
}
