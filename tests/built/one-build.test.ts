// `astro build` is the whole build: every step wrote into dist/ (or Astro's cache), the folder
// edition in the archive is the built site's own pages rewritten (not a second build), and no
// generated file landed in a source folder.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { clientEntryPoints } from '../../integrations/client-bundles.ts';
import { listFiles } from '../../integrations/lib/files.ts';
import { toFolderPage } from '../../integrations/lib/folder/folder-page.ts';
import { isWebOnlyFile } from '../../integrations/lib/folder/make-folder-edition.ts';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';
import { assertBuilt, builtName, DIST } from '../helpers/dist.ts';

let archived: Map<string, Uint8Array>;
beforeAll(() => {
  assertBuilt();
  const prefix = `${ARCHIVE_FOLDER}/`;
  archived = new Map(
    Object.entries(unzipSync(readFileSync(join(DIST, ARCHIVE_FILE)))).map(([name, bytes]) => [
      name.slice(prefix.length),
      bytes,
    ]),
  );
});

describe('one astro build', () => {
  it('writes every browser bundle, the basemap, the search index, the archive and the service worker', () => {
    const files = new Set(listFiles(DIST));
    for (const name of Object.keys(clientEntryPoints(process.cwd())))
      expect(files, name).toContain(name.startsWith('js/') ? builtName(`${name}.js`) : `${name}.js`);
    for (const file of [
      builtName('js/basemap.js'),
      builtName('pagefind/pagefind-boot.js'),
      builtName('pagefind/pagefind-entry.json'),
      ARCHIVE_FILE,
      'sw.js',
    ])
      expect(files).toContain(file);
  });

  it("makes the folder edition's pages from the built pages: each is the same page rewritten", () => {
    const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const folderPage = archived.get(file);
      expect(folderPage, file).toBeDefined();
      expect(Buffer.from(folderPage!).toString('utf8'), file).toBe(
        toFolderPage(file, readFileSync(join(DIST, file), 'utf8')),
      );
    }
  });

  it('puts every other file of the site in the folder edition as it is, except what only the web uses', () => {
    for (const file of listFiles(DIST).filter(
      (f) => !f.endsWith('.html') && !f.endsWith('.css') && !isWebOnlyFile(f),
    )) {
      expect(Buffer.compare(Buffer.from(archived.get(file) ?? []), readFileSync(join(DIST, file))), file).toBe(0);
    }
    expect([...archived.keys()].filter(isWebOnlyFile)).toEqual([]);
  });

  it('generates nothing into src/ or public/', () => {
    // Files git does not track there, whether or not an ignore rule would hide them.
    const notTracked = (...flags: string[]) =>
      execFileSync('git', ['ls-files', '--others', '--exclude-standard', ...flags, 'src', 'public'], {
        encoding: 'utf8',
      }).trim();
    expect(notTracked()).toBe('');
    expect(notTracked('--ignored')).toBe('');
    expect(existsSync('public/js')).toBe(false);
  });
});
