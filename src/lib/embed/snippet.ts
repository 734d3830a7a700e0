// The <iframe> snippet a teacher copies, built from the same options as the view reads.
import { embedQuery, type EmbedParams } from './params.ts';

/** What the sandbox allows: scripts (the view's own), and new tabs for "open in the full site". */
export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

export interface SnippetOptions {
  /** The site's public address, no trailing slash: its origin ("https://example.org"), with its
   * path when it is served under one ("https://user.github.io/repo"). */
  site: string;
  /** The embed page's path from the site's root (without a base path), "/embed/en/timeline/". */
  path: string;
  params?: Partial<EmbedParams>;
  /** A deep link inside the view: "#tadamon-massacre" or "#from=2013&to=2014". */
  hash?: string;
  title: string;
  width?: number;
  height?: number;
  /** Add the host script that sizes the frame to its content. */
  autoHeight?: boolean;
}

export const DEFAULT_WIDTH = 720;
export const DEFAULT_HEIGHT = 600;

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSrc(options: Pick<SnippetOptions, 'site' | 'path' | 'params' | 'hash'>): string {
  const hash =
    options.hash && options.hash !== '#' ? (options.hash.startsWith('#') ? options.hash : `#${options.hash}`) : '';
  return `${options.site.replace(/\/+$/, '')}${options.path}${embedQuery(options.params ?? {})}${hash}`;
}

export function embedSnippet(options: SnippetOptions): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const iframe =
    `<iframe src="${escapeAttr(embedSrc(options))}" title="${escapeAttr(options.title)}" width="${width}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer" sandbox="${SANDBOX}"></iframe>`;
  if (!options.autoHeight) return iframe;
  return `${iframe}\n<script src="${escapeAttr(options.site.replace(/\/+$/, ''))}/embed.js" async></script>`;
}
