// Every word the timeline element shows, gathered on the server from the site's strings and
// handed to the element as one data-labels attribute.
import { LOCALES, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { CHAPTERS, EVENT_KINDS, type Chapter, type EventKind } from '../taxonomy.ts';

export interface TimelineLabels {
  chartLabel: string;
  clockLegend: string;
  happened: string;
  revealed: string;
  chaptersLegend: string;
  chapters: Record<Chapter, string>;
  kindsLegend: string;
  kinds: Record<EventKind, string>;
  zoomLegend: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  help: string;
  announce: string;
  places: string;
  sources: string;
  comma: string;
}

export function timelineLabels(lang: Lang, wheelZoom: boolean): TimelineLabels {
  return {
    chartLabel: t(lang, 'timeline.chart'),
    clockLegend: t(lang, 'timeline.clock'),
    happened: t(lang, 'timeline.happened'),
    revealed: t(lang, 'timeline.revealed'),
    chaptersLegend: t(lang, 'timeline.chapters'),
    chapters: Object.fromEntries(CHAPTERS.map((c) => [c, t(lang, `chapter.${c}`)])) as Record<Chapter, string>,
    kindsLegend: t(lang, 'kind.label'),
    kinds: Object.fromEntries(EVENT_KINDS.map((k) => [k, t(lang, `kind.${k}`)])) as Record<EventKind, string>,
    zoomLegend: t(lang, 'timeline.zoom'),
    zoomIn: t(lang, 'timeline.zoomIn'),
    zoomOut: t(lang, 'timeline.zoomOut'),
    reset: t(lang, 'timeline.reset'),
    help: `${t(lang, 'timeline.help')} ${t(lang, wheelZoom ? 'timeline.helpWheel' : 'timeline.helpCtrlWheel')}`,
    announce: t(lang, 'timeline.announce'),
    places: t(lang, 'event.places'),
    sources: t(lang, 'event.sources'),
    comma: LOCALES[lang].comma,
  };
}
