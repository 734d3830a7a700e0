// Timeline benchmark: 10,000 synthetic events in headless Chromium. Prints the first render
// time, the cost of zoom and pan frames (p50/p95), the JavaScript the page ships, and the longest
// task of the real timeline page as it loads (its 31 events; traced, no slowdown).
import { loadTasks, openBench, percentile, report } from './harness.mjs';
import { pageScripts, totalGzip } from '../lib/page-scripts.mjs';
import { CHAPTERS, EVENT_KINDS } from '../../src/lib/taxonomy.ts';

const COUNT = 10_000;
const FRAMES = 200;
/** Fresh pages per language: first-render timings on a shared 2-core machine vary by a third. */
const RUNS = 5;

export async function run() {
  const bench = await openBench();
  try {
    const results = {};
    for (const lang of ['en', 'ar']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await bench.browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${bench.base}/${lang}/timeline/`);
        await page.waitForSelector('site-timeline .tl-mark');
        runs.push(
          await page.evaluate(
            async ({ count, frames, kinds, chapters }) => {
              // The element as the page writes it, before it is drawn: its controls and empty chart.
              const written = new DOMParser()
                .parseFromString(await (await fetch(location.href)).text(), 'text/html')
                .querySelector('site-timeline > .tl');
              const existing = document.querySelector('site-timeline');
              const labels = existing.dataset.labels;
              const start = Date.UTC(2011, 0, 1);
              const span = Date.UTC(2025, 11, 31) - start;
              const day = 864e5;
              const events = Array.from({ length: count }, (_, i) => {
                const t = start + Math.floor((((i * 7919) % count) / count) * span);
                return {
                  id: `synthetic-${i}`,
                  title: `Synthetic event number ${i}`,
                  kind: kinds[i % kinds.length],
                  chapter: chapters[i % chapters.length],
                  happened: [t, t + (i % 17 === 0 ? 400 * day : day)],
                  ...(i % 11 === 0 ? { revealed: [t + 900 * day, t + 901 * day], revealedLabel: '' } : {}),
                  happenedLabel: '',
                };
              });
              // The detail panel's data, as the page ships it (parsed only when an event is opened).
              const details = Object.fromEntries(
                events.map((e) => [
                  e.id,
                  { summary: `Summary of ${e.title}`, href: '#', places: ['Damascus'], sources: ['Publisher'] },
                ]),
              );
              // The page lists events by when they happened; so does the data it embeds.
              events.sort((a, b) => a.happened[0] - b.happened[0] || (a.id < b.id ? -1 : 1));
              existing.remove();
              const el = document.createElement('site-timeline');
              el.id = 'bench';
              el.dataset.labels = labels;
              el.setAttribute('data-wheel-zoom', '');
              const data = document.createElement('script');
              data.type = 'application/json';
              data.className = 'timeline-data';
              data.textContent = JSON.stringify(events);
              const detailData = document.createElement('script');
              detailData.type = 'application/json';
              detailData.className = 'timeline-details';
              detailData.textContent = JSON.stringify(details);
              el.append(data, detailData, document.importNode(written, true));
              const host = document.querySelector('main .wrap');
              // Let the page settle after the swap, so the timing is the new element's alone.
              document.body.getBoundingClientRect();
              globalThis.gc?.(); // the synthetic data's own garbage is not the timeline's cost
              const t0 = performance.now();
              host.append(el); // connectedCallback lays out and draws synchronously
              el.querySelector('.tl-chart').getBoundingClientRect(); // and the browser lays it out
              const firstRender = performance.now() - t0;
              const svg = el.querySelector('.tl-chart');
              const zoomTimes = [];
              const panTimes = [];
              for (let i = 0; i < frames; i++) {
                let t = performance.now();
                el.zoomBy(i < frames / 2 ? 1.04 : 1 / 1.04);
                svg.getBoundingClientRect();
                zoomTimes.push(performance.now() - t);
                t = performance.now();
                el.panBy(i % 40 < 20 ? 12 : -12);
                svg.getBoundingClientRect();
                panTimes.push(performance.now() - t);
              }
              return { firstRender, zoomTimes, panTimes, marks: svg.querySelectorAll('.tl-mark').length };
            },
            { count: COUNT, frames: FRAMES, kinds: EVENT_KINDS, chapters: CHAPTERS },
          ),
        );
        await page.close();
      }
      const first = runs.map((r) => r.firstRender);
      results[lang] = {
        ...runs[runs.length - 1],
        firstMedian: percentile(first, 50),
        firstMin: Math.min(...first),
        firstMax: Math.max(...first),
      };
    }
    const rows = [];
    for (const [lang, r] of Object.entries(results)) {
      rows.push([
        `${lang}: first render, ${COUNT.toLocaleString('en')} events, median of ${RUNS} (ms)`,
        r.firstMedian.toFixed(1),
        '< 70',
      ]);
      rows.push([
        `${lang}:   fastest / slowest (ms)`,
        `${r.firstMin.toFixed(1)} / ${r.firstMax.toFixed(1)}`,
        'slowest < 100',
      ]);
      rows.push([
        `${lang}: zoom frame p50 / p95 (ms)`,
        `${percentile(r.zoomTimes, 50).toFixed(1)} / ${percentile(r.zoomTimes, 95).toFixed(1)}`,
        'p95 < 16',
      ]);
      rows.push([
        `${lang}: pan frame p50 / p95 (ms)`,
        `${percentile(r.panTimes, 50).toFixed(1)} / ${percentile(r.panTimes, 95).toFixed(1)}`,
        'p95 < 16',
      ]);
    }
    for (const lang of ['en', 'ar']) {
      const loads = [];
      for (let run = 0; run < RUNS; run++)
        loads.push(await loadTasks(bench.browser, `${bench.base}/${lang}/timeline/`));
      const median = (key) =>
        percentile(
          loads.map((l) => l[key]),
          50,
        ).toFixed(1);
      rows.push([
        `${lang}: page load, longest task running a script, median of ${RUNS} (ms)`,
        median('longestScript'),
        '<= 50',
      ]);
      rows.push([
        `${lang}:   longest task of any kind / blocking time, median (ms)`,
        `${median('longest')} / ${median('blocking')}`,
      ]);
    }
    const scripts = pageScripts('dist', 'en/timeline');
    rows.push(['JavaScript shipped to /en/timeline/ (KB gzip)', (totalGzip(scripts) / 1024).toFixed(1), '< 35']);
    report('Timeline (headless Chromium, this machine)', rows);
  } finally {
    await bench.close();
  }
}
