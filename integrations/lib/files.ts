// Files in and out of the build steps. The one walk over a folder they share: every file below `root`, as paths
// relative to it with forward slashes on every system ("ar/events/x/index.html"), sorted so that
// what is built from the list (the archive, the search index) comes out the same every time.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function listFiles(root: string): string[] {
  const out: string[] = [];
  const visit = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(join(folder, entry.name), relative);
      else if (entry.isFile()) out.push(relative);
    }
  };
  visit(root, '');
  return out.sort();
}

/** Writes files held in memory (site path → content) below `root`, making folders as needed. */
export function writeFiles(root: string, files: ReadonlyMap<string, Uint8Array | string>): void {
  for (const [file, body] of files) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
}
