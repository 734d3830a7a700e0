// The offline basemap (integrations/lib/basemap-data.ts) as js/basemap.js: written into the
// output by `astro build`, served from memory by `astro dev` and made again when the places change
// (the cities of the story are labelled from content/places.json).
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASEMAP_FILE, basemapScript } from './lib/basemap-data.ts';
import { generatedFilesMiddleware, type GeneratedFiles } from './lib/dev-files.ts';

export function basemap(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'basemap',
    hooks: {
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
        const { js, gzip } = basemapScript(root);
        const path = join(fileURLToPath(dir), BASEMAP_FILE);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, js);
        logger.info(`${BASEMAP_FILE}: ${(js.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzipped.`);
      },
    },
  };
}
