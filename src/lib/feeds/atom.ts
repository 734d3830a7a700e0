// An Atom 1.0 feed (RFC 4287) as data, written through the XML writer (xml.ts), so every title,
// summary and note is escaped. Text constructs are plain text (type "text"): the site's summaries
// and correction notes are text, and a reader shows them as such.
import { xmlDocument, type XmlElement, type XmlNode } from './xml.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface AtomEntry {
  /** A permanent, unique IRI: the page's permalink, or the permalink and a fragment. */
  id: string;
  title: string;
  /** RFC 3339, e.g. "2026-12-05T00:00:00Z". */
  updated: string;
  /** The page the entry is about (absolute). */
  link: string;
  summary?: string;
  content?: string;
}

export interface AtomFeedData {
  /** The feed's own permanent IRI. */
  id: string;
  title: string;
  subtitle?: string;
  /** BCP 47 language of the feed's text, as xml:lang. */
  lang: string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The web page the feed follows (rel="alternate"). */
  alternate: string;
  author: { name: string; uri?: string };
  /** The licence, in words (<rights>); `license` is its address (RFC 4946). */
  rights: string;
  license?: string;
  /** When there are no entries, the feed's <updated>; otherwise the newest entry's. */
  updatedWhenEmpty: string;
  entries: readonly AtomEntry[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkDate(value: string, what: string): string {
  if (!RFC3339.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`${what}: not an RFC 3339 date-time: "${value}"`);
  return value;
}

const text = (name: string, value: string): XmlElement => ({ name, attributes: { type: 'text' }, children: [value] });
const plain = (name: string, value: string): XmlElement => ({ name, children: [value] });
const link = (href: string, rel: string, type?: string): XmlElement => ({
  name: 'link',
  attributes: { rel, type, href },
});

/** The newest of the entries' dates, compared as instants. */
export function newestUpdate(entries: readonly Pick<AtomEntry, 'updated'>[]): string | undefined {
  let newest: string | undefined;
  for (const { updated } of entries) if (!newest || Date.parse(updated) > Date.parse(newest)) newest = updated;
  return newest;
}

function entryElement(entry: AtomEntry): XmlElement {
  const children: XmlNode[] = [
    plain('id', entry.id),
    text('title', entry.title),
    plain('updated', checkDate(entry.updated, `entry ${entry.id}`)),
    link(entry.link, 'alternate', 'text/html'),
  ];
  if (entry.summary !== undefined) children.push(text('summary', entry.summary));
  if (entry.content !== undefined) children.push(text('content', entry.content));
  return { name: 'entry', children };
}

/** The feed as an XML document. */
export function atomFeed(feed: AtomFeedData): string {
  const updated = newestUpdate(feed.entries) ?? feed.updatedWhenEmpty;
  const author: XmlNode[] = [plain('name', feed.author.name)];
  if (feed.author.uri) author.push(plain('uri', feed.author.uri));
  const children: XmlNode[] = [
    plain('id', feed.id),
    text('title', feed.title),
    ...(feed.subtitle === undefined ? [] : [text('subtitle', feed.subtitle)]),
    plain('updated', checkDate(updated, 'feed')),
    link(feed.self, 'self', 'application/atom+xml'),
    link(feed.alternate, 'alternate', 'text/html'),
    ...(feed.license ? [link(feed.license, 'license')] : []),
    { name: 'author', children: author },
    text('rights', feed.rights),
    ...feed.entries.map(entryElement),
  ];
  return xmlDocument({ name: 'feed', attributes: { xmlns: ATOM_NS, 'xml:lang': feed.lang }, children });
}
