import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, embedQuery, parseEmbedParams, rangeOf } from '../../../src/lib/embed/params.ts';

describe('parseEmbedParams', () => {
  it('reads every option', () => {
    expect(
      parseEmbedParams('?theme=dark&note=require&view=card&chapter=tadamon&kind=evidence&from=2013&to=2015-06'),
    ).toEqual({
      theme: 'dark',
      note: 'require',
      view: 'card',
      chapter: 'tadamon',
      kind: 'evidence',
      from: '2013',
      to: '2015-06',
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseEmbedParams('')).toEqual(DEFAULT_PARAMS);
    expect(parseEmbedParams('?')).toEqual(DEFAULT_PARAMS);
  });

  it('accepts values in any case and with spaces around them', () => {
    const p = parseEmbedParams('?theme=%20Light%20&chapter=VICTORIA');
    expect([p.theme, p.chapter]).toEqual(['light', 'victoria']);
  });

  it('falls back to the default for each unknown or malformed value, keeping the good ones', () => {
    const p = parseEmbedParams(
      '?theme=purple&note=maybe&view=poster&chapter=atlantis&kind=evidence&from=2013-13&to=yesterday&extra=1',
    );
    expect(p).toEqual({ ...DEFAULT_PARAMS, kind: 'evidence' });
  });

  it('drops a range that ends before it starts, but keeps an open-ended one', () => {
    expect(parseEmbedParams('?from=2015&to=2013')).toMatchObject({ from: null, to: null });
    expect(parseEmbedParams('?from=2015-02-30')).toMatchObject({ from: null });
    expect(parseEmbedParams('?from=2020')).toMatchObject({ from: '2020', to: null });
  });

  it('never throws on hostile input', () => {
    for (const search of [
      '?%E0%A4%A',
      `?theme=${'<script>'.repeat(500)}`,
      '?from&to&&&==',
      '?chapter=__proto__&kind=constructor',
    ]) {
      expect(() => parseEmbedParams(search)).not.toThrow();
      expect(parseEmbedParams(search).chapter).toBeNull();
    }
  });
});

describe('embedQuery', () => {
  it('writes only what differs from the defaults, and reads back the same options', () => {
    const options = { ...DEFAULT_PARAMS, chapter: 'caesar-act' as const, note: 'skip' as const, from: '2019-12' };
    const query = embedQuery(options);
    expect(query).toBe('?chapter=caesar-act&from=2019-12&note=skip');
    expect(parseEmbedParams(query)).toEqual(options);
  });

  it('is empty for the defaults', () => {
    expect(embedQuery(DEFAULT_PARAMS)).toBe('');
  });
});

describe('rangeOf', () => {
  it('covers whole periods and leaves missing ends open', () => {
    expect(rangeOf({ from: '2013', to: '2013-04' })).toEqual([Date.UTC(2013, 0, 1), Date.UTC(2013, 4, 1)]);
    expect(rangeOf({ from: null, to: null })).toEqual([-Infinity, Infinity]);
  });
});
