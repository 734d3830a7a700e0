// A tiny XML writer for the files the site builds as XML (the Atom feeds): elements are data, and
// every text and attribute value is escaped on the way out, so nothing a content file says can end
// an element, open a new one or break the document. Never build XML by joining strings.

/** An element: its name, its attributes (undefined ones are left out) and its children. */
export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string | undefined>>;
  children?: readonly XmlNode[];
}
/** A child: an element, or text. */
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

// Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return;
// lone surrogates; U+FFFE and U+FFFF): a parser stops at them, even escaped, so they are dropped.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ENTITIES: Record<string, string> = {
  ...TEXT_ENTITIES,
  '"': '&quot;',
  // Line breaks and tabs in an attribute would be read back as spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text as element content: `&`, `<` and `>` escaped, characters XML forbids dropped. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>]/g, (ch) => TEXT_ENTITIES[ch]!);
}

/** Text as a double-quoted attribute value. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ENTITIES[ch]!);
}

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not an XML name: "${name}"`);
  return name;
}

function writeNode(node: XmlNode): string {
  if (typeof node === 'string') return escapeXmlText(node);
  const name = checkName(node.name);
  const attributes = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${checkName(key)}="${escapeXmlAttribute(value)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `<${name}${attributes}/>`;
  return `<${name}${attributes}>${children.map(writeNode).join('')}</${name}>`;
}

/** A whole document: the XML declaration (UTF-8), then the root element. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${writeNode(root)}\n`;
}
