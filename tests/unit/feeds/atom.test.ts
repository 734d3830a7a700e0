import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { DOMParser } from 'linkedom';
import { atomFeed, newestUpdate, type AtomFeedData } from '../../../src/lib/feeds/atom.ts';

const feed = (overrides: Partial<AtomFeedData> = {}): AtomFeedData => ({
  id: 'https://site.example/en/feed.xml',
  title: 'Site & <feed>',
  subtitle: 'New pages',
  lang: 'en',
  self: 'https://site.example/en/feed.xml',
  alternate: 'https://site.example/en/',
  author: { name: 'The Site', uri: 'https://site.example/en/' },
  rights: 'CC BY 4.0',
  license: 'https://creativecommons.org/licenses/by/4.0/',
  updatedWhenEmpty: '2026-01-01T00:00:00Z',
  entries: [
    {
      id: 'https://site.example/en/a/',
      title: '<script>alert(1)</script> & co',
      summary: 'Says "<b>" & </summary>',
      updated: '2026-11-01T00:00:00Z',
      link: 'https://site.example/en/a/?x=1&y="><script>',
    },
    {
      id: 'https://site.example/en/a/#correction-1',
      title: 'Correction to A',
      content: 'What changed: <img src=x onerror=alert(1)>',
      updated: '2026-12-05T00:00:00Z',
      link: 'https://site.example/en/a/#corrections-heading',
    },
  ],
  ...overrides,
});

describe('atomFeed', () => {
  it('writes a feed that an Atom parser reads back field for field', () => {
    const data = feed();
    const parsed = parseAtomFeed(atomFeed(data));
    expect(parsed.id).toBe(data.id);
    expect(parsed.title?.value).toBe(data.title);
    expect(parsed.subtitle?.value).toBe(data.subtitle);
    expect(parsed.rights?.value).toBe(data.rights);
    expect(parsed.authors).toEqual([{ name: 'The Site', uri: 'https://site.example/en/' }]);
    expect(parsed.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'self', href: data.self, type: 'application/atom+xml' }),
        expect.objectContaining({ rel: 'alternate', href: data.alternate }),
        expect.objectContaining({ rel: 'license', href: data.license }),
      ]),
    );
    expect(parsed.entries).toHaveLength(2);
    data.entries.forEach((entry, i) => {
      const got = parsed.entries![i]!;
      expect(got.id).toBe(entry.id);
      expect(got.title?.value).toBe(entry.title);
      expect(got.updated).toBe(entry.updated);
      expect(got.links?.[0]?.href).toBe(entry.link);
      expect(got.summary?.value).toBe(entry.summary);
      expect(got.content?.value).toBe(entry.content);
    });
  });

  it('keeps hostile text as text: no element comes out of a title, summary or note', () => {
    const doc = new DOMParser().parseFromString(atomFeed(feed()), 'text/xml');
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('en');
    expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
    const entries = doc.querySelectorAll('entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect([...entry.children].map((c) => c.tagName).sort()).toEqual(
        ['id', 'title', 'updated', 'link', entry.querySelector('summary') ? 'summary' : 'content'].sort(),
      );
    }
  });

  it("gives the feed the newest entry's date, whatever the entries' order", () => {
    expect(parseAtomFeed(atomFeed(feed())).updated).toBe('2026-12-05T00:00:00Z');
    expect(parseAtomFeed(atomFeed(feed({ entries: [...feed().entries].reverse() }))).updated).toBe(
      '2026-12-05T00:00:00Z',
    );
  });

  it('dates a feed with no entries by the date given for that case', () => {
    const parsed = parseAtomFeed(atomFeed(feed({ entries: [] })));
    expect(parsed.updated).toBe('2026-01-01T00:00:00Z');
    expect(parsed.entries ?? []).toEqual([]);
  });

  it('refuses a date that is not RFC 3339', () => {
    const [first] = feed().entries;
    expect(() => atomFeed(feed({ entries: [{ ...first!, updated: '2026-12-05' }] }))).toThrow(/RFC 3339/);
    expect(() => atomFeed(feed({ entries: [], updatedWhenEmpty: 'yesterday' }))).toThrow(/RFC 3339/);
  });
});

describe('newestUpdate', () => {
  it('compares instants, not strings', () => {
    expect(newestUpdate([{ updated: '2026-12-05T01:00:00+02:00' }, { updated: '2026-12-04T23:30:00Z' }])).toBe(
      '2026-12-04T23:30:00Z',
    );
    expect(newestUpdate([])).toBeUndefined();
  });
});
