// Reads the content folder as plain files, without Astro, so that the content check can run
// before the build (and in unit tests against fixture folders) and report every problem with
// the file it came from.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { readLand } from './land-data.ts';

import type { RawContent, RawFile, RawMdxFile } from '../../src/lib/raw-content.ts';

export type { RawContent, RawFile, RawMdxFile };

interface YamlError extends Error {
  reason?: string;
  mark?: { line: number };
}

/**
 * Splits an MDX file into its front matter and its body exactly as Astro's MDX loader does
 * (@astrojs/mdx's getEntryInfo: the same function and YAML parser, js-yaml), so the check sees
 * the values the build will see: an unquoted `2011-02-03` is a Date there, and here too. The body
 * keeps the front matter's lines as blank space, as in the build, so its line numbers are the file's.
 */
export function parseMdx(text: string): { data: unknown; body: string; error?: string; line?: number } {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const yamlError = error as YamlError;
    // js-yaml counts lines from 0 in the text it is given, which starts at the end of the
    // file's first line (just after the opening "---").
    const line = yamlError.mark ? yamlError.mark.line + 1 : undefined;
    return {
      data: undefined,
      body: '',
      error: `the front matter is not valid YAML: ${yamlError.reason ?? yamlError.message.split('\n')[0]}`,
      line,
    };
  }
  if (!parsed.rawFrontmatter)
    return {
      data: undefined,
      body: parsed.content,
      error: 'the file does not start with a front-matter block between two "---" lines',
      line: 1,
    };
  return { data: parsed.frontmatter, body: parsed.content };
}

function readMdxTree(root: string, folder: string): RawMdxFile[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  const files: RawMdxFile[] = [];
  for (const lang of readdirSync(base).sort()) {
    const langDir = join(base, lang);
    let names: string[];
    try {
      names = readdirSync(langDir);
    } catch {
      continue; // a stray file beside the language folders
    }
    for (const name of names.filter((n) => /\.mdx?$/.test(n)).sort()) {
      const path = join(langDir, name);
      const { data, body, error, line } = parseMdx(readFileSync(path, 'utf8'));
      const id = name.replace(/\.mdx?$/, '');
      files.push({ file: relative(root, path), lang, id, data, body, parseError: error, parseErrorLine: line });
    }
  }
  return files;
}

function readJsonArray(root: string, name: string, folderErrors: RawContent['folderErrors']): RawFile[] {
  const path = join(root, name);
  const file = relative(root, path);
  if (!existsSync(path)) {
    folderErrors.push({ file, message: `missing. Fix: create ${file} with a JSON array (see content/README.md).` });
    return [];
  }
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
    const line = Number.isNaN(position) ? undefined : text.slice(0, position).split('\n').length;
    folderErrors.push({
      file,
      line,
      message: `not valid JSON${line ? ` at line ${line}` : ''} (${message.replace(/ in JSON at position \d+.*$/, '')}). Fix: correct the syntax there (a missing or extra comma, quote or bracket); every place and source is unchecked until then.`,
    });
    return [];
  }
  if (!Array.isArray(parsed)) {
    folderErrors.push({ file, message: 'must be a JSON array of entries. Fix: wrap the entries in [ … ].' });
    return [];
  }
  return parsed.map((data) => ({ file, data, body: '' }));
}

/** Reads `<root>/content` (events, pages, classroom, places.json, sources.json). */
export function readContent(projectRoot: string, contentDir = 'content'): RawContent {
  const root = projectRoot;
  const folderErrors: RawContent['folderErrors'] = [];
  return {
    events: readMdxTree(root, join(contentDir, 'events')),
    pages: readMdxTree(root, join(contentDir, 'pages')),
    classroom: readMdxTree(root, join(contentDir, 'classroom')),
    places: readJsonArray(root, join(contentDir, 'places.json'), folderErrors),
    sources: readJsonArray(root, join(contentDir, 'sources.json'), folderErrors),
    folderErrors,
    land: readLand(),
  };
}
