// The offline basemap (integrations/lib/basemap-data.ts) as js/basemap.js: made by `astro build`
// before the pages are rendered, named by its content (js/basemap.<hash>.js,
// integrations/lib/asset-names.ts) and written into the output; served from memory by its plain
// name in `astro dev` and made again when the places change (the cities of the story are labelled
// from content/places.json).
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles, publishAssetNames } from './lib/asset-names.ts';
import { BASEMAP_FILE, basemapScript } from './lib/basemap-data.ts';
import { generatedFilesMiddleware, type GeneratedFiles } from './lib/dev-files.ts';

export function basemap(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let built: { js: string; gzip: number; file: string } | undefined;
  return {
    name: 'basemap',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const script = basemapScript(fileURLToPath(config.root));
        const { names } = hashFiles(new Map([[BASEMAP_FILE, script.js]]));
        built = { ...script, file: names.get(BASEMAP_FILE) ?? BASEMAP_FILE };
        publishAssetNames(updateConfig, names);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        let files: Promise<GeneratedFiles> | undefined;
        const make = async (): Promise<GeneratedFiles> => new Map([[BASEMAP_FILE, basemapScript(root).js]]);
        server.middlewares.use(generatedFilesMiddleware(base, () => (files ??= make())));
        server.watcher.on('change', (file) => {
          if (resolve(file) !== resolve(root, 'content/places.json')) return;
          files = make();
          files.then(
            () => server.ws.send({ type: 'full-reload' }),
            (error: Error) => logger.error(error.message),
          );
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const { js, gzip, file } = built ?? { ...basemapScript(root), file: BASEMAP_FILE };
        const path = join(fileURLToPath(dir), file);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, js);
        logger.info(`${file}: ${(js.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzipped.`);
      },
    },
  };
}
