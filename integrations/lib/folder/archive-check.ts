// The folder edition's guard: what would fail silently on file:// fails the build instead, with
// the file and the reason. A page may not reference an absolute path (it would point at the root
// of the reader's disk), link to a directory (file:// shows a listing, not the page), load a
// module script, or run code that fetches, imports or starts a worker (all blocked on file://).
import { mapPageUrls, pageScripts } from './page-urls.ts';
import { isSitePath } from './relative-urls.ts';
import { LOADED_LATER_ATTRIBUTES } from '../../../src/lib/loaded-later.ts';

export interface ArchiveProblem {
  file: string;
  problem: string;
}

/** A URL that leaves the archive: another site, e-mail, data. Those are not files to check. */
function isExternal(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && !/^file:/i.test(value);
}

const BLOCKED_CODE: [RegExp, string][] = [
  [
    /(?<![\w$.])fetch\s*\(|\b(?:window|self|globalThis)\s*\.\s*fetch\s*\(/,
    'calls fetch(), which is blocked on file://',
  ],
  [/(?<![\w$.])import\s*\(/, 'imports a module with import(), which is blocked on file://'],
  [/\bnew\s+(Shared)?Worker\s*\(/, 'starts a worker, which is blocked on file://'],
  [/\bserviceWorker\s*\.\s*register\s*\(/, 'registers a service worker, which cannot run from a folder'],
];

/**
 * Code without what only looks like a call: comments, and methods that happen to be named fetch
 * or import (MiniSearch's map has `fetch(key, initial) { … }`, called as `map.fetch(…)`).
 */
function callableCode(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/^\s*\/\/.*$/gm, ' ')
    .replace(/(?<![\w$.])(?:fetch|import)\s*\([^()]*\)\s*\{/g, ' ');
}

/** Problems in one script's code (inline, or a file the pages load). */
export function checkScriptCode(file: string, code: string): ArchiveProblem[] {
  const callable = callableCode(code);
  return BLOCKED_CODE.filter(([pattern]) => pattern.test(callable)).map(([, problem]) => ({ file, problem }));
}

// Attributes whose value is a URL the browser follows or loads, or a page's script loads later.
const URL_ATTRIBUTES = new Set<string>([
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'data',
  'formaction',
  ...LOADED_LATER_ATTRIBUTES,
]);

/**
 * Checks one page of the folder edition (`file` relative to the archive's root). Returns its
 * problems and the relative references it makes (path only, resolved from the root), so the
 * caller can check that each names a file that exists.
 */
export function checkFolderPage(file: string, html: string): { problems: ArchiveProblem[]; references: string[] } {
  const problems: ArchiveProblem[] = [];
  const references: string[] = [];
  const fromDirs = file.split('/').slice(0, -1);
  mapPageUrls(html, (value, place) => {
    const where =
      place.kind === 'attribute'
        ? `${place.name}="${value}"`
        : place.kind === 'css'
          ? `url(${value})`
          : `data "${value}"`;
    if (isSitePath(value) || /^file:/i.test(value)) {
      problems.push({ file, problem: `references an absolute path: ${where}` });
      return value;
    }
    const isUrl =
      place.kind === 'css' ||
      (place.kind === 'attribute' && URL_ATTRIBUTES.has(place.name)) ||
      (place.kind === 'json' && /^\.\.?\//.test(value));
    if (!isUrl || value === '' || value.startsWith('#') || isExternal(value)) return value;
    const path = value.split(/[?#]/)[0]!;
    if (path === '') return value;
    if (path.endsWith('/') || path === '.' || path === '..') {
      problems.push({ file, problem: `links to a folder, not a file: ${where}` });
      return value;
    }
    const parts = [...fromDirs];
    for (const segment of path.split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '.') parts.push(segment);
    }
    references.push(
      parts
        .map((s) => {
          try {
            return decodeURIComponent(s);
          } catch {
            return s;
          }
        })
        .join('/'),
    );
    return value;
  });
  for (const script of pageScripts(html)) {
    if (script.type !== null && /module/i.test(script.type))
      problems.push({
        file,
        problem: `loads a module script${script.src ? ` (${script.src})` : ''}, which is blocked on file://`,
      });
    if (script.src === null)
      problems.push(
        ...checkScriptCode(file, script.code).map((p) => ({ ...p, problem: `an inline script ${p.problem}` })),
      );
  }
  return { problems, references };
}

export function formatArchiveProblems(problems: ArchiveProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.problem}`).join('\n');
}
