// `npm run bench`: builds the site (build.bench.mjs, timed), runs every other benchmark in scripts/bench/ against it and prints
// its numbers. Budgets are reported here, not asserted as timings in tests.
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const benches = readdirSync('scripts/bench').filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only)));
for (const file of benches.sort()) {
  const { run } = await import(`./bench/${file}`);
  await run();
}
