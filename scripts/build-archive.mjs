// Zips the folder edition (dist-folder/, already made relative and checked) into the web
// edition's dist/download/, under one folder. Every entry gets the same fixed date and a sorted
// place, so the same site always gives the same archive and the same checksum.
// Usage: node scripts/build-archive.mjs
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { ARCHIVE_FILE, ARCHIVE_FOLDER } from '../src/lib/offline/archive.ts';

const source = 'dist-folder';
const target = join('dist', ARCHIVE_FILE);
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
// Already compressed: storing them again costs time and saves nothing.
const STORED = /\.(woff2?|png|jpe?g|webp|zip)$/i;

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(source).map((path) => relative(source, path).split(sep).join('/')).sort();
if (!files.includes('index.html')) {
  console.error(`${source}/ has no index.html: run the folder edition's build first (npm run build-folder).`);
  process.exit(1);
}
const entries = {};
for (const file of files) {
  entries[`${ARCHIVE_FOLDER}/${file}`] = [readFileSync(join(source, file)), { level: STORED.test(file) ? 0 : 9, mtime: FIXED_DATE }];
}
const zip = zipSync(entries);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, zip);
console.log(`Archive: ${target}, ${files.length} files, ${(zip.length / 1e6).toFixed(2)} MB.`);
