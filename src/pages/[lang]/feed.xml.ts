// /<lang>/feed.xml: the Atom feed of one language, for feed readers: every event page (new, or
// changed in substance on its `updated` day) and every correction as its own entry, newest first.
// Absolute addresses throughout, from the site's public address (astro.config.mjs `site`).
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { eventId, eventsByLang } from '../../content.ts';
import { atomFeed } from '../../lib/feeds/atom.ts';
import { atomDate, feedEntries } from '../../lib/feeds/entries.ts';
import { CONTENT_LICENCE } from '../../lib/licence.ts';
import { CORRECTIONS_ANCHOR, eventPath, feedPath, pagePath, permalink } from '../../lib/paths.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const events = await eventsByLang(lang);
  const home = permalink(pagePath(lang), site!);
  const entries = feedEntries(
    events.map((e) => ({
      url: permalink(eventPath(lang, eventId(e)), site!),
      title: e.data.title,
      summary: e.data.summary,
      updated: e.data.updated,
      corrections: e.data.corrections,
    })),
    { correctionTitle: (title) => t(lang, 'feed.correctionTitle', { title }), correctionsAnchor: CORRECTIONS_ANCHOR },
  );
  const self = permalink(feedPath(lang), site!);
  const body = atomFeed({
    id: self,
    title: t(lang, 'feed.title'),
    subtitle: t(lang, 'feed.subtitle'),
    lang,
    self,
    alternate: home,
    author: { name: t(lang, 'site.name'), uri: home },
    rights: t(lang, 'footer.licence'),
    // Named by address (RFC 4946) as well as in words.
    license: CONTENT_LICENCE.url,
    // A site always has events; a feed with none still needs a date, and a fixed one keeps the
    // build reproducible.
    updatedWhenEmpty: atomDate('2026-01-01'),
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
