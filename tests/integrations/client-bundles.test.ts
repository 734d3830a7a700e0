// The client-bundles integration as `astro dev` uses it, on a fixture folder of browser code: its
// middleware serves the bundles at the built site's paths, a saved edit is bundled again and the
// page told to reload, and an edit that does not compile keeps the last good bundle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleClient, clientBundles, clientEntryPoints } from '../../integrations/client-bundles.ts';
import { siteFileOf } from '../../integrations/lib/dev-files.ts';
import { COMPILE_ALL_HINT } from '../../integrations/lib/compile-hints.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'client-bundles-'));
  mkdirSync(join(root, 'client', 'parts'), { recursive: true });
  writeFileSync(join(root, 'client', 'parts', 'greeting.ts'), "export const greeting = 'first';\n");
  writeFileSync(
    join(root, 'client', 'hello.ts'),
    "import { greeting } from './parts/greeting.ts';\n(window as any).hello = greeting;\n",
  );
  writeFileSync(join(root, 'host.ts'), '(window as any).host = 1;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const options = { clientDir: 'client', hostEntry: 'host.ts' };

/** Just enough of Vite's dev server for the hook: middlewares, a file watcher and the reload channel. */
function fakeDevServer() {
  const middlewares: ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[] = [];
  const watcher = new EventEmitter();
  const sent: unknown[] = [];
  const server = {
    middlewares: { use: (m: (typeof middlewares)[number]) => middlewares.push(m) },
    watcher,
    ws: { send: (message: unknown) => sent.push(message) },
  };
  const get = (url: string) =>
    new Promise<{ status: number; body: string; type?: string }>((resolve) => {
      const headers: Record<string, string> = {};
      const res = {
        setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
        end: (body: Uint8Array | string) =>
          resolve({ status: 200, body: Buffer.from(body).toString('utf8'), type: headers['content-type'] }),
      } as unknown as ServerResponse;
      middlewares[0]!({ url } as IncomingMessage, res, () => resolve({ status: 404, body: '' }));
    });
  return { server, watcher, sent, get };
}

const errors: string[] = [];
const logger = { info: () => {}, warn: () => {}, error: (message: string) => errors.push(message), debug: () => {} };

async function startDev(integration: AstroIntegration, server: unknown) {
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), base: '/' } });
  await hooks['astro:server:setup']!({ server, logger });
  return () => hooks['astro:server:done']!({ logger });
}

describe('clientBundles', () => {
  it('makes each top-level file an entry, and the host script /embed.js', () => {
    expect(Object.keys(clientEntryPoints(root, options))).toEqual(['js/hello', 'embed']);
  });

  it('bundles every entry as a classic script (no import or export left)', async () => {
    const files = await bundleClient(root, options);
    expect([...files.keys()].sort()).toEqual(['embed.js', 'js/hello.js']);
    const hello = Buffer.from(files.get('js/hello.js')!).toString('utf8');
    expect(hello).toContain('"first"');
    expect(hello).not.toMatch(/\bimport\b|\bexport\b/);
  });

  it('puts the compile hint first in the bundles that run on load, and only there', async () => {
    const files = await bundleClient(root, { ...options, compileAtLoad: ['js/hello.js'] });
    const text = (name: string) => Buffer.from(files.get(name)!).toString('utf8');
    expect(text('js/hello.js').startsWith(COMPILE_ALL_HINT)).toBe(true);
    expect(text('js/hello.js')).toContain('"first"');
    expect(text('embed.js')).not.toContain(COMPILE_ALL_HINT.trim());
  });

  it('serves the bundles in dev, bundles again when a file they import is saved, and reloads the page', async () => {
    const dev = fakeDevServer();
    const stop = await startDev(clientBundles(options), dev.server);
    try {
      const first = await dev.get('/js/hello.js?v=1');
      expect(first.status).toBe(200);
      expect(first.type).toContain('text/javascript');
      expect(first.body).toContain('"first"');
      expect((await dev.get('/ar/')).status).toBe(404);

      writeFileSync(join(root, 'client', 'parts', 'greeting.ts'), "export const greeting = 'second';\n");
      dev.watcher.emit('change', join(root, 'client', 'parts', 'greeting.ts'));
      await expect.poll(() => dev.sent).toEqual([{ type: 'full-reload' }]);
      expect((await dev.get('/js/hello.js')).body).toContain('"second"');

      // A file the bundles do not import changes nothing.
      writeFileSync(join(root, 'unrelated.ts'), 'export {};\n');
      dev.watcher.emit('change', join(root, 'unrelated.ts'));
      // An edit that does not compile keeps the last good bundle and reloads nothing.
      writeFileSync(join(root, 'client', 'parts', 'greeting.ts'), 'export const greeting = ;\n');
      dev.watcher.emit('change', join(root, 'client', 'parts', 'greeting.ts'));
      await expect.poll(() => errors.join('\n')).toContain('did not compile');
      expect((await dev.get('/js/hello.js')).body).toContain('"second"');
      expect(dev.sent).toHaveLength(1);
    } finally {
      await stop();
    }
  });
});

describe('siteFileOf', () => {
  it('turns a request into a file of the site under its base, or null outside it', () => {
    expect(siteFileOf('/js/a.js?x#y', '/')).toBe('js/a.js');
    expect(siteFileOf('/sub/js/a.js', '/sub')).toBe('js/a.js');
    expect(siteFileOf('/other/js/a.js', '/sub/')).toBeNull();
    expect(siteFileOf(undefined, '/')).toBeNull();
  });
});
