import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { embedSnippet, embedSrc, SANDBOX } from '../../../src/lib/embed/snippet.ts';
import { oembedDocument, oembedProblems } from '../../../src/lib/embed/oembed.ts';
import { parseEmbedParams } from '../../../src/lib/embed/params.ts';
import { embedViewPath, fullPagePath, oembedDocPath } from '../../../src/lib/embed/targets.ts';

describe('embedSnippet', () => {
  it('writes a sandboxed iframe with the options in its address', () => {
    const html = embedSnippet({
      site: 'https://site.example/',
      path: '/embed/ar/timeline/',
      params: { chapter: 'tadamon', theme: 'dark' },
      hash: 'tadamon-massacre',
      title: 'التسلسل الزمني',
      height: 500,
    });
    const frame = parse(html).querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(
      'https://site.example/embed/ar/timeline/?chapter=tadamon&theme=dark#tadamon-massacre',
    );
    expect(frame.getAttribute('sandbox')).toBe(SANDBOX);
    expect(frame.getAttribute('title')).toBe('التسلسل الزمني');
    expect([frame.getAttribute('width'), frame.getAttribute('height')]).toEqual(['720', '500']);
    expect(parse(html).querySelector('script')).toBeNull();
  });

  it('adds the host script when asked, from the same origin', () => {
    const html = embedSnippet({ site: 'https://site.example', path: '/embed/en/map/', title: 'Map', autoHeight: true });
    expect(parse(html).querySelector('script')!.getAttribute('src')).toBe('https://site.example/embed.js');
  });

  it('escapes what it writes into attributes', () => {
    const html = embedSnippet({
      site: 'https://site.example',
      path: '/embed/en/events/x/',
      title: 'A "quoted" <title> & more',
    });
    expect(parse(html).querySelector('iframe')!.getAttribute('title')).toBe('A "quoted" <title> & more');
    expect(html).not.toContain('"quoted"');
  });

  it('gives an address whose options the view reads back', () => {
    const src = embedSrc({
      site: 'https://site.example',
      path: '/embed/en/timeline/',
      params: { kind: 'law', from: '2019', to: '2020' },
    });
    expect(parseEmbedParams(new URL(src).search)).toMatchObject({ kind: 'law', from: '2019', to: '2020' });
  });
});

describe('oembedDocument', () => {
  const doc = oembedDocument({
    site: 'https://site.example',
    embedPath: '/embed/en/events/tadamon-massacre/',
    title: 'The Tadamon massacre',
    providerName: 'Syria: The Evidence',
    width: 720,
    height: 600,
  });

  it('is a valid "rich" response with the iframe to paste', () => {
    expect(oembedProblems(doc)).toEqual([]);
    expect(doc).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 720,
      height: 600,
      provider_url: 'https://site.example/',
    });
    expect(parse(doc.html).querySelector('iframe')!.getAttribute('src')).toBe(
      'https://site.example/embed/en/events/tadamon-massacre/',
    );
  });

  it('carries a thumbnail only with its size', () => {
    const withThumb = oembedDocument({
      site: 'https://site.example',
      embedPath: '/embed/en/map/',
      title: 'Map',
      providerName: 'P',
      thumbnail: { url: 'https://site.example/t.png', width: 10, height: 10 },
    });
    expect(oembedProblems(withThumb)).toEqual([]);
    expect(oembedProblems({ ...doc, thumbnail_url: 'https://site.example/t.png' })).toEqual([
      'thumbnail_url, thumbnail_width and thumbnail_height go together',
    ]);
  });

  it('finds what a response lacks', () => {
    expect(oembedProblems({ version: '1', type: 'video', html: '', width: 0, height: 1.5 })).toEqual([
      'version must be "1.0"',
      'type must be "rich"',
      'html is required',
      'width must be a positive integer',
      'height must be a positive integer',
    ]);
    expect(oembedProblems(null)).toEqual(['not an object']);
  });
});

describe('embed targets', () => {
  it('places each kind of view, document and page', () => {
    expect(embedViewPath('ar', { kind: 'event', id: 'tadamon-massacre' })).toBe('/embed/ar/events/tadamon-massacre/');
    expect(oembedDocPath('en', { kind: 'timeline' })).toBe('/oembed/en/timeline.json');
    expect(fullPagePath('en', { kind: 'map' })).toBe('/en/map/');
    expect(() => embedViewPath('en', { kind: 'event' })).toThrow(/id/);
  });
});
