import type { TReportSnapshot, TReportTimelinePage } from '../../shared/schemas/report';
import { commonScale, PRINT_MIN_FONT_PT, PRINT_MIN_SCALE_PT, TIMELINE_MIN_FONT_UNITS } from '../../shared/timeline/pages';

export { svgSize } from '../../shared/timeline/svg';

/**
 * The landscape page the Gantt figure is printed on, in PDF points, shared by the figure's
 * pagination (services/reports/timeline.ts), the PDF and the DOCX so that all three agree on
 * how much fits on one page. A4 landscape with narrower side margins than the text pages: the
 * figure needs the width, the running header and the page number still fit above and below.
 */

const MM = 72 / 25.4;

export const FIGURE_PAGE = {
  width: 841.89,
  height: 595.28,
  margins: { top: 20 * MM, bottom: 18 * MM, left: 15 * MM, right: 15 * MM },
} as const;

/** Room under each figure for its caption ("Zeitplan der Projekte …, Teil 1 von 4"). */
export const FIGURE_CAPTION_HEIGHT = 16;

/** Room above each figure for the section heading, which goes with the figure's first page. */
export const FIGURE_HEADING_HEIGHT = 24;

/** The area one figure page may fill. */
export const FIGURE_AREA = {
  width: FIGURE_PAGE.width - FIGURE_PAGE.margins.left - FIGURE_PAGE.margins.right,
  height:
    FIGURE_PAGE.height -
    FIGURE_PAGE.margins.top -
    FIGURE_PAGE.margins.bottom -
    FIGURE_HEADING_HEIGHT -
    FIGURE_CAPTION_HEIGHT,
} as const;

/** The smallest text in the printed figure, in points: the same as the browser's print. */
export const FIGURE_MIN_FONT_PT = PRINT_MIN_FONT_PT;
export { TIMELINE_MIN_FONT_UNITS };
/** Points per SVG unit at which the smallest text prints at FIGURE_MIN_FONT_PT. */
export const FIGURE_MIN_SCALE = PRINT_MIN_SCALE_PT;
/** A small figure is not blown up beyond this (1 SVG unit = 1 CSS px = 0.75 pt at 100 %). */
export const FIGURE_MAX_SCALE = 0.9;

/** The common scale (pt per SVG unit) at which every page of a figure fits the area. */
export function figureScale(pages: readonly { width: number; height: number }[]): number {
  return commonScale(pages, { ...FIGURE_AREA, minScale: FIGURE_MIN_SCALE }, FIGURE_MAX_SCALE);
}

/** The snapshot's print pages of the figure; a snapshot from before them has one drawing. */
export function figurePages(s: TReportSnapshot): TReportTimelinePage[] {
  if (s.timelinePages && s.timelinePages.length > 0) return s.timelinePages;
  return s.timelineSvg ? [{ svg: s.timelineSvg, label: '' }] : [];
}
