// The site's icons, public/icons/ (the favicon and the web app manifest's PNGs), under names made
// from their content, like every other file the pages load (integrations/lib/asset-names.ts): so
// hosts can let browsers keep them for good (public/_headers) and the service worker store them
// without checking them again. `astro build` hashes them at astro:config:setup, before any page is
// rendered, and gives the names to assetPath() (src/lib/paths.ts), which the layouts and the
// manifests link them through; once Astro has copied public/ into the output, each copy is
// renamed. Nothing needs an icon at a fixed address: every page names its favicon, and the
// manifests their icons. `astro dev` serves public/icons/ by the plain names.
import type { AstroIntegration } from 'astro';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles, ICONS_FOLDER, publishAssetNames } from './lib/asset-names.ts';
import { listFiles } from './lib/files.ts';

/** Every icon in `publicDir`'s icons folder: its plain site path ("icons/icon-192.png") → its hashed one. */
export function iconNames(publicDir: string): Map<string, string> {
  const icons = new Map(
    listFiles(join(publicDir, ICONS_FOLDER)).map((file) => [
      `${ICONS_FOLDER}${file}`,
      readFileSync(join(publicDir, ICONS_FOLDER, file)),
    ]),
  );
  return hashFiles(icons, ICONS_FOLDER).names;
}

export function hashedIcons(): AstroIntegration {
  let names = new Map<string, string>();
  return {
    name: 'hashed-icons',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        names = iconNames(fileURLToPath(config.publicDir));
        publishAssetNames(updateConfig, names);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const [plain, hashed] of names) renameSync(join(dist, plain), join(dist, hashed));
        logger.info(`${names.size} icons named by their content in ${ICONS_FOLDER}.`);
      },
    },
  };
}
