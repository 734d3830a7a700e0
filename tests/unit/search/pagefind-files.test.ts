// The address Pagefind's fetch asks for a file the build renamed by its content
// (src/lib/search/pagefind-files.ts): the new name, without Pagefind's cache-busting query.
import { describe, expect, it } from 'vitest';
import { renamedPagefindUrl } from '../../../src/lib/search/pagefind-files.ts';

const folder = 'https://example.org/repo/pagefind/';
const names = {
  'pagefind-entry.json': 'pagefind-entry.1a2b3c4d5e.json',
  'wasm.ar.pagefind': 'wasm.ar.0f0f0f0f0f.pagefind',
};

describe("a renamed Pagefind file's address", () => {
  it('is the new name in the same folder, without the query Pagefind adds', () => {
    expect(renamedPagefindUrl(`${folder}pagefind-entry.json?ts=1767225600000`, folder, names)).toBe(
      `${folder}pagefind-entry.1a2b3c4d5e.json`,
    );
    expect(renamedPagefindUrl(`${folder}wasm.ar.pagefind`, folder, names)).toBe(`${folder}wasm.ar.0f0f0f0f0f.pagefind`);
  });

  it('leaves files the build did not rename, and other folders, as they are', () => {
    for (const url of [
      `${folder}pagefind.ar_d8bcb188af.pf_meta`,
      `${folder}index/ar_162e196.pf_index`,
      `${folder}wasm.en.pagefind`,
      'https://example.org/pagefind/pagefind-entry.json?ts=1',
      `${folder}sub/pagefind-entry.json`,
      'https://other.example/repo/pagefind/pagefind-entry.json',
    ])
      expect(renamedPagefindUrl(url, folder, names), url).toBe(url);
  });

  it('renames nothing before it knows the folder, nor by a name an object has of its own', () => {
    expect(renamedPagefindUrl(`${folder}pagefind-entry.json`, '', names)).toBe(`${folder}pagefind-entry.json`);
    expect(renamedPagefindUrl(`${folder}toString`, folder, names)).toBe(`${folder}toString`);
  });
});
