// The icons integration on a fixture public folder: in `astro build` it names every icon by its
// content before the pages are rendered (the names go to assetPath() through Vite's define) and
// renames Astro's copies once the output is written; in `astro dev` it does nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hashedName } from '../../integrations/lib/asset-names.ts';
import { listFiles } from '../../integrations/lib/files.ts';
import { hashedIcons } from '../../integrations/hashed-icons.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hashed-icons-'));
  mkdirSync(join(root, 'public', 'icons'), { recursive: true });
  writeFileSync(join(root, 'public', 'icons', 'favicon.svg'), '<svg/>');
  writeFileSync(join(root, 'public', 'icons', 'icon-192.png'), 'png');
  writeFileSync(join(root, 'public', '_headers'), '/*\n  X-A: 1\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

async function run(command: 'build' | 'dev') {
  const hooks = hashedIcons().hooks as Record<string, (options: unknown) => unknown>;
  const configs: { vite?: { define?: Record<string, string> } }[] = [];
  const config = { root: pathToFileURL(`${root}/`), publicDir: pathToFileURL(join(root, 'public') + '/') };
  await hooks['astro:config:setup']!({
    command,
    config,
    updateConfig: (c: (typeof configs)[number]) => configs.push(c),
  });
  return { hooks, configs };
}

describe('hashedIcons', () => {
  it('gives assetPath() every icon under its content-hashed name, and renames the built copies', async () => {
    const { hooks, configs } = await run('build');
    const favicon = hashedName('icons/favicon.svg', '<svg/>');
    const png = hashedName('icons/icon-192.png', 'png');
    const published = JSON.parse(configs.at(-1)!.vite!.define!['import.meta.env.SITE_ASSETS']!) as Record<
      string,
      string
    >;
    expect(published).toMatchObject({ 'icons/favicon.svg': favicon, 'icons/icon-192.png': png });

    // Astro copies public/ into the output as it is; the integration then renames the icons.
    const dist = join(root, 'dist');
    cpSync(join(root, 'public'), dist, { recursive: true });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger });
    expect(listFiles(dist)).toEqual(['_headers', favicon, png].sort());
  });

  it('does nothing in `astro dev`, which serves public/icons/ by the plain names', async () => {
    const { configs } = await run('dev');
    expect(configs).toEqual([]);
  });
});
