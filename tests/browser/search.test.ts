// The site search against the built site in real Chromium: for each query a reader might type
// (glued conjunctions, hamza and taa marbuta forms, digits in both scripts, transliterations),
// the event page that must come first; filters narrow; ?q= round-trips; bad input and a missing
// index never break the page; axe; nothing requested from another origin. One page per language
// is reused for the query tables, so the index loads once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchedPage, type SiteSession, type WatchedPage } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { LANGS, type Lang } from '../../src/i18n/locales.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

// [what the reader types, the event that must come first]
const FIRST: Record<Lang, [string, string][]> = {
  ar: [
    ['مجزرة التضامن', 'tadamon-massacre'],
    ['مجزره التضامن', 'tadamon-massacre'], // taa marbuta typed as haa
    ['والتضامن', 'tadamon-massacre'], // conjunction glued on
    ['Tadamon', 'tadamon-massacre'], // transliteration
    ['Tal al-Nasr', 'tal-al-nasr-funeral-shooting'],
    ['الاسد ينفي', 'assad-denies-photos'], // hamza dropped
    ['١٢٠٠ جثة', 'homs-mass-grave-reported'], // Arabic-Indic digits
    ['1200 جثة', 'homs-mass-grave-reported'], // Latin digits
    ['اياد الغريب', 'al-gharib-verdict'],
    ['انور رسلان', 'raslan-verdict'],
    ['وثائق فيكتوريا', 'victoria-documents'], // the other spelling of the name
    ['كفرسوسه', 'youssef-at-kafr-sousa'],
    ['للمحكمة الجنائية', 'icc-referral-veto'], // lam glued to the article
    ['بالفيتو', 'icc-referral-veto'],
    ['الإنتفاضة', 'uprising-begins'], // hamza where the page has none
    ['وقانون قيصر', 'caesar-act'],
    ['مُشيّعين', 'tal-al-nasr-funeral-shooting'], // with diacritics
    ['جنيف ٢', 'geneva-ii-opens'],
    ['صور قيصر', 'caesar-photographs'],
  ],
  en: [
    ['Tadamon massacre', 'tadamon-massacre'],
    ['Tadamun', 'tadamon-massacre'], // another transliteration
    ['التضامن', 'tadamon-massacre'], // Arabic on an English page
    ['Qaisar photographs', 'caesar-photographs'],
    ['Tell al-Nasr', 'tal-al-nasr-funeral-shooting'],
    ['Hims mass grave', 'homs-mass-grave-reported'],
    ['Raslan', 'raslan-verdict'],
    ['al-Gharib', 'al-gharib-verdict'],
    ['Victoria documents', 'victoria-documents'],
    ['1200 bodies', 'homs-mass-grave-reported'],
    ['١٢٠٠ bodies', 'homs-mass-grave-reported'], // Arabic-Indic digits
    ['Kafr Sousseh', 'youssef-at-kafr-sousa'],
    ['veto', 'icc-referral-veto'],
    ['graffiti', 'daraa-graffiti'],
    ['Caesar Act repealed', 'caesar-act-repealed'],
    ['Deraa protesters', 'daraa-first-deaths'],
    ['If the dead could speak', 'hrw-if-the-dead-could-speak'],
    ['Meslet', 'coalition-new-president'],
    ['Geneva', 'geneva-ii-opens'],
  ],
};

// [another spelling readers type, an event that must be among the results]
const FOUND: Record<Lang, [string, string][]> = {
  ar: [
    ['أونجور', 'tadamon-massacre'], // Üngör as Al-Araby Al-Jadeed writes it
    ['أنجور', 'tadamon-massacre'], // and as Enab Baladi does
    ['رئيس الأمن في دمشق', 'tadamon-suspects-arrested'], // the pages write the official مدير أمن دمشق
    ['مشفى حمص العسكري', 'homs-mass-grave-reported'], // the pages write مستشفى
    ['Homs', 'homs-mass-grave-reported'], // transliterated; several pages are about Homs
  ],
  en: [
    ['Ungor', 'tadamon-massacre'],
    ['أونجور', 'tadamon-massacre'],
  ],
};

/** Types a query into the search page and waits until the results on screen answer it. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.fill('#search-q', query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('site-search')?.dataset.searched === q, query, {
    timeout: 10_000,
  });
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('.search-results li h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe.each(LANGS)('search in %s', (lang) => {
  let watched: WatchedPage;
  beforeAll(async () => {
    watched = await watchedPage(site);
    await watched.page.goto(`${site.base}/${lang}/search/`);
  });
  afterAll(async () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  it("starts Pagefind from the head, before any query, and brings every result's text in one file", async () => {
    const fresh = await watchedPage(site);
    const requested: string[] = [];
    const queries: string[] = [];
    fresh.page.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (!pathname.startsWith('/pagefind/')) return;
      requested.push(pathname.slice('/pagefind/'.length));
      if (search) queries.push(request.url());
    });
    await fresh.page.goto(`${site.base}/${lang}/search/`);
    // The warm-up loads the WebAssembly, an index chunk and the results' text with no query typed.
    // Pagefind asks for its entry file as it starts, in a task after the boot script has fetched
    // the warm-up's files: wait for both.
    await expect
      .poll(
        () => requested.some((f) => f.startsWith('index/')) && requested.some((f) => f.startsWith('pagefind-entry.')),
      )
      .toBe(true);
    // Every file by its content-hashed name, with no cache-busting query (Pagefind's entry file's
    // ?ts= included), so a copy the browser keeps for good can answer.
    expect(requested[0]).toMatch(/^pagefind-boot\.[0-9a-f]{10}\.js$/);
    expect(requested.filter((f) => new RegExp(`^wasm\\.${lang}\\.[0-9a-f]{10}\\.pagefind$`).test(f))).toHaveLength(1);
    expect(requested.filter((f) => /^pagefind-entry\.[0-9a-f]{10}\.json$/.test(f))).toHaveLength(1);
    expect(queries).toEqual([]);
    expect(requested.filter((f) => f.startsWith('fragment/'))).toHaveLength(1);
    await searchFor(fresh.page, lang === 'ar' ? 'قيصر' : 'Caesar');
    expect((await resultLinks(fresh.page)).length).toBeGreaterThan(5);
    // Pagefind's own module and worker are not used (the boot script contains the module).
    expect(requested.filter((f) => /^pagefind(-worker)?\.js$/.test(f))).toEqual([]);
    expect(requested.filter((f) => f.startsWith('fragment/'))).toHaveLength(1);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('has at least 15 queries that must find their page first', () => {
    expect(FIRST[lang].length).toBeGreaterThanOrEqual(15);
  });

  it.each(FIRST[lang])('%s → %s first', async (query, id) => {
    await searchFor(watched.page, query);
    const links = await resultLinks(watched.page);
    expect(links[0], `results: ${links.slice(0, 3).join(', ')}`).toBe(`/${lang}/events/${id}/`);
  });

  it.each(FOUND[lang])('%s finds %s', async (query, id) => {
    await searchFor(watched.page, query);
    expect(await resultLinks(watched.page)).toContain(`/${lang}/events/${id}/`);
  });

  it("puts a page's content note before its excerpt, and only where the page has one", async () => {
    const { page } = watched;
    await searchFor(page, lang === 'ar' ? 'مجزرة التضامن' : 'Tadamon massacre');
    const massacre = page.locator('.search-results li', { has: page.locator('a[href$="/tadamon-massacre/"]') });
    const note = massacre.locator('.search-note');
    expect(await note.textContent()).toContain(lang === 'ar' ? 'تنبيه بشأن المحتوى' : 'Content note');
    // The note comes before the excerpt, as it comes before the text on the page.
    expect(await massacre.locator('p').evaluateAll((ps) => ps.map((p) => p.className))).toEqual([
      'meta',
      'search-note',
      'search-excerpt',
    ]);
    await searchFor(page, lang === 'ar' ? 'المسلط' : 'Meslet'); // a page with no content note
    const coalition = page.locator('.search-results li', { has: page.locator('a[href$="/coalition-new-president/"]') });
    expect(await coalition.count()).toBe(1);
    expect(await coalition.locator('.search-note').count()).toBe(0);
  });

  it('shows each result with its title, date, chapter and a highlighted, escaped excerpt, in the page direction', async () => {
    const { page } = watched;
    await searchFor(page, lang === 'ar' ? 'مجزرة التضامن' : 'Tadamon massacre');
    const first = page.locator('.search-results li').first();
    expect(await first.locator('h3 a').textContent()).toBe(lang === 'ar' ? 'مجزرة التضامن' : 'The Tadamon massacre');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2013-04-16');
    expect(await first.locator('.meta').textContent()).toContain(
      lang === 'ar' ? 'مجزرة التضامن' : 'The Tadamon massacre',
    );
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    expect(await first.evaluate((el) => getComputedStyle(el).direction)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(await page.locator('.search-status').textContent()).toMatch(/\d/);
  });

  it('narrows the results with each filter, and widens them again', async () => {
    const { page } = watched;
    await searchFor(page, lang === 'ar' ? 'قيصر' : 'Caesar');
    const all = await resultLinks(page);
    const status = async () => (await page.locator('.search-status').textContent()) ?? '';
    const total = Number(/\d+/.exec(await status())?.[0]);
    expect(total).toBeGreaterThan(5);
    await page.selectOption('select[name=chapter]', 'caesar-act');
    await page.waitForFunction(
      (t) => !document.querySelector('.search-status')?.textContent?.includes(String(t)),
      total,
    );
    const narrowed = await resultLinks(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const link of narrowed) expect(link).toMatch(/\/events\/caesar-act/);
    await page.selectOption('select[name=year]', '2025');
    await expect
      .poll(
        async () =>
          (await resultLinks(page)).every((l) => /caesar-act-(repealed|suspension|waiver)/.test(l)) &&
          (await resultLinks(page)).length > 0,
      )
      .toBe(true);
    await page.selectOption('select[name=kind]', 'violation');
    await expect.poll(() => resultLinks(page)).toEqual([]);
    expect(await page.locator('.search-help').isVisible()).toBe(true);
    await page.click('.search-clear');
    await expect.poll(async () => (await resultLinks(page)).length).toBe(all.length);
    expect(await page.inputValue('#search-q')).toBe(lang === 'ar' ? 'قيصر' : 'Caesar');
  });

  it('filters by place, and sorts by date', async () => {
    const { page } = watched;
    await searchFor(page, '');
    await page.selectOption('select[name=place]', 'homs');
    await expect.poll(() => resultLinks(page)).toContain(`/${lang}/events/tal-al-nasr-funeral-shooting/`);
    const byPlace = await resultLinks(page);
    expect(byPlace).toHaveLength(4);
    expect(byPlace).not.toContain(`/${lang}/events/caesar-act/`);
    await page.selectOption('select[name=sort]', 'date');
    await expect
      .poll(async () =>
        page.$$eval('.search-results time', (times) => times.map((t) => t.getAttribute('datetime') ?? '')),
      )
      .toSatisfy((dates: string[]) => dates.length > 1 && dates.every((d, i) => i === 0 || dates[i - 1]! >= d));
    await page.click('.search-clear');
  });

  it('passes axe with results on screen', async () => {
    await searchFor(watched.page, lang === 'ar' ? 'التضامن' : 'Tadamon');
    expect(await axeViolations(watched.page)).toEqual([]);
  });

  it('suggests what to try when nothing is found', async () => {
    const { page } = watched;
    await searchFor(page, 'qqqxyzzy');
    expect(await resultLinks(page)).toEqual([]);
    expect(await page.locator('.search-help').isVisible()).toBe(true);
    expect(await page.locator('.search-suggestions a').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-status').textContent()).toContain('qqqxyzzy');
  });
});

describe('the address of a search', () => {
  it('reads ?q= and the filters, and writes them back as the reader types', async () => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(
      `${site.base}/ar/search/?q=${encodeURIComponent('والتضامن')}&chapter=tadamon&sort=date&year=nope&x=1`,
    );
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('site-search')?.dataset.searched === 'والتضامن',
    );
    expect(await page.inputValue('#search-q')).toBe('والتضامن');
    expect(await page.inputValue('select[name=chapter]')).toBe('tadamon');
    expect(await page.inputValue('select[name=sort]')).toBe('date');
    expect(await page.inputValue('select[name=year]')).toBe(''); // not a year the page offers
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    await searchFor(page, 'قيصر');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('قيصر');
    expect(url.searchParams.get('chapter')).toBe('tadamon');
    expect(url.searchParams.get('sort')).toBe('date');
    expect(url.searchParams.has('year')).toBe(false);
    // The written address opens the same search.
    await page.goto(page.url());
    await page.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset.searched === 'قيصر');
    expect(await page.inputValue('select[name=chapter]')).toBe('tadamon');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from the header box of any page with / and Enter, and with Ctrl+K', async () => {
    const { page, context, errors } = await watchedPage(site);
    await page.goto(`${site.base}/en/events/daraa-graffiti/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await page.keyboard.type('Homs');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.base}/en/search/?q=Homs`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset.searched === 'Homs');
    expect((await resultLinks(page))[0]).toBe('/en/events/homs-mass-grave-reported/');
    await page.goto(`${site.base}/ar/about/`);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('bad input', () => {
  it('never injects markup, breaks on a huge query or on punctuation', async () => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const attack = '<img src=x onerror=alert(1)>';
    await page.goto(`${site.base}/en/search/?q=${encodeURIComponent(`"><script>alert(2)</script>${attack}`)}`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('site-search')?.dataset.searched !== undefined,
    );
    for (const query of [
      attack,
      `${attack} Tadamon`,
      '!!! ؟؟ ...',
      '   ',
      'والتضامن '.repeat(1200).slice(0, 10_000),
      'x'.repeat(10_000),
    ]) {
      await searchFor(page, query);
      expect(await page.locator('site-search img, site-search script').count()).toBe(0);
      expect(await page.locator('.search-error').isHidden()).toBe(true);
    }
    await searchFor(page, `${attack} Tadamon`);
    expect(await page.locator('.search-status').textContent()).toContain(attack.slice(0, 20));
    await searchFor(page, 'Tadamon');
    const excerpts = await page.$$eval('.search-excerpt', (els) => els.map((el) => el.innerHTML));
    expect(excerpts.length).toBeGreaterThan(0);
    for (const html of excerpts) expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z]/i);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('says clearly when the index is missing', async () => {
    const { page, context } = await watchedPage(site);
    await context.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(`${site.base}/ar/search/?q=${encodeURIComponent('التضامن')}`);
    await page.locator('.search-error').waitFor({ state: 'visible' });
    expect(await page.locator('.search-error').textContent()).toContain('البحث غير متاح');
    expect(await page.locator('.search-error a').getAttribute('href')).toBe('/ar/timeline/');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('starts Pagefind on the first search when the head could not (the boot script failed once)', async () => {
    const { page, context, errors } = await watchedPage(site);
    let failures = 0;
    await context.route('**/pagefind/pagefind-boot.*.js', (route) =>
      failures++ === 0 ? route.abort() : route.continue(),
    );
    await page.goto(`${site.base}/en/search/`);
    await searchFor(page, 'Raslan');
    expect((await resultLinks(page))[0]).toBe('/en/events/raslan-verdict/');
    expect(failures).toBe(2);
    // The failed request itself is the only error the page reports.
    expect(errors.filter((e) => !/ERR_FAILED/.test(e))).toEqual([]);
    await context.close();
  });

  it('without JavaScript, explains and links to every event', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/en/search/?q=Tadamon`);
    expect(await page.locator('.search-notice').first().textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-notice a').first().getAttribute('href')).toBe('/en/timeline/');
    await context.close();
  });
});
