// What a reader on a phone gets: Lighthouse with its mobile defaults (simulated slow 4G, 4x CPU
// slowdown, a Moto G Power's screen) on every page type in both languages, served gzipped as a
// host would. Prints one row per page: the four category scores and LCP, CLS, TBT.
// Targets (issue "Fast on a phone"): performance >= 95, the three others 100, LCP <= 2.0 s,
// CLS <= 0.02, TBT <= 100 ms. `npm run bench lighthouse` runs only this one;
// LIGHTHOUSE_PAGES="/ar/ /en/map/" measures only those; LIGHTHOUSE_JSON=dir keeps each report;
// LIGHTHOUSE_RUNS=3 measures each page three times and reports the median run, chosen as
// Lighthouse CI chooses it (its computeMedianRun): on a shared machine one run's TBT can be twice
// the next one's. The last line gives Lighthouse's benchmark index of the machine (higher is
// faster; Lighthouse calibrates its mobile defaults for about 1000 to 2000): compare tables only
// from machines alike.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { serve } from '../serve.mjs';

/** One page of each type; the search page with a query, as a reader arrives from a link. */
const PAGE_TYPES = [
  ['home', ''],
  ['chapter event', 'events/tadamon-massacre/'],
  ['context event', 'events/daraa-graffiti/'],
  ['timeline', 'timeline/'],
  ['map', 'map/'],
  ['explore', 'explore/'],
  ['search', 'search/?q={q}'],
  ['sources', 'sources/'],
  ['classroom', 'classroom/'],
  ['about', 'about/'],
  ['download', 'download/'],
];
const QUERY = { ar: encodeURIComponent('قيصر'), en: 'Caesar' };

export const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  lcp: 2000,
  cls: 0.02,
  tbt: 100,
};

function pages() {
  const chosen = process.env.LIGHTHOUSE_PAGES?.split(/\s+/).filter(Boolean);
  if (chosen) return chosen.map((path) => [path, path]);
  return ['ar', 'en'].flatMap((lang) =>
    PAGE_TYPES.map(([type, path]) => [`${type} (${lang})`, `/${lang}/${path.replace('{q}', QUERY[lang])}`]),
  );
}

export async function run() {
  const server = await serve('dist', 0, { compress: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const keep = process.env.LIGHTHOUSE_JSON;
  if (keep) mkdirSync(keep, { recursive: true });
  const runs = Math.max(1, Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? '1', 10) || 1);
  const rows = [];
  const benchmarkIndexes = [];
  try {
    for (const [label, path] of pages()) {
      const results = [];
      for (let i = 0; i < runs; i++)
        results.push(await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }));
      const median = computeMedianRun(results.map((r) => r.lhr));
      const result = results.find((r) => r.lhr === median) ?? results[0];
      benchmarkIndexes.push(...results.map((r) => r.lhr.environment.benchmarkIndex));
      const { categories, audits } = result.lhr;
      if (keep) writeFileSync(`${keep}/${label.replace(/[^\w]+/g, '-')}.json`, result.report);
      const score = (c) => Math.round((categories[c]?.score ?? 0) * 100);
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push({
        label,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        lcp: audits['largest-contentful-paint'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        failing,
      });
      printRow(rows.at(-1));
    }
  } finally {
    chrome.kill();
    await new Promise((done) => server.close(done));
  }
  const met = rows.filter(meetsTargets).length;
  console.log(`  ${met} of ${rows.length} pages meet every target${runs > 1 ? ` (median of ${runs} runs each)` : ''}`);
  console.log(
    `  benchmark index of this machine: ${Math.round(Math.min(...benchmarkIndexes))} to ${Math.round(Math.max(...benchmarkIndexes))}`,
  );
  return rows;
}

export function meetsTargets(row) {
  return (
    ['performance', 'accessibility', 'best-practices', 'seo'].every((c) => row[c] >= TARGETS[c]) &&
    row.lcp <= TARGETS.lcp &&
    row.cls <= TARGETS.cls &&
    row.tbt <= TARGETS.tbt
  );
}

let headerPrinted = false;
function printRow(row) {
  if (!headerPrinted) {
    console.log(
      '\nLighthouse, mobile defaults (targets: perf >= 95, a11y/bp/seo 100, LCP <= 2.0 s, CLS <= 0.02, TBT <= 100 ms)',
    );
    console.log(`  ${'page'.padEnd(26)} perf a11y  bp  seo   LCP s    CLS   TBT ms`);
    headerPrinted = true;
  }
  const cells = [
    String(row.performance).padStart(4),
    String(row.accessibility).padStart(4),
    String(row['best-practices']).padStart(4),
    String(row.seo).padStart(4),
    (row.lcp / 1000).toFixed(2).padStart(7),
    row.cls.toFixed(3).padStart(6),
    String(Math.round(row.tbt)).padStart(8),
  ];
  const flag = meetsTargets(row) ? '' : `  ✗ ${row.failing.join(' ')}`;
  console.log(`  ${row.label.padEnd(26)} ${cells.join(' ')}${flag}`);
}
