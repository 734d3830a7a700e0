// Site search in headless Chromium against the built site: the first query of a fresh page
// (loading Pagefind and the index included), later queries (p50), the bytes a first query
// fetches; then an index of 10,000 synthetic event pages: its size, and the same timings with the
// real search page reading it. Targets: first query under 300 ms, later queries p50 under 30 ms.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openBench, percentile, report } from './harness.mjs';
import { buildSearchIndex } from '../../integrations/lib/pagefind-index.ts';
import { LANGS } from '../../src/i18n/locales.ts';
import { CHAPTERS, EVENT_KINDS } from '../../src/lib/taxonomy.ts';

const RUNS = 5;
const N_SYNTHETIC = 10_000;
const QUERIES = {
  ar: [
    'التضامن',
    'والتضامن',
    'مجزره',
    'قيصر',
    'Tadamon',
    'حمص',
    'الاسد',
    '٢٠١٣',
    'كوبلنز',
    'وثائق فيكتوريا',
    'قانون قيصر',
    'اياد الغريب',
    'للمحكمة',
    'درعا',
    'Caesar',
    'مقبرة جماعية',
  ],
  en: [
    'Tadamon',
    'Caesar',
    'Qaisar',
    'Homs',
    'التضامن',
    'Koblenz',
    'veto',
    'graffiti',
    'Victoria documents',
    'Raslan',
    '1200',
    'Tell al-Nasr',
    'Amjad Youssef',
    'Damascus',
    'photographs',
    'sanctions',
  ],
};

/** Submits a query on the search page and resolves with the milliseconds until its results are on screen. */
function timeQuery(page, query) {
  return page.evaluate(
    (q) =>
      new Promise((done) => {
        const element = document.querySelector('site-search');
        const input = document.querySelector('#search-q');
        const start = performance.now();
        input.value = q;
        input.form.requestSubmit();
        const check = () =>
          element.dataset.searched === q ? done(performance.now() - start) : requestAnimationFrame(check);
        check();
      }),
    query,
  );
}

/**
 * First query on fresh pages: typed as soon as the page has loaded (the index loads with the
 * query), and typed two seconds later (the page has loaded the index while idle); then every query
 * on one page. With `route`, the index comes from elsewhere.
 */
async function measure(browser, base, lang, route) {
  const cold = [];
  const warm = [];
  const bytes = [];
  let later = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const waited = i % 2 === 1;
    const page = await browser.newPage();
    if (route) await page.route('**/pagefind/**', route);
    const fetched = [];
    page.on('requestfinished', async (request) => {
      if (request.url().includes('/pagefind/')) fetched.push((await request.sizes()).responseBodySize);
    });
    await page.goto(`${base}/${lang}/search/`);
    if (waited) await page.waitForTimeout(2000);
    (waited ? warm : cold).push(await timeQuery(page, QUERIES[lang][0]));
    await page.waitForTimeout(200);
    if (!waited) bytes.push(fetched.reduce((a, b) => a + b, 0));
    if (i === RUNS * 2 - 1) {
      for (let round = 0; round < 3; round++)
        for (const q of QUERIES[lang].slice(1))
          later.push(await timeQuery(page, `${q}${round ? ' ' + round : ''}`.trim()));
    }
    await page.close();
  }
  return {
    cold: percentile(cold, 50),
    warm: percentile(warm, 50),
    later50: percentile(later, 50),
    later95: percentile(later, 95),
    bytes: percentile(bytes, 50),
  };
}

function rows(r) {
  const ms = (v) => `${Math.round(v)} ms`;
  return [
    ['first query as soon as the page has loaded', ms(r.cold), '300 ms'],
    ['first query 2 s after (index loaded while idle)', ms(r.warm), '300 ms'],
    ['later queries p50', ms(r.later50), '30 ms'],
    ['later queries p95', ms(r.later95)],
    ['bytes fetched from /pagefind/ by then', `${(r.bytes / 1024).toFixed(1)} KB`],
  ];
}

function dirSize(dir) {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const sub = dirSize(path);
      raw += sub.raw;
      gzip += sub.gzip;
      files += sub.files;
    } else {
      const content = readFileSync(path);
      raw += content.length;
      // Pagefind's index files are already gzipped; others are measured as a server would send them.
      gzip += /\.(pf_|pagefind$)/.test(name) || name.endsWith('.pagefind') ? content.length : gzipSync(content).length;
      files += 1;
    }
  }
  return { raw, gzip, files };
}

/** Words of the site's own event pages, to write synthetic pages in each language. */
function vocabulary(lang) {
  const words = [];
  for (const id of readdirSync(`dist/${lang}/events`)) {
    const html = readFileSync(`dist/${lang}/events/${id}/index.html`, 'utf8');
    const body = /data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    words.push(
      ...body
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter((w) => /^[\p{L}\p{N}]+$/u.test(w)),
    );
  }
  return words;
}

function syntheticSite(dir, n) {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const vocab = { ar: vocabulary('ar'), en: vocabulary('en') };
  const pick = (lang, k) =>
    Array.from({ length: k }, () => vocab[lang][Math.floor(random() * vocab[lang].length)]).join(' ');
  for (let i = 0; i < n; i++) {
    const lang = i % 2 === 0 ? 'ar' : 'en';
    const year = 2011 + (i % 15);
    const date = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const paragraphs = Array.from(
      { length: 4 + (i % 5) },
      () => `<p>${pick(lang, 40 + Math.floor(random() * 60))}</p>`,
    ).join('');
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>e${i}</title></head><body><nav>menu</nav>
<article data-pagefind-body><div hidden class="search-meta"><data data-pagefind-meta="title[value]" value="${pick(lang, 6)} ${i}"></data>
<data data-pagefind-meta="date[value]" value="${date}"></data><data data-pagefind-meta="datetime[value]" data-pagefind-sort="date[value]" value="${date}"></data>
<data data-pagefind-filter="year[value]" value="${year}"></data><data data-pagefind-meta="chapter[value]" data-pagefind-filter="chapter[value]" value="${CHAPTERS[i % CHAPTERS.length]}"></data>
<data data-pagefind-meta="kind[value]" data-pagefind-filter="kind[value]" value="${EVENT_KINDS[(i >> 1) % EVENT_KINDS.length]}"></data><data data-pagefind-filter="place[value]" value="p${i % 40}"></data></div>
<h1>${pick(lang, 6)}</h1>${paragraphs}</article></body></html>`;
    const path = join(dir, lang, 'events', `e${i}`);
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'index.html'), html);
  }
}

export async function run() {
  const { base, browser, close } = await openBench();
  const tmp = mkdtempSync(join(tmpdir(), 'search-bench-'));
  const ms = (v) => `${Math.round(v)} ms`;
  const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
  try {
    for (const lang of LANGS) {
      report(
        `search (${lang}): the site's own index, medians of ${RUNS} fresh pages`,
        rows(await measure(browser, base, lang)),
      );
    }
    const site = dirSize('dist/pagefind');
    report('search index of the site (dist/pagefind/)', [
      ['files', site.files],
      ['size on disk', kb(site.raw)],
      ['size as sent (index files are gzipped already)', kb(site.gzip)],
    ]);

    if (process.env.SEARCH_BENCH_SITE_ONLY === '1') return;
    const pages = join(tmp, 'site');
    const out = join(tmp, 'pagefind');
    syntheticSite(pages, N_SYNTHETIC);
    const built = await buildSearchIndex(pages, out);
    const synthetic = dirSize(out);
    report(`search index of ${N_SYNTHETIC.toLocaleString('en')} synthetic event pages (half per language)`, [
      ['pages indexed', built.pages],
      ['indexing time', ms(built.ms)],
      ['files', synthetic.files],
      ['size on disk', kb(synthetic.raw)],
      ['size as sent', kb(synthetic.gzip)],
    ]);
    // The real search page, reading the synthetic index instead of the site's.
    const route = async (r) => {
      const file = join(out, decodeURIComponent(new URL(r.request().url()).pathname.replace(/^\/pagefind\//, '')));
      try {
        await r.fulfill({
          body: readFileSync(file),
          contentType: file.endsWith('.js')
            ? 'text/javascript'
            : file.endsWith('.json')
              ? 'application/json'
              : 'application/octet-stream',
        });
      } catch {
        await r.fulfill({ status: 404, body: '' });
      }
    };
    for (const lang of LANGS) {
      report(
        `search (${lang}) over the synthetic index, medians of ${RUNS} fresh pages`,
        rows(await measure(browser, base, lang, route)),
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await close();
  }
}
