import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../src/lib/claims.ts';
import type { Claim } from '../../src/lib/content-schema.ts';

const claim = (over: Partial<Claim>): Claim => ({
  topic: 'killed',
  label: 'Killed',
  value: 41,
  qualifier: 'at-least',
  scope: '',
  source: 'g1',
  status: 'confirmed',
  ...over,
});

describe('groupClaims', () => {
  it('groups figures by topic, in the order they are written, named by the first label', () => {
    const groups = groupClaims([
      claim({}),
      claim({ topic: 'photos', label: 'Photos', value: 55000 }),
      claim({ value: 288, qualifier: 'exact', source: 'nl1', label: 'Other label' }),
    ]);
    expect(groups.map((g) => [g.topic, g.label, g.claims.length])).toEqual([
      ['killed', 'Killed', 2],
      ['photos', 'Photos', 1],
    ]);
  });

  it('marks a topic disputed when sources give different figures', () => {
    const [killed] = groupClaims([claim({}), claim({ value: 31, qualifier: 'exact', source: 'src-euronews' })]);
    expect(killed!.disputed).toBe(true);
  });

  it('does not mark agreeing sources as disputed', () => {
    const [killed] = groupClaims([claim({}), claim({ source: 'us1' })]);
    expect(killed!.disputed).toBe(false);
  });
});
