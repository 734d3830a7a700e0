// The oEmbed document of an embeddable page (https://oembed.com/, type "rich"): what WordPress
// and other consumers read after finding the page's <link rel="alternate" type="application/json+oembed">.
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, embedSnippet } from './snippet.ts';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OEmbedInput {
  /** The site's public address: "https://example.org" or "https://user.github.io/repo". */
  site: string;
  /** The embed view's path from the site's root, "/embed/ar/events/x/". */
  embedPath: string;
  title: string;
  providerName: string;
  width?: number;
  height?: number;
  thumbnail?: { url: string; width: number; height: number };
}

export function oembedDocument(input: OEmbedInput): OEmbedRich {
  const site = input.site.replace(/\/+$/, '');
  const width = input.width ?? DEFAULT_WIDTH;
  const height = input.height ?? DEFAULT_HEIGHT;
  const doc: OEmbedRich = {
    version: '1.0',
    type: 'rich',
    // Consumers paste this html as it is; the host script is left out, since most strip scripts
    // and the frame is usable (it scrolls) at the given height.
    html: embedSnippet({ site, path: input.embedPath, title: input.title, width, height }),
    width,
    height,
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${site}/`,
  };
  if (input.thumbnail) {
    doc.thumbnail_url = input.thumbnail.url;
    doc.thumbnail_width = input.thumbnail.width;
    doc.thumbnail_height = input.thumbnail.height;
  }
  return doc;
}

/** The fields the oEmbed spec requires of a "rich" response, and their types. */
export function oembedProblems(doc: unknown): string[] {
  if (typeof doc !== 'object' || doc === null) return ['not an object'];
  const d = doc as Record<string, unknown>;
  const problems: string[] = [];
  if (d.version !== '1.0') problems.push('version must be "1.0"');
  if (d.type !== 'rich') problems.push('type must be "rich"');
  if (typeof d.html !== 'string' || !d.html) problems.push('html is required');
  for (const key of ['width', 'height'] as const)
    if (!Number.isInteger(d[key]) || (d[key] as number) <= 0) problems.push(`${key} must be a positive integer`);
  for (const key of ['title', 'provider_name', 'provider_url'] as const)
    if (d[key] !== undefined && typeof d[key] !== 'string') problems.push(`${key} must be a string`);
  // Thumbnail fields come all three or not at all.
  const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => d[k] !== undefined);
  if (thumb.length !== 0 && thumb.length !== 3)
    problems.push('thumbnail_url, thumbnail_width and thumbnail_height go together');
  return problems;
}
