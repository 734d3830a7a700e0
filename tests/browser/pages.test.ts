// Each kind of page, in both languages, in real Chromium: loads without console errors,
// requests nothing from another origin, passes axe's WCAG 2.1 AA rules; and the language
// switch keeps the reader on the same page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type SiteSession } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { LANGS } from '../../src/i18n/locales.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const PAGE_TYPES = [
  'home:/{lang}/',
  'chapter:/{lang}/events/tadamon-massacre/',
  'chapter:/{lang}/events/caesar-photographs/',
  'event:/{lang}/events/daraa-graffiti/',
  'about:/{lang}/about/',
  'sources:/{lang}/sources/',
  'places:/{lang}/places/',
  'data:/{lang}/data/',
  'corrections:/{lang}/corrections/',
];

describe.each(LANGS)('pages in %s', (lang) => {
  it.each(PAGE_TYPES)('%s loads cleanly and passes axe', async (entry) => {
    const path = entry.slice(entry.indexOf(':') + 1).replace('{lang}', lang);
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    const response = await page.goto(site.base + path);
    expect(response?.status()).toBe(200);
    // Every font the page uses loads (from this site: other origins are blocked and recorded).
    expect(await page.evaluate(async () => (await document.fonts.ready).status)).toBe('loaded');
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the root page and unknown addresses', () => {
  it('offers both languages', async () => {
    const { page, context, errors, foreignRequests } = await watchedPage(site);
    await page.goto(site.base + '/');
    await page.click('a[hreflang="en"]');
    await page.waitForURL(`${site.base}/en/`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('answers an unknown address with a 404 page in both languages', async () => {
    const { page, context } = await watchedPage(site);
    const response = await page.goto(site.base + '/ar/events/no-such-event/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('section[lang="ar"] a').getAttribute('href')).toBe('/ar/');
    expect(await page.locator('section[lang="en"] a').getAttribute('href')).toBe('/en/');
    await context.close();
  });
});

describe('the language switch', () => {
  it.each([
    ['ar', 'en'],
    ['en', 'ar'],
  ])('keeps the reader on the same event (%s → %s)', async (from, to) => {
    const { page, context } = await watchedPage(site);
    await page.goto(`${site.base}/${from}/events/victoria-documents/`);
    await page.click('a.lang-switch');
    await page.waitForURL(`${site.base}/${to}/events/victoria-documents/`);
    expect(await page.getAttribute('html', 'lang')).toBe(to);
    expect(await page.getAttribute('article', 'data-event-id')).toBe('victoria-documents');
    await context.close();
  });
});

describe('reading on a phone', () => {
  it.each(LANGS)('a chapter page does not scroll sideways (%s)', async (lang) => {
    const { page, context } = await watchedPage(site, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.base}/${lang}/events/tadamon-massacre/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  // Sections below the first screen are laid out only as the reader nears them
  // (content-visibility); a link to something inside one must still land on it.
  it.each(LANGS)('a link into a later section lands on its target (%s)', async (lang) => {
    const { page, context } = await watchedPage(site, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.base}/${lang}/sources/`);
    const heading = await page.locator('section.below-fold h2[id]').nth(1).getAttribute('id');
    await page.goto(`${site.base}/${lang}/sources/#${heading}`);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, heading!);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(740 / 2);
    await context.close();
  });

  // Naskh's core is about a quarter of the font's Arabic subset (src/styles/fonts.css); the rest
  // is for characters the site's text does not use.
  it('an Arabic page downloads the core of Naskh and not the whole font', async () => {
    const { page, context } = await watchedPage(site, { viewport: { width: 360, height: 740 } });
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.base}/ar/events/tadamon-massacre/`);
    await page.evaluate(async () => {
      window.scrollTo(0, document.body.scrollHeight);
      await document.fonts.ready;
    });
    const naskh = fonts.filter((path) => path.includes('noto-naskh-arabic'));
    expect(naskh.some((path) => path.includes('-core-400-'))).toBe(true);
    expect(naskh.filter((path) => !path.includes('-core-'))).toEqual([]);
    await context.close();
  });
});
