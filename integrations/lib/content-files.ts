// Reads the content folder as plain files, without Astro, so that the content check can run
// before the build (and in unit tests against fixture folders) and report every problem with
// the file it came from.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

import type { RawContent, RawFile, RawMdxFile } from '../../src/lib/raw-content.ts';

export type { RawContent, RawFile, RawMdxFile };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an MDX file into its YAML front matter and its body. */
export function parseMdx(text: string): { data: unknown; body: string; error?: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    return {
      data: undefined,
      body: text,
      error: 'the file does not start with a front-matter block between two "---" lines',
    };
  try {
    return { data: parseYaml(match[1]!), body: match[2]! };
  } catch (error) {
    return {
      data: undefined,
      body: match[2]!,
      error: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    };
  }
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
      const { data, body, error } = parseMdx(readFileSync(path, 'utf8'));
      files.push({ file: relative(root, path), lang, id: name.replace(/\.mdx?$/, ''), data, body, parseError: error });
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    folderErrors.push({
      file,
      message: `not valid JSON (${(error as Error).message}). Fix: correct the syntax at that position.`,
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
  };
}
