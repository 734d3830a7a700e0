// Every internal URL paths.ts builds, for a site served under a path (SITE_URL=https://user.github.io/repo
// gives Astro the base "/repo", and import.meta.env.BASE_URL "/repo/"), and the same at the root.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assetPath,
  basePath,
  bibliographyPath,
  classroomPath,
  embedDirectory,
  embedPath,
  eventCitePath,
  eventPath,
  isCurrentPage,
  oembedPath,
  pageDirectory,
  pagePath,
  permalink,
  publicSite,
  translatePath,
  withBase,
  withoutBase,
} from '../../src/lib/paths.ts';
import { embedSnippet } from '../../src/lib/embed/snippet.ts';
import { siteOembed } from '../../src/lib/embed/site-oembed.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('withBase and withoutBase', () => {
  it('prefix a path from the root with the base, and take it off again', () => {
    expect(withBase('/ar/', '/repo/')).toBe('/repo/ar/');
    expect(withBase('/', '/repo/')).toBe('/repo/');
    expect(withBase('/ar/', '/')).toBe('/ar/');
    expect(withoutBase('/repo/ar/', '/repo/')).toBe('/ar/');
    expect(withoutBase('/repo/', '/repo/')).toBe('/');
    expect(withoutBase('/repo', '/repo/')).toBe('/');
    expect(withoutBase('/repository/ar/', '/repo/')).toBe('/repository/ar/');
    expect(withoutBase('/ar/', '/')).toBe('/ar/');
  });

  it('read the base Astro gives, with one trailing slash', () => {
    expect(basePath()).toBe('/');
    vi.stubEnv('BASE_URL', '/repo');
    expect(basePath()).toBe('/repo/');
    vi.stubEnv('BASE_URL', '/repo/');
    expect(basePath()).toBe('/repo/');
  });
});

describe('at the root (no path in SITE_URL)', () => {
  it('every URL is what it always was', () => {
    expect(pagePath('ar')).toBe('/ar/');
    expect(eventPath('en', 'tadamon-massacre')).toBe('/en/events/tadamon-massacre/');
    expect(assetPath('js/site-timeline.js')).toBe('/js/site-timeline.js');
    expect(assetPath('')).toBe('/');
    expect(embedPath('en', 'timeline')).toBe('/embed/en/timeline/');
    expect(oembedPath('ar', 'events', 'x')).toBe('/oembed/ar/events/x.json');
    expect(permalink('/en/events/x/', 'https://example.org')).toBe('https://example.org/en/events/x/');
    expect(permalink('/en/events/x/index.html', new URL('https://example.org/'))).toBe(
      'https://example.org/en/events/x/',
    );
    expect(publicSite(new URL('https://example.org'))).toBe('https://example.org');
  });
});

describe('under the base /repo/', () => {
  const site = 'https://user.github.io/repo/';
  const stub = () => vi.stubEnv('BASE_URL', '/repo/');

  it('pages, files, embedded views and oEmbed documents start with the base', () => {
    stub();
    expect(pagePath('ar')).toBe('/repo/ar/');
    expect(pageDirectory('en', 'events', 'x')).toBe('/repo/en/events/x/');
    expect(eventPath('en', 'tadamon-massacre')).toBe('/repo/en/events/tadamon-massacre/');
    expect(classroomPath('ar', 'tadamon')).toBe('/repo/ar/classroom/tadamon/');
    expect(eventCitePath('en', 'x', 'bib')).toBe('/repo/en/events/x/cite.bib');
    expect(bibliographyPath('ar', 'ris')).toBe('/repo/ar/sources/bibliography.ris');
    expect(assetPath('js/site-timeline.js')).toBe('/repo/js/site-timeline.js');
    // The service worker's scope and the manifest's scope.
    expect(assetPath('sw.js')).toBe('/repo/sw.js');
    expect(assetPath('')).toBe('/repo/');
    expect(assetPath('pagefind/')).toBe('/repo/pagefind/');
    expect(embedPath('en', 'events', 'x')).toBe('/repo/embed/en/events/x/');
    expect(oembedPath('en', 'timeline')).toBe('/repo/oembed/en/timeline.json');
  });

  it('the language switch and the current-page mark work on based paths', () => {
    stub();
    expect(translatePath('/repo/ar/events/caesar-act/', 'en')).toBe('/repo/en/events/caesar-act/');
    expect(translatePath('/repo/en/', 'ar')).toBe('/repo/ar/');
    expect(isCurrentPage('/repo/en/map/', pagePath('en', 'map'))).toBe(true);
  });

  it('absolute addresses name the path once', () => {
    stub();
    expect(permalink(eventPath('en', 'x'), site)).toBe('https://user.github.io/repo/en/events/x/');
    expect(permalink(oembedPath('en', 'timeline'), new URL(site))).toBe(
      'https://user.github.io/repo/oembed/en/timeline.json',
    );
    expect(publicSite(site)).toBe('https://user.github.io/repo');
    // Snippets and oEmbed documents: the public address, then the view's path from the root.
    expect(embedDirectory('en', 'timeline')).toBe('/embed/en/timeline/');
    const snippet = embedSnippet({
      site: publicSite(site),
      path: embedDirectory('en', 'map'),
      title: 'Map',
      autoHeight: true,
    });
    expect(snippet).toContain('src="https://user.github.io/repo/embed/en/map/"');
    expect(snippet).toContain('<script src="https://user.github.io/repo/embed.js" async>');
    const doc = siteOembed(site, 'en', { kind: 'timeline' }, 'Timeline');
    expect(doc.html).toContain('src="https://user.github.io/repo/embed/en/timeline/"');
    expect(doc.provider_url).toBe('https://user.github.io/repo/');
  });

  it('a build with no base (the folder edition) still gives permalinks under the public path', () => {
    expect(permalink('/en/events/x/index.html', site)).toBe('https://user.github.io/repo/en/events/x/');
  });
});
