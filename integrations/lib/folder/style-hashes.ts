// Each page's Content-Security-Policy (the <meta> Astro writes, src/lib/csp.ts) allows its inline
// <style> blocks by the hash of their text. The folder edition rewrites the url()s inside some of
// them (the fonts' addresses become relative), which changes their hash, and the browser would
// then refuse those styles. This writes the new hashes in place of the old, so the folder edition
// keeps the web edition's policy, no weaker (docs/security.md).
import { createHash } from 'node:crypto';
import type { HTMLElement } from 'node-html-parser';

const POLICY_SELECTOR = 'meta[http-equiv="content-security-policy"]';

/** A policy's source expression for `text`: what the browser compares an inline block with. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface TextChange {
  before: string;
  after: string;
}

/** `policy` with the hash of each changed text replaced by the hash of what it became. */
export function rehashPolicy(policy: string, changes: TextChange[]): string {
  const renamed = new Map(changes.map(({ before, after }) => [cspHash(before), cspHash(after)]));
  if (renamed.size === 0) return policy;
  return policy
    .split(';')
    .map((directive) =>
      directive
        .split(' ')
        .map((token) => renamed.get(token) ?? token)
        .join(' '),
    )
    .join(';');
}

/** The text of every inline <style> of a parsed page, in order. */
export function styleTexts(root: HTMLElement): string[] {
  return root.querySelectorAll('style').map((style) => style.rawText);
}

/** After the page's styles went from `before` (styleTexts, same order) to what they are now,
 * its policy allows them again. */
export function rehashPageStyles(root: HTMLElement, before: string[]): void {
  const meta = root.querySelector(POLICY_SELECTOR);
  const policy = meta?.getAttribute('content');
  if (!meta || !policy) return;
  const after = styleTexts(root);
  if (after.length !== before.length) throw new Error('rehashPageStyles: the page gained or lost a <style> block');
  const changes = before.map((text, i) => ({ before: text, after: after[i]! })).filter((c) => c.before !== c.after);
  meta.setAttribute('content', rehashPolicy(policy, changes));
}
