// The messages an embedded view sends to the page that hosts it, and the host's check of them.
// Two shapes, both carrying the height in CSS pixels of the whole view:
//   { type: "syria-evidence:embed-height", version: 1, height: 812 }   read by /embed.js
//   { subject: "lti.frameResize", height: 812 }                       read by Canvas
// The height is not secret, so the view posts to any parent ("*"); the host script decides
// whom to trust (only the iframe it sized, see src/host/embed.ts).
export const MESSAGE_TYPE = 'syria-evidence:embed-height';
export const MESSAGE_VERSION = 1;
/** Heights outside this range are not a real page: ignored. */
export const MAX_HEIGHT = 50_000;

export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  version: typeof MESSAGE_VERSION;
  height: number;
}

export interface CanvasResizeMessage {
  subject: 'lti.frameResize';
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: MESSAGE_TYPE, version: MESSAGE_VERSION, height: Math.ceil(height) };
}

export function canvasResizeMessage(height: number): CanvasResizeMessage {
  return { subject: 'lti.frameResize', height: Math.ceil(height) };
}

/** The height a message asks for, or null for anything that is not one of ours, well formed. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== MESSAGE_TYPE || m.version !== MESSAGE_VERSION) return null;
  const h = m.height;
  if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > MAX_HEIGHT) return null;
  return Math.ceil(h);
}

/** The host script's question to a view it found (it may load after the view sent its height). */
export const HELLO_TYPE = 'syria-evidence:embed-hello';

export function helloMessage(): { type: typeof HELLO_TYPE; version: typeof MESSAGE_VERSION } {
  return { type: HELLO_TYPE, version: MESSAGE_VERSION };
}

export function isHelloMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === HELLO_TYPE;
}
