// The site's browser code as classic scripts: each src/client/<name>.ts (one custom element or
// page behaviour per file) becomes js/<name>.js, and src/host/embed.ts becomes /embed.js, the
// script other sites load with an embed snippet (its address is part of every snippet, so it
// lives at the root). `astro build` bundles them before the pages are rendered, names each file
// under js/ by its content (js/<name>.<hash>.js, integrations/lib/asset-names.ts) so the pages
// link to those names, and writes them into the output; `astro dev` serves them from memory by
// their plain names and bundles again whenever a file they were built from is saved, then
// reloads the page.
import type { AstroIntegration } from 'astro';
import { context, type BuildContext, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles, publishAssetNames } from './lib/asset-names.ts';
import { CLASSIC_SCRIPT } from './lib/classic-script.ts';
import { withCompileHints } from './lib/compile-hints.ts';
import { generatedFilesMiddleware } from './lib/dev-files.ts';
import { writeFiles } from './lib/files.ts';

export interface ClientBundlesOptions {
  /** Folder whose top-level .ts files are entries (subfolders hold the modules they import). */
  clientDir?: string;
  /** The host script other sites load, written to /embed.js. */
  hostEntry?: string | null;
  /** Bundles whose code runs as soon as they load, compiled off the main thread (lib/compile-hints.ts). */
  compileAtLoad?: readonly string[];
}

/** The map's bundle: Leaflet, markercluster and the element, all run at once when the map loads. */
export const COMPILE_AT_LOAD = ['js/site-map.js'];

/** esbuild's entries: output name (without extension) → source file. */
export function clientEntryPoints(root: string, options: ClientBundlesOptions = {}): Record<string, string> {
  const clientDir = resolve(root, options.clientDir ?? 'src/client');
  const entries: Record<string, string> = {};
  for (const name of readdirSync(clientDir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    entries[`js/${name.slice(0, -3)}`] = join(clientDir, name);
  }
  const host = options.hostEntry === undefined ? 'src/host/embed.ts' : options.hostEntry;
  if (host) entries.embed = resolve(root, host);
  return entries;
}

// esbuild needs an output folder to name its files; nothing is written there (write: false).
const VIRTUAL_OUT = resolve('/', 'client-bundles');

function bundleOptions(root: string, options: ClientBundlesOptions): BuildOptions {
  return {
    ...CLASSIC_SCRIPT,
    absWorkingDir: root,
    entryPoints: clientEntryPoints(root, options),
    outdir: VIRTUAL_OUT,
    write: false,
    metafile: true,
  };
}

/** The outputs as site files: "js/site-map.js", "js/site-map.css", "embed.js". */
export function outputsAsFiles(outputs: OutputFile[]): Map<string, Uint8Array> {
  return new Map(outputs.map((file) => [relative(VIRTUAL_OUT, file.path).split(sep).join('/'), file.contents]));
}

/** The outputs as site files, with the compile hints asked for. */
function bundleFiles(outputs: OutputFile[], options: ClientBundlesOptions): Map<string, Uint8Array> {
  return withCompileHints(outputsAsFiles(outputs), options.compileAtLoad ?? COMPILE_AT_LOAD);
}

/** Bundles every entry once and returns the files, for `astro build` and for tests. */
export async function bundleClient(root: string, options: ClientBundlesOptions = {}): Promise<Map<string, Uint8Array>> {
  const ctx = await context(bundleOptions(root, options));
  try {
    const result = await ctx.rebuild();
    return bundleFiles(result.outputFiles ?? [], options);
  } finally {
    await ctx.dispose();
  }
}

/** Whether a saved file is one the bundles were built from (esbuild's metafile names them from the root). */
export function isBundleInput(metafile: Metafile | undefined, root: string, changed: string): boolean {
  if (!metafile) return true;
  const input = relative(root, changed).split(sep).join('/');
  return input in metafile.inputs;
}

/** Bundles that rebuild on demand in `astro dev`: the last good files stay served if an edit does not compile. */
export class DevBundles {
  private ctx: Promise<BuildContext>;
  private files: Promise<Map<string, Uint8Array>>;
  private metafile: Metafile | undefined;

  constructor(
    private readonly root: string,
    private readonly options: ClientBundlesOptions,
    private readonly onError: (message: string) => void,
  ) {
    this.ctx = context({ ...bundleOptions(root, options), logLevel: 'silent' });
    this.files = this.build(new Map());
  }

  current(): Promise<Map<string, Uint8Array>> {
    return this.files;
  }

  /** Rebuilds if `changed` is one of the bundles' inputs; true when any output changed. */
  async changed(changed: string): Promise<boolean> {
    if (!isBundleInput(this.metafile, this.root, changed)) return false;
    const before = await this.files;
    this.files = this.build(before);
    const after = await this.files;
    return after !== before;
  }

  private async build(fallback: Map<string, Uint8Array>): Promise<Map<string, Uint8Array>> {
    try {
      const result = await (await this.ctx).rebuild();
      this.metafile = result.metafile;
      return bundleFiles(result.outputFiles ?? [], this.options);
    } catch (error) {
      this.onError(
        `Browser code did not compile; the last good bundles are still served.\n${(error as Error).message}`,
      );
      return fallback;
    }
  }

  async dispose(): Promise<void> {
    await (await this.ctx).dispose();
  }
}

export function clientBundles(options: ClientBundlesOptions = {}): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let dev: DevBundles | undefined;
  let built: Map<string, Uint8Array | string> | undefined;
  return {
    name: 'client-bundles',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const { files, names } = hashFiles(await bundleClient(fileURLToPath(config.root), options));
        built = files;
        publishAssetNames(updateConfig, names);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        dev = new DevBundles(root, options, (message) => logger.error(message));
        const bundles = dev;
        server.middlewares.use(generatedFilesMiddleware(base, () => bundles.current()));
        const onSave = (file: string) => {
          void bundles.changed(file).then((changed) => {
            if (!changed) return;
            logger.info(`browser code rebuilt after ${relative(root, file)}`);
            server.ws.send({ type: 'full-reload' });
          });
        };
        server.watcher.on('change', onSave);
        server.watcher.on('add', onSave);
      },
      'astro:server:done': async () => {
        await dev?.dispose();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = built ?? (await bundleClient(root, options));
        writeFiles(fileURLToPath(dir), files);
        logger.info(`${files.size} browser files (classic scripts) written.`);
      },
    },
  };
}
