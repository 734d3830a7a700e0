// Shared by the benchmarks: the built site on a local port and Debian's Chromium.
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serve } from '../serve.mjs';

export async function openBench() {
  const server = await serve('dist', 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  // --expose-gc lets a benchmark collect its own setup's garbage before it starts the clock.
  const browser = await launchChromium(['--js-flags=--expose-gc']);
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function report(name, rows) {
  console.log(`\n${name}`);
  for (const [label, value, target] of rows)
    console.log(`  ${label.padEnd(44)} ${String(value).padStart(10)}${target ? `   (target ${target})` : ''}`);
}
