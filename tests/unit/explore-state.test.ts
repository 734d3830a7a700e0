import { describe, expect, it } from 'vitest';
import { formatExploreHash, parseExploreHash, placesOfEvents } from '../../src/lib/explore-state.ts';

const known = new Set(['tadamon-massacre', 'caesar-act']);

describe('explore state in the URL', () => {
  it('round-trips selection, range, filters and map view', () => {
    const state = {
      eventId: 'tadamon-massacre',
      range: [Date.UTC(2013, 0, 1), Date.UTC(2016, 0, 1)] as const,
      hidden: ['caesar-act' as const],
      at: { lat: 33.5, lng: 36.3, zoom: 7 },
    };
    const hash = formatExploreHash(state);
    expect(hash).toBe('#event=tadamon-massacre&from=2013-01-01&to=2015-12-31&hide=caesar-act&at=33.500,36.300,7');
    expect(parseExploreHash(hash, known)).toEqual(state);
  });

  it('drops what it does not know and never throws', () => {
    expect(parseExploreHash('#event=nope&from=2015&to=2013&hide=martians,victoria&at=95,0,4', known)).toEqual({
      hidden: ['victoria'],
    });
    expect(parseExploreHash('#%E0%A4%A', known)).toEqual({});
    expect(parseExploreHash('', known)).toEqual({});
    expect(parseExploreHash(`#${'<script>'.repeat(2000)}`, known)).toEqual({});
  });

  it('writes nothing for an empty state', () => {
    expect(formatExploreHash({})).toBe('');
  });
});

describe('placesOfEvents', () => {
  it('collects each place once', () => {
    expect([...placesOfEvents(['a', 'b', 'c'], { a: ['homs', 'al-waer'], b: ['homs'] })]).toEqual(['homs', 'al-waer']);
  });
});
