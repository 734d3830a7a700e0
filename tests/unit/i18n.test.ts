import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { t } from '../../src/i18n/t.ts';
import { LOCALES, otherLang } from '../../src/i18n/locales.ts';
import { eventPath, pagePath, translatePath } from '../../src/lib/paths.ts';

describe('interface strings', () => {
  it('exist for the same keys in both languages, none empty', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(ar), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(ar[key]), key).toEqual(placeholders(en[key]));
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('en', 'qualifier.at-least', { n: '41' })).toBe('at least 41');
    expect(t('ar', 'qualifier.at-least', { n: '41' })).toBe('41 على الأقل');
    expect(t('en', 'qualifier.at-least')).toBe('at least {n}');
  });
});

describe('locales', () => {
  it('puts Arabic first and right to left', () => {
    expect(Object.keys(LOCALES)[0]).toBe('ar');
    expect(LOCALES.ar.dir).toBe('rtl');
    expect(LOCALES.en.dir).toBe('ltr');
    expect(otherLang('ar')).toBe('en');
  });
});

describe('paths', () => {
  it('builds one URL scheme for every page', () => {
    expect(pagePath('ar')).toBe('/ar/');
    expect(pagePath('en', 'sources')).toBe('/en/sources/');
    expect(eventPath('ar', 'tadamon-massacre')).toBe('/ar/events/tadamon-massacre/');
  });

  it('translates a page path into the other language and nothing else', () => {
    expect(translatePath('/ar/events/caesar-act/', 'en')).toBe('/en/events/caesar-act/');
    expect(translatePath('/en/', 'ar')).toBe('/ar/');
    expect(translatePath('/arabic/ar/', 'en')).toBe('/arabic/ar/');
  });
});
