// The preview-build rule on the built site: dist/ built without SITE_URL (as `npm test` builds it)
// shows the preview banner on every page, full or embedded, in the page's language, and its
// absolute addresses (oEmbed documents, permalinks, citations) name the placeholder. Built with
// SITE_URL, no page has the banner.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, DIST, distFiles, distPages } from '../helpers/dist.ts';
import { DEFAULT_SITE_URL, isPreviewBuild, siteUrl } from '../../src/lib/site-url.ts';

const preview = isPreviewBuild();
let pages: ReturnType<typeof distPages>;
beforeAll(() => {
  assertBuilt();
  pages = distPages();
});

/** Pages whose root is a whole document: full pages and embedded views (not oEmbed JSON, not
 * fragments some tool writes). */
const documents = () => pages.filter((p) => p.doc.querySelector('html body') !== null);

describe.runIf(preview)('a build without SITE_URL (a preview build)', () => {
  it('shows the banner once on every full page and embedded view, first in the body after the skip link', () => {
    const docs = documents();
    expect(docs.length).toBe(pages.length);
    expect(docs.some((p) => p.url.startsWith('/embed/'))).toBe(true);
    for (const { url, doc } of docs) {
      const banners = doc.querySelectorAll('[data-preview-build]');
      expect(banners.length, url).toBe(1);
      const banner = banners[0]!;
      expect(banner.tagName, url).toBe('ASIDE');
      expect(banner.getAttribute('aria-label'), url).toBeTruthy();
      // Kept out of the search index.
      expect(banner.hasAttribute('data-pagefind-ignore'), url).toBe(true);
      const firstInBody = doc
        .querySelector('body')!
        .childNodes.filter((n) => n.nodeType === 1)
        .map((n) => n as typeof banner);
      const before = firstInBody.slice(0, firstInBody.indexOf(banner)).map((el) => el.classNames);
      expect(
        before.every((c) => c.includes('skip-link')),
        url,
      ).toBe(true);
      // It names the variable and the placeholder.
      expect(
        banner.querySelectorAll('code').map((c) => c.text),
        url,
      ).toEqual(expect.arrayContaining(['SITE_URL', new URL(DEFAULT_SITE_URL).host]));
    }
  });

  it('speaks the page’s language; on the bilingual pages, both', () => {
    for (const { url, doc } of documents()) {
      const banner = doc.querySelector('[data-preview-build]')!;
      const text = banner.text;
      const lang = doc.querySelector('html')!.getAttribute('lang');
      const paragraphs = banner.querySelectorAll('p');
      if (url === '/' || url === '/404/') {
        expect(
          paragraphs.map((p) => p.getAttribute('lang')),
          url,
        ).toEqual(['ar', 'en']);
        expect(
          paragraphs.map((p) => p.getAttribute('dir')),
          url,
        ).toEqual(['rtl', 'ltr']);
      } else {
        expect(paragraphs.length, url).toBe(1);
        expect(/[\u0600-\u06FF]/.test(text), url).toBe(lang === 'ar');
        expect(/Preview build/.test(text), url).toBe(lang === 'en');
      }
    }
  });

  it('the oEmbed documents, permalinks and citations use the placeholder address', () => {
    expect(siteUrl()).toBe(DEFAULT_SITE_URL);
    const oembed = JSON.parse(readFileSync(join(DIST, 'oembed/en/timeline.json'), 'utf8'));
    expect(oembed.provider_url).toBe(`${DEFAULT_SITE_URL}/`);
    expect(oembed.html).toContain(`src="${DEFAULT_SITE_URL}/embed/en/timeline/"`);
    const cite = JSON.parse(readFileSync(join(DIST, 'en/events/tadamon-massacre/cite.json'), 'utf8'));
    expect(JSON.stringify(cite)).toContain(`${DEFAULT_SITE_URL}/en/events/tadamon-massacre/`);
    const event = pages.find((p) => p.url === '/ar/events/tadamon-massacre/')!;
    expect(event.doc.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).toBe(
      `${DEFAULT_SITE_URL}/oembed/ar/events/tadamon-massacre.json`,
    );
    expect(event.doc.querySelector('site-embed-code')!.getAttribute('data-origin')).toBe(DEFAULT_SITE_URL);
  });

  it('no JSON document carries the banner', () => {
    for (const file of distFiles().filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toContain('data-preview-build');
    }
  });
});

describe.runIf(!preview)('a build with SITE_URL', () => {
  it('shows no preview banner anywhere', () => {
    for (const { url, html } of pages) expect(html, url).not.toContain('data-preview-build');
  });
});
