// The map at scale: first render of /en/map/ with 10,000 synthetic places (target under 500 ms),
// how long the packed basemap takes to unpack (src/lib/map/basemap-packed.ts), and the bytes the
// map page ships (JavaScript with Leaflet under 60 KB gzipped; the basemap data at most 40 KB). The synthetic places replace the page's own data on the way to the browser, so
// the page, its scripts and its basemap are the real built ones.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openBench, percentile, report } from './harness.mjs';

const N = 10_000;
// Timings on a shared 2-core machine vary by a third from run to run: take the median of seven.
const RUNS = 7;

/** A file the build named by its content: "site-map.js" → "dist/js/site-map.<hash>.js". */
function built(file) {
  const [name, ext] = [file.slice(0, file.lastIndexOf('.')), file.slice(file.lastIndexOf('.'))];
  const found = readdirSync('dist/js').find(
    (f) => f.startsWith(`${name}.`) && f.endsWith(ext) && f.length === file.length + 11,
  );
  return `dist/js/${found ?? file}`;
}

/** Places scattered over Syria's box, half of them approximate, from a fixed seed. */
function syntheticPlaces(n) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const approximate = i % 2 === 1;
    return {
      id: `p${i}`,
      name: `Place ${i}`,
      lat: 32.5 + random() * 4.5,
      lng: 36 + random() * 6,
      precision: approximate ? 2000 : 500,
      approximate,
      precisionText: approximate
        ? 'Approximate position, within about 2 km'
        : 'Position within about 0.5 km, from the source',
      events: [
        {
          id: 'tadamon-massacre',
          title: 'The Tadamon massacre',
          date: '16 April 2013',
          href: '/en/events/tadamon-massacre/',
        },
      ],
    };
  });
}

const gz = (path) => gzipSync(readFileSync(path)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run() {
  const { base, browser, close } = await openBench();
  const places = syntheticPlaces(N);
  const setup = [];
  const sinceNavigation = [];
  const painted = [];
  const unpack = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route(`${base}/en/map/`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          /(<script type="application\/json">)([\s\S]*?)(<\/script>)/,
          (_m, open, json, end) =>
            open + JSON.stringify({ ...JSON.parse(json), places }).replace(/</g, '\\u003c') + end,
        );
        await route.fulfill({ response, body: html });
      });
      await page.goto(`${base}/en/map/`);
      await page.waitForSelector('site-map[data-ready]');
      const t = await page.evaluate(
        () =>
          new Promise((done) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const start = performance.getEntriesByName('site-map:start')[0].startTime;
                const ready = performance.getEntriesByName('site-map:ready')[0].startTime;
                const unpacked = performance.getEntriesByName('site-map:basemap-unpack')[0]?.duration ?? NaN;
                done({ setup: ready - start, ready, painted: performance.now(), unpacked });
              }),
            ),
          ),
      );
      setup.push(t.setup);
      sinceNavigation.push(t.ready);
      painted.push(t.painted);
      unpack.push(t.unpacked);
      await page.close();
    }
  } finally {
    await close();
  }
  const ms = (v) => `${Math.round(v)} ms`;
  report(`map: first render with ${N.toLocaleString('en')} synthetic places (median of ${RUNS})`, [
    ['map drawn, from script start (setup)', ms(percentile(setup, 50)), '500 ms'],
    ['  fastest run', ms(Math.min(...setup))],
    [
      '  of it, unpacking the basemap (slowest run)',
      `${percentile(unpack, 50).toFixed(1)} ms (${Math.max(...unpack).toFixed(1)} ms)`,
    ],
    ['map drawn, from navigation start', ms(percentile(sinceNavigation, 50))],
    ['first frame painted after it', ms(percentile(painted, 50))],
  ]);
  report('map page: bytes shipped (gzip)', [
    ['JavaScript: site-map.js (Leaflet, markercluster, element)', kb(gz(built('site-map.js'))), '60 KB'],
    ['basemap data: basemap.js', kb(gz(built('basemap.js'))), '40 KB'],
    ['stylesheet: site-map.css', kb(gz(built('site-map.css')))],
  ]);
}
