// Offline reading: the folder edition's archive (size, files, unpacked size, its search
// indexes) and what "Save for offline reading" stores (files and bytes from the service
// worker's list), with the time a save takes from the local server in Chromium. Sizes are
// measured on the built files; the save time is one run, reported only.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { openBench, report } from './harness.mjs';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../../src/lib/offline/archive.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

export async function run() {
  const archive = readFileSync(join('dist', ARCHIVE_FILE));
  const entries = unzipSync(archive);
  const unpacked = Object.values(entries).reduce((sum, bytes) => sum + bytes.length, 0);
  const indexes = LANGS.map((lang) => {
    const bytes = entries[`${ARCHIVE_FOLDER}/js/search-index.${lang}.js`];
    return [`Folder search index, ${lang} (raw / gzip)`, `${kb(bytes.length)} / ${kb(gzipSync(bytes).length)}`];
  });

  const sw = readFileSync(join('dist', 'sw.js'), 'utf8');
  const listed = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const precacheBytes = listed.reduce((sum, url) => sum + statSync(join('dist', url)).size, 0);
  const pagefindBytes = listed
    .filter((u) => u.startsWith('pagefind/'))
    .reduce((sum, url) => sum + statSync(join('dist', url)).size, 0);

  const bench = await openBench();
  // Set by the run below; if the run throws, no report is printed at all.
  let saveMs;
  try {
    const context = await bench.browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${bench.base}/en/`);
    await page.waitForSelector('site-offline:not([hidden])');
    const started = Date.now();
    await page.click('site-offline .save-button');
    await page.waitForSelector('site-offline[data-state="done"]', { timeout: 120_000 });
    saveMs = `${Date.now() - started} ms`;
    await context.close();
  } finally {
    await bench.close();
  }

  report('Offline reading', [
    ['Folder edition archive (ZIP)', mb(archive.length)],
    ['Files in the archive / unpacked size', `${Object.keys(entries).length} / ${mb(unpacked)}`],
    ...indexes,
    ['Saved for offline: files / bytes', `${listed.length} / ${mb(precacheBytes)}`],
    ['  of which the Pagefind index', mb(pagefindBytes)],
    ['Save for offline, local server (one run)', saveMs],
  ]);
}
