// SITE_URL: the site's public address (an origin, or an origin and a path) and the preview-build
// rule, as src/lib/site-url.ts reads them for astro.config.mjs.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_URL,
  isPreviewBuild,
  previewBuildMessage,
  siteAddress,
  siteBase,
  siteUrl,
  siteUrlRequired,
} from '../../src/lib/site-url.ts';

describe('siteAddress', () => {
  it('without SITE_URL is a preview build at the placeholder address, at the root', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '   ' }]) {
      expect(siteAddress(env)).toEqual({ site: DEFAULT_SITE_URL, base: '/', preview: true });
    }
  });

  it('takes an origin, with or without a trailing slash, as the site at the root', () => {
    expect(siteAddress({ SITE_URL: ' https://evidence.example/ ' })).toEqual({
      site: 'https://evidence.example',
      base: '/',
      preview: false,
    });
    expect(siteAddress({ SITE_URL: 'http://127.0.0.1:4321' })).toEqual({
      site: 'http://127.0.0.1:4321',
      base: '/',
      preview: false,
    });
  });

  it('takes an origin and a path: the path becomes the base (a GitHub Pages project site)', () => {
    const expected = { site: 'https://user.github.io/repo/', base: '/repo', preview: false };
    expect(siteAddress({ SITE_URL: 'https://user.github.io/repo' })).toEqual(expected);
    expect(siteAddress({ SITE_URL: 'https://user.github.io/repo/' })).toEqual(expected);
    expect(siteAddress({ SITE_URL: 'https://user.github.io/repo//' })).toEqual(expected);
    expect(siteAddress({ SITE_URL: 'https://example.net/a/b' })).toEqual({
      site: 'https://example.net/a/b/',
      base: '/a/b',
      preview: false,
    });
  });

  it('refuses anything but an http(s) address with no query, fragment or credentials, saying why', () => {
    expect(() => siteAddress({ SITE_URL: 'evidence.example' })).toThrow(/not an address.*SITE_URL=https:\/\//);
    expect(() => siteAddress({ SITE_URL: 'ftp://evidence.example' })).toThrow(/https:\/\//);
    expect(() => siteAddress({ SITE_URL: 'https://evidence.example/?x=1' })).toThrow(/no query or fragment/);
    expect(() => siteAddress({ SITE_URL: 'https://evidence.example/#top' })).toThrow(/no query or fragment/);
    expect(() => siteAddress({ SITE_URL: 'https://evidence.example/?' })).toThrow(/no query or fragment/);
    expect(() => siteAddress({ SITE_URL: 'https://me:secret@evidence.example/' })).toThrow(/user name or password/);
  });

  it('gives astro.config.mjs its `site` and `base`', () => {
    expect(siteUrl({})).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://user.github.io/repo' })).toBe('https://user.github.io/repo/');
    expect(siteBase({})).toBe('/');
    expect(siteBase({ SITE_URL: 'https://user.github.io/repo' })).toBe('/repo');
  });
});

describe('the preview-build rule', () => {
  it('a build is a preview exactly when SITE_URL is missing or blank', () => {
    expect(isPreviewBuild({})).toBe(true);
    expect(isPreviewBuild({ SITE_URL: ' ' })).toBe(true);
    expect(isPreviewBuild({ SITE_URL: 'https://evidence.example' })).toBe(false);
    // The placeholder itself, given on purpose, is not a preview: the deployer chose it.
    expect(isPreviewBuild({ SITE_URL: DEFAULT_SITE_URL })).toBe(false);
  });

  it('SITE_URL_REQUIRED is on for any value but "", "0" and "false"', () => {
    for (const on of ['1', 'true', 'yes', ' TRUE ']) expect(siteUrlRequired({ SITE_URL_REQUIRED: on }), on).toBe(true);
    for (const off of [undefined, '', ' ', '0', 'false', 'False'])
      expect(siteUrlRequired({ SITE_URL_REQUIRED: off }), String(off)).toBe(false);
  });

  it('warns loudly about a preview build, naming SITE_URL and how to set it', () => {
    const message = previewBuildMessage({});
    expect(message?.level).toBe('warn');
    expect(message?.text).toMatch(/PREVIEW BUILD/);
    expect(message?.text).toMatch(/SITE_URL=https:\/\//);
    expect(message?.text).toContain(DEFAULT_SITE_URL);
    expect(message?.text).toContain('SITE_URL_REQUIRED=1');
  });

  it('makes a missing SITE_URL an error when it is required, and says nothing when it is set', () => {
    expect(previewBuildMessage({ SITE_URL_REQUIRED: '1' })).toMatchObject({
      level: 'error',
      text: expect.stringMatching(/SITE_URL is not set/),
    });
    expect(previewBuildMessage({ SITE_URL: 'https://evidence.example', SITE_URL_REQUIRED: '1' })).toBeNull();
    expect(previewBuildMessage({ SITE_URL: 'https://evidence.example' })).toBeNull();
  });
});
