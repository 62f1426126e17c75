import {
  GROUP_ROW_HEIGHT,
  ROW_HEIGHT,
  rowIndexAtY,
  type TimelineLayout,
} from '../../../../shared/timeline/layout';

/**
 * Which rows and which horizontal range the Gantt renders for a scroll position. Boundaries are
 * rounded to blocks (2 rows, 512 px) with overscan, so a scroll of a few pixels changes nothing
 * and React re-renders only when a new block comes into view.
 */

export interface GanttWindow {
  rowStart: number;
  rowEnd: number;
  xStart: number;
  xEnd: number;
}

/**
 * Small row blocks spread the work of fast scrolling evenly over the frames (a few new rows each)
 * instead of bunching it into occasional long frames.
 */
const ROW_BLOCK = 2;
const ROW_OVERSCAN = 6;
const X_BLOCK = 512;
const X_OVERSCAN_PX = 384;

export interface ViewportMetrics {
  /**
   * Rows rendered beyond each edge (default ROW_OVERSCAN); 0 for the very first paint, which then
   * also leaves out the horizontal overscan.
   */
  overscan?: number;
  scrollTop: number;
  scrollLeft: number;
  width: number;
  height: number;
  headerHeight: number;
  labelWidth: number;
}

/**
 * The start snaps to a block below the first visible row (minus overscan) and the length is a
 * whole number of blocks that covers the viewport from any start in that block: start and end
 * move together, once per block.
 */
export function visibleWindow(layout: TimelineLayout, chartWidth: number, viewport: ViewportMetrics): GanttWindow {
  const bodyHeight = Math.max(0, viewport.height - viewport.headerHeight);
  const chartViewWidth = Math.max(0, viewport.width - viewport.labelWidth);
  const first = rowIndexAtY(layout, viewport.scrollTop);
  // From the height, not from the rows in view: that count flickers with partly visible rows.
  const visibleRows = Math.ceil(bodyHeight / Math.min(ROW_HEIGHT, GROUP_ROW_HEIGHT)) + 1;
  const overscan = viewport.overscan ?? ROW_OVERSCAN;
  const rowStart = Math.max(0, Math.floor((first - overscan) / ROW_BLOCK) * ROW_BLOCK);
  const rowSpan = Math.ceil((visibleRows + 2 * overscan) / ROW_BLOCK) * ROW_BLOCK + ROW_BLOCK;
  const rowEnd = Math.min(layout.rows.length, rowStart + rowSpan);
  const xOverscan = overscan === 0 ? 0 : X_OVERSCAN_PX;
  const xStart = Math.max(0, Math.floor((viewport.scrollLeft - xOverscan) / X_BLOCK) * X_BLOCK);
  const xSpan = Math.ceil((chartViewWidth + 2 * xOverscan) / X_BLOCK) * X_BLOCK + X_BLOCK;
  const xEnd = Math.min(chartWidth, xStart + xSpan);
  return { rowStart, rowEnd, xStart: Math.min(xStart, xEnd), xEnd };
}

export function sameWindow(a: GanttWindow, b: GanttWindow): boolean {
  return a.rowStart === b.rowStart && a.rowEnd === b.rowEnd && a.xStart === b.xStart && a.xEnd === b.xEnd;
}
