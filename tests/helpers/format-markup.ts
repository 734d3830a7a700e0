// Prints an element tree one element a line, indented by depth, so a snapshot of rendered SVG
// reads (and diffs) line by line. Walks the DOM nodes rather than re-parsing markup: attributes
// keep their order, and an element holding only text stays on one line (<text …>2012</text>).
const INDENT = '  ';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function openTag(element: Element): string {
  const attributes = [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  return `<${element.tagName.toLowerCase()}${attributes}`;
}

function lines(element: Element, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  const tag = element.tagName.toLowerCase();
  const children = [...element.childNodes].filter(
    (n) => n.nodeType === 1 || (n.nodeType === 3 && n.textContent !== ''),
  );
  if (children.length === 0) return [`${pad}${openTag(element)} />`];
  if (children.every((n) => n.nodeType === 3))
    return [`${pad}${openTag(element)}>${escapeText(element.textContent ?? '')}</${tag}>`];
  return [
    `${pad}${openTag(element)}>`,
    ...children.flatMap((n) =>
      n.nodeType === 1 ? lines(n as Element, depth + 1) : [`${pad}${INDENT}${escapeText(n.textContent ?? '')}`],
    ),
    `${pad}</${tag}>`,
  ];
}

/** The element and everything in it, one element a line, with a final newline. */
export function formatMarkup(element: Element): string {
  return lines(element, 0).join('\n') + '\n';
}
