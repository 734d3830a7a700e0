// Every built page is valid HTML by the W3C Nu HTML Checker: the web edition in dist/ (pages,
// embedded views, the 404 page) and the folder edition's pages as its archive holds them, since
// integrations/folder-edition.ts rewrites every page. One Java process checks them all.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { assertBuilt, DIST, distFiles } from '../helpers/dist.ts';
import { checkHtml, findJava, formatMessage, isFalsePositive, JAVA_MISSING } from '../helpers/nu-checker.ts';
import { writeFiles } from '../../integrations/lib/files.ts';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';

// About 30 s for the two editions' 300-odd pages on a quiet 2-core machine, more beside the other
// built-output tests: room for a busy one.
const TIMEOUT = 240_000;

let folderEdition: string;
beforeAll(() => {
  assertBuilt();
  folderEdition = mkdtempSync(join(tmpdir(), 'folder-edition-html-'));
  const archive = unzipSync(readFileSync(join(DIST, ARCHIVE_FILE)), { filter: (file) => file.name.endsWith('.html') });
  writeFiles(folderEdition, new Map(Object.entries(archive)));
});
afterAll(() => rmSync(folderEdition, { recursive: true, force: true }));

it(
  'every page of both editions has no error by the Nu HTML Checker',
  async () => {
    expect(distFiles().filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    const java = findJava();
    if (!java) throw new Error(JAVA_MISSING);
    const folders = { web: DIST, folder: join(folderEdition, ARCHIVE_FOLDER) };
    const errors = (await checkHtml(java, Object.values(folders), TIMEOUT - 10_000)).filter(
      (m) => m.type !== 'info' && !isFalsePositive(m),
    );
    expect(errors.map((m) => formatMessage(m, folders))).toEqual([]);
  },
  TIMEOUT,
);
