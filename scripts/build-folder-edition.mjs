// The folder edition's post-processor, run after `EDITION=folder astro build` has written
// dist-folder/: makes every internal URL in its pages and stylesheets relative (and naming a
// file), then checks the result and fails the build, naming each file and reason, if a page still
// references an absolute path, links to a folder or a missing file, loads a module script, or
// runs code that fetches, imports or starts a worker — everything that fails on file://.
// Usage: node scripts/build-folder-edition.mjs [dir]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { rewriteCss, rewriteHtml } from '../src/lib/offline/relative-urls.ts';
import { checkFolderPage, checkScriptCode, formatArchiveProblems } from '../src/lib/offline/archive-check.ts';
import { pageScripts } from '../src/lib/offline/page-urls.ts';

const dir = process.argv[2] ?? 'dist-folder';

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir}/ has no index.html: run \`EDITION=folder astro build\` first.`);
  process.exit(1);
}

const files = walk(dir).map((path) => relative(dir, path).split(sep).join('/'));
const pages = files.filter((f) => f.endsWith('.html'));

for (const file of pages) writeFileSync(join(dir, file), rewriteHtml(file, readFileSync(join(dir, file), 'utf8')));
for (const file of files.filter((f) => f.endsWith('.css'))) writeFileSync(join(dir, file), rewriteCss(file, readFileSync(join(dir, file), 'utf8')));

const problems = [];
const scriptsChecked = new Set();
for (const file of pages) {
  const html = readFileSync(join(dir, file), 'utf8');
  const result = checkFolderPage(file, html);
  problems.push(...result.problems);
  for (const reference of result.references) {
    const target = join(dir, reference);
    if (!existsSync(target) || !statSync(target).isFile()) problems.push({ file, problem: `links to a file the archive does not hold: ${reference}` });
  }
  // The scripts a page loads are checked too: a fetch inside one is as blocked as one inline.
  for (const { src } of pageScripts(html)) {
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const path = join(dir, file, '..', src.split(/[?#]/)[0]);
    if (scriptsChecked.has(path) || !existsSync(path)) continue;
    scriptsChecked.add(path);
    problems.push(...checkScriptCode(relative(dir, path), readFileSync(path, 'utf8')));
  }
}

if (problems.length > 0) {
  console.error(`Folder edition check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} that would break it when opened from a folder.\n`);
  console.error(formatArchiveProblems(problems));
  console.error('\nBuild every internal URL with src/lib/paths.ts and load browser code as classic scripts with its data in the page.');
  process.exit(1);
}
console.log(`Folder edition: ${pages.length} pages and ${scriptsChecked.size} scripts made relative and checked in ${dir}/.`);
