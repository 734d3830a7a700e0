// The three kinds of embeddable page, and where each one's views and documents live.
import type { Lang } from '../../i18n/locales.ts';
import { embedDirectory, eventPath, oembedPath, pagePath } from '../paths.ts';

export type EmbedKind = 'event' | 'timeline' | 'map';

export interface EmbedTarget {
  kind: EmbedKind;
  /** The event's id, for kind "event". */
  id?: string;
}

function segments(target: EmbedTarget): string[] {
  if (target.kind === 'event') {
    if (!target.id) throw new Error('An embedded event needs its id');
    return ['events', target.id];
  }
  return [target.kind];
}

/** The view's web address (snippets and oEmbed are for other sites, so never a folder-edition link). */
export const embedViewPath = (lang: Lang, target: EmbedTarget) => embedDirectory(lang, ...segments(target));
export const oembedDocPath = (lang: Lang, target: EmbedTarget) => oembedPath(lang, ...segments(target));
export const fullPagePath = (lang: Lang, target: EmbedTarget) =>
  target.kind === 'event' ? eventPath(lang, target.id!) : pagePath(lang, target.kind);
