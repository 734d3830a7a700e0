// The folder edition's URL rewriting and its archive check, the offline control's arithmetic,
// the links paths.ts builds, and a built page as the folder edition has it.
import { describe, expect, it } from 'vitest';
import {
  folderUrl,
  isSitePath,
  relativeUrl,
  rewriteCss,
  rewriteHtml,
  rootPrefix,
} from '../../integrations/lib/folder/relative-urls.ts';
import { checkFolderPage, checkScriptCode } from '../../integrations/lib/folder/archive-check.ts';
import { formatBytes, PLACEHOLDER } from '../../src/lib/offline/archive.ts';
import { fillPlaceholders, langOfFile } from '../../integrations/lib/placeholders.ts';
import { fillPercent, percentStored, precacheName } from '../../src/lib/offline/save-progress.ts';
import {
  bibliographyPath,
  embedDirectory,
  eventCitePath,
  isCurrentPage,
  pagePath,
  permalink,
} from '../../src/lib/paths.ts';
import { toFolderPage } from '../../integrations/lib/folder/folder-page.ts';

describe('relativeUrl', () => {
  it('climbs out of the page folder and names the index file', () => {
    expect(relativeUrl('en/about/index.html', '/ar/events/x/')).toBe('../../ar/events/x/index.html');
    expect(relativeUrl('index.html', '/ar/')).toBe('ar/index.html');
    expect(relativeUrl('ar/index.html', '/ar/')).toBe('index.html');
    expect(relativeUrl('ar/events/x/index.html', '/ar/events/y/index.html')).toBe('../y/index.html');
  });

  it('keeps the fragment and query, and reaches files at the root', () => {
    expect(relativeUrl('ar/map/index.html', '/ar/about/#borders')).toBe('../about/index.html#borders');
    expect(relativeUrl('ar/events/x/index.html', '/js/site-map.js?v=1')).toBe('../../../js/site-map.js?v=1');
    expect(relativeUrl('404.html', '/favicon.svg')).toBe('favicon.svg');
    expect(relativeUrl('_astro/t.css', '/_astro/font.woff2')).toBe('font.woff2');
  });

  it('tells site paths from other URLs', () => {
    expect(isSitePath('/ar/')).toBe(true);
    for (const other of [
      '/ is text',
      '//cdn.example/x.js',
      'https://example.org/',
      '#cite-1',
      'index.html',
      '',
      'mailto:a@b',
    ])
      expect(isSitePath(other), other).toBe(false);
  });

  it('gives the way back to the root folder', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('ar/search/index.html')).toBe('../../');
  });
});

describe('rewriteHtml', () => {
  const page = [
    '<html><head><link rel="stylesheet" href="/_astro/t.css"><link rel="alternate" hreflang="en" href="/en/events/x/">',
    '<style>@font-face{src:url(/_astro/f.woff2)}</style></head><body>',
    '<a href="/ar/">home</a> <a href="https://example.org/x">out</a> <a href="#notes">notes</a>',
    '<img srcset="/a.png 1x, /b.png 2x" src=/a.png alt="">',
    '<div style="background:url(\'/bg.png\')" data-label="/ is not a link unless it is a path"></div>',
    '<script type="application/json">{"href":"/ar/events/y/","text":"a < b","n":3}</script>',
    '<script src="/js/site-map.js" defer></script><script>if (a<b) { x = "/not/touched"; }</script>',
    '</body></html>',
  ].join('');
  const out = rewriteHtml('ar/events/x/index.html', page);

  it('makes attributes, srcset, inline CSS and stylesheets relative', () => {
    expect(out).toContain('href="../../../_astro/t.css"');
    expect(out).toContain('href="../../../en/events/x/index.html"');
    expect(out).toContain('url(../../../_astro/f.woff2)');
    expect(out).toContain('srcset="../../../a.png 1x, ../../../b.png 2x"');
    expect(out).toContain('src="../../../a.png"');
    expect(out).toContain("url('../../../bg.png')");
    expect(out).toContain('href="../../index.html"');
    expect(out).toContain('src="../../../js/site-map.js"');
  });

  it('rewrites the data the scripts read, keeping it safe inside the script element', () => {
    expect(out).toContain('{"href":"../y/index.html","text":"a \\u003c b","n":3}');
  });

  it('leaves other URLs, fragments, prose and code alone', () => {
    expect(out).toContain('href="https://example.org/x"');
    expect(out).toContain('href="#notes"');
    expect(out).toContain('data-label="/ is not a link unless it is a path"');
    expect(out).toContain('<script>if (a<b) { x = "/not/touched"; }</script>');
  });

  it('rewrites stylesheets from their own folder', () => {
    expect(
      rewriteCss('_astro/t.css', 'a{background:url("/_astro/x.png")} b{background:url(data:image/png;base64,AA)}'),
    ).toBe('a{background:url("x.png")} b{background:url(data:image/png;base64,AA)}');
  });

  it('gives a page the archive check accepts', () => {
    const checked = checkFolderPage('ar/events/x/index.html', out);
    expect(checked.problems).toEqual([]);
    expect(checked.references).toContain('ar/events/y/index.html');
    expect(checked.references).toContain('js/site-map.js');
  });
});

describe('checkFolderPage', () => {
  const problems = (html: string) => checkFolderPage('en/index.html', html).problems.map((p) => p.problem);

  it('rejects an absolute path wherever it is', () => {
    expect(problems('<a href="/en/about/">x</a>')).toEqual(['references an absolute path: href="/en/about/"']);
    expect(problems('<script type="application/json">{"href":"/ar/"}</script>')).toEqual([
      'references an absolute path: data "/ar/"',
    ]);
    expect(problems('<style>a{background:url(/x.png)}</style>')).toEqual(['references an absolute path: url(/x.png)']);
    expect(problems('<img src="file:///home/x.png">')).toHaveLength(1);
  });

  it('rejects a link to a folder, which file:// shows as a listing', () => {
    expect(problems('<a href="../ar/">x</a>')).toEqual(['links to a folder, not a file: href="../ar/"']);
    expect(problems('<a href="../ar/index.html">x</a>')).toEqual([]);
  });

  it('rejects module scripts and inline code that fetches, imports or starts a worker', () => {
    expect(problems('<script type="module" src="../_astro/x.js"></script>')[0]).toMatch(/module script/);
    expect(problems('<script>fetch("../data.json")</script>')[0]).toMatch(/fetch\(\)/);
    expect(problems('<script>import("./x.js")</script>')[0]).toMatch(/import\(\)/);
    expect(problems('<script>new Worker("w.js")</script>')[0]).toMatch(/worker/);
    expect(problems('<script>navigator.serviceWorker.register("/sw.js")</script>')[0]).toMatch(/service worker/);
  });

  it('accepts external links, fragments and classic scripts, and reports the files it references', () => {
    const result = checkFolderPage(
      'en/about/index.html',
      '<a href="https://a.org/">a</a><a href="#x">x</a><script src="../../js/a.js" defer></script><a href="../index.html#top">h</a>',
    );
    expect(result.problems).toEqual([]);
    expect(result.references).toEqual(['js/a.js', 'en/index.html']);
  });

  it('checks the code of script files too', () => {
    expect(checkScriptCode('js/a.js', 'var a=1;window.fetch(u)')).toHaveLength(1);
    expect(checkScriptCode('js/a.js', 'var prefetch=1; a.fetchAll=2')).toEqual([]);
    expect(checkScriptCode('js/a.js', 'window.fetch(u)')).toHaveLength(1);
    expect(checkScriptCode('js/a.js', '(await import(url))')).toHaveLength(1);
    // A method named fetch (MiniSearch's map), its calls and comments that mention fetch() are not fetching.
    expect(
      checkScriptCode(
        'js/a.js',
        'class M { fetch(key, initial) { return 1 } }\nm.fetch(k, f);\n/* use `fetch()` */\n// fetch(x)',
      ),
    ).toEqual([]);
  });
});

describe('the numbers written into pages after the build', () => {
  it('formats sizes in each language', () => {
    expect(formatBytes(4_321_000, 'en')).toBe('4.3 MB');
    expect(formatBytes(4_321_000, 'ar')).toBe('4.3 ميغابايت');
    expect(formatBytes(850_400, 'en')).toBe('850 KB');
    expect(formatBytes(12, 'en')).toBe('1 KB');
  });

  it('fills every copy of a placeholder and tells the language from the file', () => {
    const html = `<p>${PLACEHOLDER.archiveSize}</p><code>${PLACEHOLDER.archiveSha256}</code><b>${PLACEHOLDER.archiveSize}</b>`;
    expect(fillPlaceholders(html, { archiveSize: '1 MB', archiveSha256: 'ab' })).toBe(
      '<p>1 MB</p><code>ab</code><b>1 MB</b>',
    );
    expect(langOfFile('ar/download/index.html')).toBe('ar');
    expect(langOfFile('index.html')).toBeNull();
  });
});

describe('the offline control', () => {
  it('finds the precache and counts whole percents', () => {
    expect(precacheName(['other', 'workbox-precache-v2-http://127.0.0.1/'])).toBe(
      'workbox-precache-v2-http://127.0.0.1/',
    );
    expect(precacheName(['other'])).toBeNull();
    expect(percentStored(0, 99)).toBe(0);
    expect(percentStored(50, 99)).toBe(50);
    expect(percentStored(120, 99)).toBe(100);
    expect(percentStored(5, Number.NaN)).toBe(0);
    expect(fillPercent('Saving: {percent}%', 42)).toBe('Saving: 42%');
  });
});

describe('links, and the folder edition made from a built page', () => {
  it('links pages by their folder, and the folder edition names the file', () => {
    expect(pagePath('ar', 'events', 'x')).toBe('/ar/events/x/');
    expect(toFolderPage('en/map/index.html', '<a href="/ar/events/x/">x</a>')).toBe(
      '<a href="../../ar/events/x/index.html">x</a>',
    );
  });

  it("gives a page's permanent address on the web, also in the folder edition", () => {
    expect(permalink('/ar/events/x/', 'https://example.org')).toBe('https://example.org/ar/events/x/');
    expect(permalink('/ar/events/x/index.html', 'https://example.org')).toBe('https://example.org/ar/events/x/');
    const page = `<a class="permalink" href="${permalink('/ar/events/x/', 'https://example.org')}">p</a>`;
    expect(toFolderPage('ar/events/x/index.html', page)).toBe(page);
  });

  it('gives other sites the web address of an embedded view, and the folder edition its file', () => {
    expect(embedDirectory('ar', 'events', 'x')).toBe('/embed/ar/events/x/');
    expect(toFolderPage('en/timeline/index.html', `<iframe src="${embedDirectory('en', 'timeline')}"></iframe>`)).toBe(
      '<iframe src="../../embed/en/timeline/index.html"></iframe>',
    );
  });

  it('leaves out what only the web has, and puts in what only the folder edition has', () => {
    const page = [
      '<html><head><link data-edition="web" rel="manifest" href="/ar/manifest.webmanifest"></head><body>',
      '<p>text</p><site-offline data-edition="web" hidden></site-offline>',
      '<script data-edition="web" defer src="/js/site-search.js"></script>',
      '<template data-edition="folder"><script defer src="/js/folder-search.js"></script><p class="note">folder</p></template>',
      '</body></html>',
    ].join('');
    expect(toFolderPage('ar/search/index.html', page)).toBe(
      '<html><head></head><body><p>text</p><script defer src="../../js/folder-search.js"></script><p class="note">folder</p></body></html>',
    );
  });

  it('leaves a page with nothing to change as it was, byte for byte', () => {
    const page =
      '<!doctype html><html lang="ar" dir="rtl"><body><p class=x data-a=\'{"b":1}\'>نص &amp; <b>bold</b></p><pre>  kept  </pre><script>if (a < b) go()</script></body></html>';
    expect(toFolderPage('index.html', page)).toBe(page);
  });

  it("puts citation files in the page's folder, not after its index file", () => {
    expect(eventCitePath('en', 'x', 'bib')).toBe('/en/events/x/cite.bib');
    expect(bibliographyPath('ar', 'ris')).toBe('/ar/sources/bibliography.ris');
  });

  it('marks the current page', () => {
    expect(isCurrentPage('/ar/map/', '/ar/map/')).toBe(true);
    expect(isCurrentPage('/ar/map/', '/ar/')).toBe(false);
  });
});

describe('folderUrl', () => {
  it('takes off the base of a site served under a path, and leaves what is outside it', () => {
    expect(folderUrl('ar/map/index.html', '/repo/ar/events/x/', '/repo/')).toBe('../events/x/index.html');
    expect(folderUrl('index.html', '/repo/_astro/a.css', '/repo')).toBe('_astro/a.css');
    expect(folderUrl('index.html', '/repo/', '/repo/')).toBe('index.html');
    expect(folderUrl('index.html', '/other/x.js', '/repo/')).toBe('/other/x.js');
    expect(folderUrl('index.html', 'https://example.org/repo/', '/repo/')).toBe('https://example.org/repo/');
  });
});
