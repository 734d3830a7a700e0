// Font subsets cut at build: before Vite reads src/styles/fonts.css, each subset in
// lib/fonts/subsets.ts is cut from its font (harfbuzz's subsetter, run as WebAssembly by
// subset-font, so it works on every platform) into Astro's cache, node_modules/.astro/font-subsets/, which
// fonts.css reaches through the `font-subsets` alias. Cutting is deterministic and takes about a
// second, so it runs on every build and dev start rather than keeping a copy in the repository.
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { SUBSETS, SUBSETS_ALIAS, type FontSubset } from './lib/fonts/subsets.ts';
import { rangesText } from './lib/fonts/unicode-ranges.ts';

/** Where the subsets are written, for a project root. */
export const subsetsFolder = (root: string) => join(root, 'node_modules', '.astro', SUBSETS_ALIAS);

/** The font file a subset is cut from, for a project root. */
export const subsetSourceFile = (root: string, subset: FontSubset) =>
  createRequire(join(root, 'package.json')).resolve(subset.source);

export async function writeSubsets(root: string): Promise<string> {
  const folder = subsetsFolder(root);
  await mkdir(folder, { recursive: true });
  await Promise.all(
    SUBSETS.map(async (subset) => {
      const font = await readFile(subsetSourceFile(root, subset));
      const cut = await subsetFont(font, rangesText(subset.ranges), { targetFormat: 'woff2' });
      await writeFile(join(folder, subset.file), cut);
    }),
  );
  return folder;
}

export function fontSubsets(): AstroIntegration {
  return {
    name: 'font-subsets',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const started = performance.now();
        const folder = await writeSubsets(fileURLToPath(config.root));
        updateConfig({ vite: { resolve: { alias: { [SUBSETS_ALIAS]: folder } } } });
        logger.info(`${SUBSETS.length} font subsets cut in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
