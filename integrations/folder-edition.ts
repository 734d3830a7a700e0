// The folder edition, for reading with no server: derived from the site `astro build` has just
// written (not built a second time), checked, zipped into download/ with fixed dates so the same
// site always gives the same archive, and its size and SHA-256 written into the download pages.
// An unpacked copy is left in Astro's cache folder (node_modules/.astro/folder-edition/) to open
// and inspect. The build fails, naming each file and reason, on anything that would break from a
// folder.
import type { AstroIntegration } from 'astro';
import { zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../src/i18n/locales.ts';
import { ARCHIVE_FILE, ARCHIVE_FOLDER, PLACEHOLDER, formatBytes } from '../src/lib/offline/archive.ts';
import { formatArchiveProblems } from './lib/folder/archive-check.ts';
import { checkFolderEdition, makeFolderEdition, type FolderFiles } from './lib/folder/make-folder-edition.ts';
import { writeFiles } from './lib/files.ts';
import { fillPlaceholders } from './lib/placeholders.ts';

/** Every entry's date in the archive, so that the same files always give the same bytes. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
/** Already compressed: storing them again costs time and saves nothing. */
const STORED = /\.(woff2?|png|jpe?g|webp|zip)$/i;

/** The archive: one folder holding the site, entries sorted, fixed dates. */
export function zipFolderEdition(files: FolderFiles): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files.keys()].sort()) {
    const body = files.get(file)!;
    entries[`${ARCHIVE_FOLDER}/${file}`] = [
      typeof body === 'string' ? Buffer.from(body) : body,
      { level: STORED.test(file) ? 0 : 9, mtime: FIXED_DATE },
    ];
  }
  return zipSync(entries);
}

/** Writes the archive's size and checksum into each language's download page. */
function writeChecksum(dist: string, archive: Uint8Array): string {
  const sha256 = createHash('sha256').update(archive).digest('hex');
  for (const lang of LANGS) {
    const page = join(dist, lang, 'download', 'index.html');
    const html = existsSync(page) ? readFileSync(page, 'utf8') : '';
    if (!html.includes(PLACEHOLDER.archiveSha256)) {
      throw new Error(
        `${page} has no checksum placeholder (${PLACEHOLDER.archiveSha256}): src/pages/[lang]/download.astro must show it.`,
      );
    }
    writeFileSync(
      page,
      fillPlaceholders(html, { archiveSize: formatBytes(archive.length, lang), archiveSha256: sha256 }),
    );
  }
  return sha256;
}

export function folderEdition(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  return {
    name: 'folder-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:server:start': ({ logger }) => {
        logger.info(
          'The folder edition and its download are made by `astro build` only; the download page shows placeholders here.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { files, indexed } = await makeFolderEdition(dist, base);
        const { problems, pages, scripts } = checkFolderEdition(files);
        if (problems.length > 0) {
          const error = new Error(
            `Folder edition check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} that would break it when opened from a folder.\n` +
              `${formatArchiveProblems(problems)}\n` +
              'Build every internal URL with src/lib/paths.ts and load browser code as classic scripts with its data in the page.',
          );
          error.stack = error.message;
          throw error;
        }
        const unpacked = join(cacheDir, 'folder-edition');
        rmSync(unpacked, { recursive: true, force: true });
        writeFiles(unpacked, files);

        const archive = zipFolderEdition(files);
        const target = join(dist, ARCHIVE_FILE);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, archive);
        const sha256 = writeChecksum(dist, archive);
        const searched = Object.entries(indexed)
          .map(([lang, n]) => `${n} ${lang}`)
          .join(', ');
        logger.info(`${pages} pages and ${scripts} scripts checked; search index of ${searched} pages.`);
        logger.info(
          `${ARCHIVE_FILE}: ${files.size} files, ${(archive.length / 1e6).toFixed(2)} MB, SHA-256 ${sha256}.`,
        );
      },
    },
  };
}
