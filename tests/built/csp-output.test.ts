// Every built page, in the web edition and in the folder edition's archive, carries the strict
// policy of src/lib/csp.ts in its <meta>, and gives it nothing to refuse: no inline script that
// runs, no event-handler or style attribute, every inline <style> allowed by its hash. The
// browser test (tests/browser/csp.test.ts) checks what the scripts do under it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, DIST, distFiles } from '../helpers/dist.ts';
import { isJsonScript, parsePage } from '../../integrations/lib/folder/page-urls.ts';
import { cspHash } from '../../integrations/lib/folder/style-hashes.ts';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';
import { CSP_STREET_TILES, CSP_WASM, STREET_TILE_ORIGIN } from '../../src/lib/csp.ts';

assertBuilt();

/** A page's policy as directive → sources. */
function policyOf(doc: HTMLElement): Map<string, string[]> {
  const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
  expect(metas.length).toBe(1);
  return new Map(
    metas[0]!
      .getAttribute('content')!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const webPages = distFiles()
  .filter((f) => f.endsWith('.html') && !f.startsWith('download/'))
  .map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));
const folderPages = Object.entries(unzipSync(readFileSync(join(DIST, ARCHIVE_FILE))))
  .filter(([name]) => name.endsWith('.html'))
  .map(([name, bytes]) => ({ file: name.slice(ARCHIVE_FOLDER.length + 1), html: new TextDecoder().decode(bytes) }));

describe.each([
  ['the web edition', webPages],
  ['the folder edition', folderPages],
] as const)('the policy of every page of %s', (_, pages) => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('is strict: scripts and styles from the site only, nothing inline unless hashed, no plugin, no <base>', () => {
    for (const { file, html } of pages) {
      const policy = policyOf(parsePage(html));
      expect(policy.get('default-src'), file).toEqual(["'self'"]);
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
      expect(policy.get('base-uri'), file).toEqual(["'none'"]);
      const scripts = policy.get('script-src')!;
      const styles = policy.get('style-src')!;
      for (const sources of [scripts, styles]) {
        expect(sources[0], file).toBe("'self'");
        expect(sources, file).not.toContain("'unsafe-inline'");
        expect(sources, file).not.toContain("'unsafe-eval'");
        // Nothing but 'self', hashes, and the search page's WebAssembly.
        expect(
          sources.filter((s) => s !== "'self'" && s !== CSP_WASM && !s.startsWith("'sha256-")),
          file,
        ).toEqual([]);
      }
      expect(scripts.includes(CSP_WASM), file).toBe(/(^|\/)search\/index\.html$/.test(file));
    }
  });

  it('lets the street map’s tiles in only where the page offers the street map', () => {
    for (const { file, html } of pages) {
      const doc = parsePage(html);
      const offered = doc.querySelector('[data-street-toggle]') !== null;
      expect(policyOf(doc).get('img-src')!.includes(STREET_TILE_ORIGIN), file).toBe(offered);
    }
    expect(CSP_STREET_TILES).toBe(`img-src ${STREET_TILE_ORIGIN}`);
  });

  it('gives the policy nothing to refuse: no inline script, no on… or style attribute, every <style> hashed', () => {
    for (const { file, html } of pages) {
      const doc = parsePage(html);
      const styles = policyOf(doc).get('style-src')!;
      for (const script of doc.querySelectorAll('script')) {
        if (isJsonScript(script) || script.closest('template')) continue;
        expect(script.getAttribute('src'), `${file}: an inline script`).toBeTruthy();
      }
      for (const element of doc.querySelectorAll('*')) {
        if (element.closest('template')) continue;
        const names = Object.keys(element.rawAttributes).map((n) => n.toLowerCase());
        expect(
          names.filter((n) => n === 'style' || n.startsWith('on')),
          `${file}: <${element.rawTagName}>`,
        ).toEqual([]);
      }
      for (const style of doc.querySelectorAll('style'))
        expect(styles, `${file}: a <style> not in style-src`).toContain(cspHash(style.rawText));
    }
  });

  it('keeps the referrer rule in the page', () => {
    for (const { file, html } of pages)
      expect(parsePage(html).querySelector('meta[name="referrer"]')?.getAttribute('content'), file).toBe('no-referrer');
  });
});
