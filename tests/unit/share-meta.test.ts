import { afterEach, describe, expect, it, vi } from 'vitest';
import { OG_LOCALE, SHARE_IMAGE, shareMeta, type ShareInput } from '../../src/lib/share-meta.ts';
import { shareImagePath, withBase } from '../../src/lib/paths.ts';

const input = (over: Partial<ShareInput> = {}): ShareInput => ({
  lang: 'ar',
  title: 'العنوان · الموقع',
  description: 'الوصف',
  siteName: 'الموقع',
  url: 'https://site.example/ar/events/x/',
  type: 'article',
  image: { url: 'https://site.example/og/ar/events/x.png', alt: 'بطاقة' },
  ...over,
});
const tags = (i: ShareInput) => new Map(shareMeta(i).map(([, key, content]) => [key, content]));

describe('shareMeta', () => {
  it('gives Open Graph and Twitter the same title, description and image', () => {
    const t = tags(input());
    expect(t.get('og:title')).toBe('العنوان · الموقع');
    expect(t.get('twitter:title')).toBe(t.get('og:title'));
    expect(t.get('twitter:description')).toBe(t.get('og:description'));
    expect(t.get('twitter:image')).toBe(t.get('og:image'));
    expect(t.get('twitter:image:alt')).toBe(t.get('og:image:alt'));
    expect(t.get('twitter:card')).toBe('summary_large_image');
    expect(t.get('og:type')).toBe('article');
    expect([t.get('og:image:width'), t.get('og:image:height')]).toEqual([
      String(SHARE_IMAGE.width),
      String(SHARE_IMAGE.height),
    ]);
  });

  it('names the page’s locale and the other language’s', () => {
    expect(tags(input()).get('og:locale')).toBe(OG_LOCALE.ar);
    expect(tags(input()).get('og:locale:alternate')).toBe(OG_LOCALE.en);
    expect(tags(input({ lang: 'en' })).get('og:locale')).toBe(OG_LOCALE.en);
    expect(tags(input({ lang: 'en' })).get('og:locale:alternate')).toBe(OG_LOCALE.ar);
  });

  it('uses property= for Open Graph and name= for Twitter', () => {
    for (const [attribute, key] of shareMeta(input()))
      expect(attribute).toBe(key.startsWith('og:') ? 'property' : 'name');
  });

  it('refuses a relative URL, which link previews cannot follow', () => {
    expect(() => shareMeta(input({ url: '/ar/' }))).toThrow(/absolute/);
    expect(() => shareMeta(input({ image: { url: '/og/ar/site.png', alt: '' } }))).toThrow(/absolute/);
  });
});

describe('shareImagePath', () => {
  it('names an event’s card and the site’s card per language, under the base', () => {
    expect(shareImagePath('en', 'tadamon-massacre')).toBe(withBase('/og/en/events/tadamon-massacre.png'));
    expect(shareImagePath('ar')).toBe(withBase('/og/ar/site.png'));
  });

  afterEach(() => vi.unstubAllEnvs());
  it('starts with the base path of a site served under one', () => {
    vi.stubEnv('BASE_URL', '/repo/');
    expect(shareImagePath('ar')).toBe('/repo/og/ar/site.png');
  });
});
