// Writes the archive's size and SHA-256 into the web edition's download pages (the archive
// cannot carry its own checksum, so the folder edition's copy of the page points to the site).
// Usage: node scripts/write-archive-checksum.mjs
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_FILE, PLACEHOLDER, fillPlaceholders, formatBytes } from '../src/lib/offline/archive.ts';
import { LANGS } from '../src/i18n/locales.ts';

const archive = readFileSync(join('dist', ARCHIVE_FILE));
const sha256 = createHash('sha256').update(archive).digest('hex');
let written = 0;
for (const lang of LANGS) {
  const page = join('dist', lang, 'download', 'index.html');
  if (!existsSync(page)) continue;
  const html = readFileSync(page, 'utf8');
  if (!html.includes(PLACEHOLDER.archiveSha256)) {
    console.error(`${page} has no checksum placeholder (${PLACEHOLDER.archiveSha256}): was it built by the web edition?`);
    process.exit(1);
  }
  writeFileSync(page, fillPlaceholders(html, { archiveSize: formatBytes(archive.length, lang), archiveSha256: sha256 }));
  written += 1;
}
if (written !== LANGS.length) {
  console.error(`Only ${written} of ${LANGS.length} download pages found in dist/.`);
  process.exit(1);
}
console.log(`Archive checksum: SHA-256 ${sha256}, ${archive.length} bytes, written into ${written} download pages.`);
