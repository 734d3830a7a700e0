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

/**
 * Opens `url` in a fresh page, traces it until a second after its load event, and returns the
 * renderer's main-thread tasks: the longest (ms), the longest that ran a script (the page's own
 * code, with what it made the browser do; the other long tasks are the browser parsing, styling
 * and laying out the page), and the time spent over 50 ms in tasks longer than that
 * (Lighthouse's "blocking" time, here unthrottled).
 */
export async function loadTasks(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    // The page's main thread: the renderer thread named CrRendererMain that ran the most.
    const names = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tasks = traceEvents.filter((e) => e.name === 'RunTask' && e.ph === 'X');
    const busiest = names
      .map((n) => tasks.filter((t) => t.pid === n.pid && t.tid === n.tid))
      .sort((a, b) => b.reduce((s, t) => s + t.dur, 0) - a.reduce((s, t) => s + t.dur, 0))[0];
    const durations = (busiest ?? []).map((t) => t.dur / 1000);
    const main = busiest?.[0];
    const scripts = traceEvents.filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === main?.pid &&
        e.tid === main?.tid &&
        ['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame'].includes(e.name),
    );
    const ranScript = (task) => scripts.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur);
    return {
      longest: Math.max(0, ...durations),
      longestScript: Math.max(0, ...(busiest ?? []).filter(ranScript).map((t) => t.dur / 1000)),
      blocking: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await page.close();
  }
}
