import { describe, expect, it } from 'vitest';
import { cspHash, rehashPolicy } from '../../../integrations/lib/folder/style-hashes.ts';
import { toFolderPage } from '../../../integrations/lib/folder/folder-page.ts';

// SHA-256 of the empty string, base64: the standard test vector (and a hash Astro emits).
const EMPTY = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe('cspHash', () => {
  it('is the quoted sha256 source expression a browser compares an inline block with', () => {
    expect(cspHash('')).toBe(EMPTY);
    expect(cspHash('a{}')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(cspHash('a{}')).not.toBe(cspHash('a{ }'));
  });
});

describe('rehashPolicy', () => {
  const before = '@font-face{src:url(/_astro/f.woff2)}';
  const after = '@font-face{src:url(../_astro/f.woff2)}';

  it('puts the hash of the rewritten text where the original was, and leaves every other source alone', () => {
    const policy = `default-src 'self';img-src 'self' data:; style-src 'self' ${cspHash(before)} ${EMPTY};`;
    expect(rehashPolicy(policy, [{ before, after }])).toBe(
      `default-src 'self';img-src 'self' data:; style-src 'self' ${cspHash(after)} ${EMPTY};`,
    );
  });

  it('changes nothing when no text changed', () => {
    expect(rehashPolicy("style-src 'self'", [])).toBe("style-src 'self'");
  });
});

describe('toFolderPage and the page policy', () => {
  it("rewrites a <style>'s url()s and names the new hash in the page's policy", () => {
    const css = '@font-face{src:url(/_astro/f.woff2)}';
    const page = `<html><head><meta http-equiv="content-security-policy" content="style-src 'self' ${cspHash(css)};"><style>${css}</style></head><body></body></html>`;
    const folder = toFolderPage('en/map/index.html', page);
    const rewritten = '@font-face{src:url(../../_astro/f.woff2)}';
    expect(folder).toContain(`<style>${rewritten}</style>`);
    expect(folder).toContain(`content="style-src 'self' ${cspHash(rewritten)};"`);
  });
});
