// The chart's vertical layout: lanes of labelled marks, the overflow row, the axis. Shared by the
// drawing (draw.ts), the element (how many lanes fit its width) and the page, which reserves the
// chart's height before the script runs (Timeline.astro, styles/timeline.css), so that drawing it
// moves nothing else on the page.

export interface Geometry {
  width: number;
  lanes: number;
  laneHeight: number;
  top: number;
}

export const LANE_HEIGHT = 36;
export const CHART_TOP = 8;
/** From this width on (in CSS pixels), the chart has room for more lanes. */
export const WIDE_CHART = 900;

/** Lanes for a chart this wide: fewer on narrow screens, where a tall chart would push the text
 * away, and on the home page, where the chart sits above the list being read. */
export function lanesFor(width: number, followList: boolean): number {
  return width < WIDE_CHART || followList ? 6 : 8;
}

export function geometryFor(width: number, followList: boolean): Geometry {
  return { width, lanes: lanesFor(width, followList), laneHeight: LANE_HEIGHT, top: CHART_TOP };
}

export function chartHeight(g: Pick<Geometry, 'lanes' | 'laneHeight' | 'top'>): number {
  return overflowY(g) + 16 + 30;
}
export function laneY(g: Pick<Geometry, 'laneHeight' | 'top'>, lane: number): number {
  return g.top + lane * g.laneHeight;
}
export function overflowY(g: Pick<Geometry, 'lanes' | 'laneHeight' | 'top'>): number {
  return g.top + g.lanes * g.laneHeight + 4;
}
export function axisY(g: Pick<Geometry, 'lanes' | 'laneHeight' | 'top'>): number {
  return overflowY(g) + 16;
}

/** The overview strip under the chart. */
export const OVERVIEW_HEIGHT = 22;
