// The works this site cites itself as: an event page (from its front matter and the site's
// address) and the bibliography (every source), in the reader's language.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { Source } from '../content-schema.ts';
import { formatPartialDate } from '../format.ts';
import { eventPath, permalink } from '../paths.ts';
import { pageWork, sourceWork, type CitedWork } from './work.ts';

export function eventPageWork(options: {
  lang: Lang;
  id: string;
  title: string;
  updated: string;
  site: URL | string;
}): CitedWork {
  const { lang, id, title, updated, site } = options;
  return pageWork({
    lang,
    id,
    title,
    siteName: t(lang, 'site.name'),
    updated,
    permalink: permalink(eventPath(lang, id), site),
    note: t(lang, 'cite.fileNote', { date: formatPartialDate(updated, lang) }),
  });
}

/** The comment at the head of an event's .bib file: what it is, and where the access date goes. */
export function eventBibComment(lang: Lang, title: string, updated: string): string {
  return t(lang, 'cite.fileComment', { title, site: t(lang, 'site.name'), date: formatPartialDate(updated, lang) });
}

/** Every source, ordered by id so the files change only where the bibliography does. */
export function bibliographyWorks(sources: Iterable<Source>, lang: Lang): CitedWork[] {
  return [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((s) => sourceWork(s, lang));
}
