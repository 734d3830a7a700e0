// How long the whole build takes: `astro build`, with every step (browser code, basemap, search
// index, folder edition and archive, service worker) as its integrations. Runs first, so the other
// benchmarks measure the site it leaves in dist/.
import { spawnSync } from 'node:child_process';
import { report } from './harness.mjs';

/** Before the build became one `astro build`: nine npm scripts and two full Astro builds (web and
 * folder edition), measured on the same 2-core machine (docs/performance.md). */
const BEFORE_SECONDS = 19.6;

export async function run() {
  const started = performance.now();
  // Astro's own entry run with this Node (24): the .bin shim would go through PATH.
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout);
    throw new Error(`astro build failed (exit ${build.status})`);
  }
  const step = (name) => build.stdout.match(new RegExp(`\\[${name}\\][^\\n]*`))?.[0] ?? '';
  report('Build (one `astro build`, wall time)', [
    [`astro build, all steps (before: ${BEFORE_SECONDS} s, two Astro builds)`, `${seconds.toFixed(1)} s`],
  ]);
  for (const name of ['search-index', 'folder-edition', 'service-worker'])
    if (step(name)) console.log(`  ${step(name)}`);
}
