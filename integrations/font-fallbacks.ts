// Metric-matched fallback faces: when src/styles/fonts.css is bundled, each web font face it
// declares is followed by @font-face rules for the local fonts that stand in for it while it loads
// (integrations/lib/fonts/local-fonts.ts), scaled from the web font file's own metrics, so the text
// takes the same room before and after the font arrives and nothing below it moves. They are plain
// CSS in the same stylesheet (no url(), nothing inline), so the strict policy, the folder edition
// and inlined stylesheets all treat them like the rest of the sheet. The font stacks in global.css
// name the fallback families.
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { ARABIC_SAMPLE_FILE } from './lib/fonts/local-fonts.ts';
import { readFontMetrics } from './lib/fonts/metrics.ts';
import { subsetOf } from './lib/fonts/subsets.ts';
import { withFallbacks } from './lib/fonts/with-fallbacks.ts';
import { subsetsFolder, subsetSourceFile } from './font-subsets.ts';

export const FONTS_STYLESHEET = 'src/styles/fonts.css';

function fallbacksPlugin(root: string): Plugin {
  const stylesheet = resolve(root, FONTS_STYLESHEET);
  const sampleFile = resolve(root, ARABIC_SAMPLE_FILE);
  return {
    name: 'font-fallbacks',
    // Before Vite's CSS plugin, which turns the sheet into a module and its url()s into assets.
    enforce: 'pre',
    async transform(code, id) {
      if (id.split('?')[0] !== stylesheet) return null;
      this.addWatchFile(sampleFile);
      const sample = await readFile(sampleFile, 'utf8');
      const css = await withFallbacks(code, {
        resolve: async (url) => {
          const resolved = await this.resolve(url, id);
          if (!resolved) throw new Error(`${FONTS_STYLESHEET}: can't find ${url}`);
          const file = resolved.id.split('?')[0]!;
          this.addWatchFile(file);
          return file;
        },
        // A subset is measured in the font it is cut from: it has the same metrics, and the
        // presentation forms the width estimate looks up are not in the subset's own cmap.
        metrics: (file, script) => {
          const subset = subsetOf(file, subsetsFolder(root));
          return readFontMetrics(subset ? subsetSourceFile(root, subset) : file, script, sample);
        },
      });
      return { code: css, map: null };
    },
  };
}

export function fontFallbacks(): AstroIntegration {
  return {
    name: 'font-fallbacks',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [fallbacksPlugin(fileURLToPath(config.root))] } });
      },
    },
  };
}
