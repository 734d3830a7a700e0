import { describe, expect, it } from 'vitest';
import { isSitemapPage, robotsTxt, sitemapIndexUrl } from '../../src/lib/sitemap.ts';

describe('isSitemapPage', () => {
  const site = 'https://site.example';

  it.each([
    'https://site.example/ar/',
    'https://site.example/en/',
    'https://site.example/en/events/tadamon-massacre/',
    'https://site.example/ar/corrections/',
  ])('lists the page %s', (url) => {
    expect(isSitemapPage(url, site)).toBe(true);
  });

  it.each([
    ['the bilingual chooser', 'https://site.example/'],
    ['the 404 page', 'https://site.example/404/'],
    ['an embedded view', 'https://site.example/embed/en/timeline/'],
    ['an oEmbed document', 'https://site.example/oembed/en/timeline.json'],
    ['a feed', 'https://site.example/en/feed.xml'],
    ['a citation file', 'https://site.example/en/events/x/cite.bib'],
    ['a manifest', 'https://site.example/ar/manifest.webmanifest'],
    ['another site', 'https://other.example/en/'],
    ['a language the site does not have', 'https://site.example/fr/'],
  ])('leaves out %s', (_, url) => {
    expect(isSitemapPage(url, site)).toBe(false);
  });

  it('reads the pages under the base path of a site served under a path', () => {
    const under = 'https://user.github.io/repo/';
    expect(isSitemapPage('https://user.github.io/repo/en/about/', under)).toBe(true);
    expect(isSitemapPage('https://user.github.io/repo/', under)).toBe(false);
    expect(isSitemapPage('https://user.github.io/en/about/', under)).toBe(false);
  });
});

describe('robots.txt', () => {
  it('names the sitemap index by its absolute address', () => {
    expect(sitemapIndexUrl('https://site.example')).toBe('https://site.example/sitemap-index.xml');
    expect(robotsTxt('https://site.example/')).toContain('Sitemap: https://site.example/sitemap-index.xml\n');
  });

  it('keeps the base path of a site served under a path', () => {
    expect(robotsTxt('https://user.github.io/repo/')).toContain(
      'Sitemap: https://user.github.io/repo/sitemap-index.xml\n',
    );
  });

  it('lets every crawler read everything', () => {
    const lines = robotsTxt('https://site.example').split('\n');
    expect(lines.slice(0, 2)).toEqual(['User-agent: *', 'Allow: /']);
  });
});
