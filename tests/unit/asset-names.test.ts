// Content-hashed names for the files under js/ and the icons (integrations/lib/asset-names.ts): a
// new content is a new name, the same content the same name, and files outside the folder (the host
// script other sites name) keep theirs.
import { describe, expect, it } from 'vitest';
import { CONTENT_NAMED_PATH, hashedName, hashFiles } from '../../integrations/lib/asset-names.ts';

describe('content-hashed asset names', () => {
  it('puts ten hex digits of the content before the extension', () => {
    expect(hashedName('js/site-map.css', 'a{}')).toMatch(/^js\/site-map\.[0-9a-f]{10}\.css$/);
    expect(hashedName('js/search-index.ar.js', 'x')).toMatch(/^js\/search-index\.ar\.[0-9a-f]{10}\.js$/);
    expect(hashedName('js/LICENSE', 'x')).toMatch(/^js\/LICENSE\.[0-9a-f]{10}$/);
  });

  it('changes the name when the content changes, and only then', () => {
    const bytes = new TextEncoder().encode('var a=1;');
    expect(hashedName('js/a.js', bytes)).toBe(hashedName('js/a.js', 'var a=1;'));
    expect(hashedName('js/a.js', 'var a=2;')).not.toBe(hashedName('js/a.js', 'var a=1;'));
  });

  it('renames the files under js/ and lists them; the host script keeps its name', () => {
    const { files, names } = hashFiles(
      new Map<string, string>([
        ['js/site-map.js', 'map'],
        ['js/site-map.css', 'css'],
        ['embed.js', 'host'],
      ]),
    );
    expect([...names.keys()]).toEqual(['js/site-map.js', 'js/site-map.css']);
    for (const [plain, hashed] of names) expect(files.has(hashed), plain).toBe(true);
    expect(files.get(names.get('js/site-map.js')!)).toBe('map');
    expect(files.get('embed.js')).toBe('host');
    expect(files.size).toBe(3);
  });

  it('renames the files of another folder when asked to', () => {
    const { names } = hashFiles(
      new Map<string, string>([
        ['icons/favicon.svg', '<svg/>'],
        ['js/a.js', 'a'],
      ]),
      'icons/',
    );
    expect([...names.keys()]).toEqual(['icons/favicon.svg']);
    expect(names.get('icons/favicon.svg')).toMatch(/^icons\/favicon\.[0-9a-f]{10}\.svg$/);
  });

  it('knows the folders whose every file is named by its content, and only those', () => {
    for (const path of ['_astro/a.B1c2D3e4.woff2', 'js/a.1a2b3c4d5e.js', 'icons/i.1a2b3c4d5e.png', 'pagefind/x'])
      expect(CONTENT_NAMED_PATH.test(path), path).toBe(true);
    for (const path of ['sw.js', 'sw-files.json', 'embed.js', 'ar/index.html', 'download/x.zip', 'xjs/a.js'])
      expect(CONTENT_NAMED_PATH.test(path), path).toBe(false);
  });
});
