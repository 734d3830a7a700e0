// The embeddable pages in the built site: each event page, the timeline and the map, in both
// languages, has an embedded view, an oEmbed document with the fields the spec requires, and the
// discovery tag that leads to it; and an oEmbed consumer from npm (unfurl.js) finds it the way
// WordPress would, against the built site served on loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'node-html-parser';
import { unfurl } from 'unfurl.js';
import { assertBuilt, builtName, distPages, resolveInDist } from '../helpers/dist.ts';
import { serve } from '../../scripts/serve.mjs';
import { readContent } from '../../integrations/lib/content-files.ts';
import { checkContent } from '../../src/lib/content-integrity.ts';
import { oembedProblems } from '../../src/lib/embed/oembed.ts';
import { SANDBOX } from '../../src/lib/embed/snippet.ts';
import { siteUrl } from '../../src/lib/site-url.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const SITE = siteUrl();
let pages: ReturnType<typeof distPages>;
let embeddable: { url: string; embed: string; oembed: string }[];
beforeAll(() => {
  assertBuilt();
  pages = distPages();
  const { events } = checkContent(readContent(process.cwd()));
  embeddable = [
    ...events.map(({ lang, id }) => ({
      url: `/${lang}/events/${id}/`,
      embed: `/embed/${lang}/events/${id}/`,
      oembed: `/oembed/${lang}/events/${id}.json`,
    })),
    ...LANGS.flatMap((lang) =>
      ['timeline', 'map'].map((k) => ({
        url: `/${lang}/${k}/`,
        embed: `/embed/${lang}/${k}/`,
        oembed: `/oembed/${lang}/${k}.json`,
      })),
    ),
  ];
});

const page = (url: string) => pages.find((p) => p.url === url)!;

describe('embeddable pages', () => {
  it('cover every event, the timeline and the map, in both languages', () => {
    expect(embeddable.length).toBeGreaterThan(2 * 24 + 4);
    for (const { url, embed } of embeddable) {
      expect(page(url), url).toBeDefined();
      expect(page(embed), embed).toBeDefined();
    }
  });

  it('each has an oEmbed document with the fields the spec requires, pointing at its embedded view', () => {
    for (const { embed, oembed } of embeddable) {
      const file = resolveInDist(oembed);
      expect(file, oembed).not.toBeNull();
      const doc = JSON.parse(readFileSync(file!, 'utf8'));
      expect(oembedProblems(doc), oembed).toEqual([]);
      // The title is the view's heading: the event's title, or the timeline's or map's name.
      expect(doc.title, oembed).toBe(page(embed).doc.querySelector('h1')!.text.trim());
      expect(doc.provider_url).toBe(`${SITE}/`);
      const frame = parse(doc.html).querySelector('iframe')!;
      expect(frame.getAttribute('src'), oembed).toBe(`${SITE}${embed}`);
      expect(frame.getAttribute('sandbox')).toBe(SANDBOX);
      expect(Number(frame.getAttribute('width'))).toBe(doc.width);
    }
  });

  it('each names its oEmbed document in a discovery tag, with an absolute address', () => {
    for (const { url, oembed } of embeddable) {
      const links = page(url).doc.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
      expect(links.length, url).toBe(1);
      expect(links[0]!.getAttribute('href'), url).toBe(`${SITE}${oembed}`);
      expect(links[0]!.getAttribute('title'), url).toBeTruthy();
    }
  });

  it('each offers the embed code, for its own view, with the host script', () => {
    for (const { url, embed } of embeddable) {
      const panel = page(url).doc.querySelector('site-embed-code');
      expect(panel, url).not.toBeNull();
      const snippet = parse(panel!.querySelector('textarea')!.text);
      expect(snippet.querySelector('iframe')!.getAttribute('src'), url).toBe(`${SITE}${embed}`);
      expect(snippet.querySelector('script')!.getAttribute('src')).toBe(`${SITE}/embed.js`);
    }
  });
});

describe('embedded views', () => {
  it('set lang and dir, link to the same page on the full site, and show no site navigation', () => {
    for (const { url, embed } of embeddable) {
      const view = page(embed);
      const lang = embed.split('/')[2]!;
      expect(view.doc.querySelector('html')!.getAttribute('lang'), embed).toBe(lang);
      expect(view.doc.querySelector('html')!.getAttribute('dir'), embed).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      const full = view.doc.querySelector('a[data-full-link]')!;
      expect(full.getAttribute('href'), embed).toBe(url);
      expect(full.getAttribute('target')).toBe('_top');
      expect(view.doc.querySelector('.site-header, nav'), embed).toBeNull();
      // The view's script is the first deferred one, so it runs before the chart's and the map's.
      const scripts = view.doc.querySelectorAll('script[src]');
      expect(scripts[0]!.getAttribute('src'), embed).toBe(`/${builtName('js/site-embed.js')}`);
      expect(
        scripts.every((s) => s.hasAttribute('defer')),
        embed,
      ).toBe(true);
    }
  });

  it('keep readers inside the frame: the embedded timeline and map link to embedded event views', () => {
    for (const lang of LANGS) {
      for (const kind of ['timeline', 'map']) {
        const view = page(`/embed/${lang}/${kind}/`);
        const eventLinks = view.doc.querySelectorAll('a[href*="/events/"]').map((a) => a.getAttribute('href')!);
        expect(eventLinks.length).toBeGreaterThan(0);
        expect(eventLinks.filter((href) => !href.startsWith(`/embed/${lang}/events/`))).toEqual([]);
      }
    }
  });

  it("lay out their whole text at once, so the height they tell their host is the text's: only the full pages defer it", () => {
    for (const { url, embed } of embeddable.filter((e) => e.url.includes('/events/'))) {
      expect(page(url).doc.querySelector('.prose')!.classList.contains('on-view'), url).toBe(true);
      expect(page(embed).doc.querySelector('.prose')!.classList.contains('on-view'), embed).toBe(false);
      expect(page(embed).doc.querySelector('.on-view'), embed).toBeNull();
    }
  });

  it('offer no street map (it would load from another origin)', () => {
    for (const lang of LANGS) expect(page(`/embed/${lang}/map/`).doc.querySelector('[data-street-toggle]')).toBeNull();
  });
});

describe('an oEmbed consumer from npm (unfurl.js)', () => {
  let server: Server;
  let local: string;
  beforeAll(async () => {
    server = await serve('dist', 0);
    local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('discovers the document of an event, the timeline and the map, in both languages', async () => {
    const asked: string[] = [];
    // The pages name the public address (SITE_URL); here it is answered by the local copy, and
    // nothing else is reachable.
    const fetchLocal = (url: string) => {
      asked.push(url);
      const target = url.startsWith(SITE) ? local + url.slice(SITE.length) : url;
      if (!target.startsWith(local)) throw new Error(`not on loopback: ${url}`);
      return fetch(target);
    };
    for (const path of ['/ar/events/tadamon-massacre/', '/en/events/tadamon-massacre/', '/ar/timeline/', '/en/map/']) {
      const meta = await unfurl(`${SITE}${path}`, { oembed: true, fetch: fetchLocal });
      expect(meta.oEmbed, path).toBeDefined();
      expect(meta.oEmbed!.type).toBe('rich');
      expect(oembedProblems(meta.oEmbed), path).toEqual([]);
      expect(meta.oEmbed!.title).toBeTruthy();
      expect((meta.oEmbed as { html: string }).html).toContain(`${SITE}/embed${path}`);
    }
    expect(asked.filter((u) => u.endsWith('.json'))).toHaveLength(4);
  });
});
