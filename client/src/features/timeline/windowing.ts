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
  /**
   * How many rows a window for this viewport spans with overscan (the last window of the list may
   * be shorter): the number of DOM rows that scrolling recycles, see recycleRows.
   */
  slots: number;
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
  const rowSpan = (rowOverscan: number) => Math.ceil((visibleRows + 2 * rowOverscan) / ROW_BLOCK) * ROW_BLOCK + ROW_BLOCK;
  const rowStart = Math.max(0, Math.floor((first - overscan) / ROW_BLOCK) * ROW_BLOCK);
  const rowEnd = Math.min(layout.rows.length, rowStart + rowSpan(overscan));
  const xOverscan = overscan === 0 ? 0 : X_OVERSCAN_PX;
  const xStart = Math.max(0, Math.floor((viewport.scrollLeft - xOverscan) / X_BLOCK) * X_BLOCK);
  const xSpan = Math.ceil((chartViewWidth + 2 * xOverscan) / X_BLOCK) * X_BLOCK + X_BLOCK;
  const xEnd = Math.min(chartWidth, xStart + xSpan);
  // The slots come from the full overscan even in the first frame, so that the rows mounted there
  // keep their keys when the overscan follows.
  const slots = rowSpan(Math.max(overscan, ROW_OVERSCAN));
  return { rowStart, rowEnd, xStart: Math.min(xStart, xEnd), xEnd, slots };
}

export function sameWindow(a: GanttWindow, b: GanttWindow): boolean {
  return (
    a.rowStart === b.rowStart && a.rowEnd === b.rowEnd && a.xStart === b.xStart && a.xEnd === b.xEnd && a.slots === b.slots
  );
}

/** A rendered row and the React key it is mounted under. */
export interface MountedRow<T> {
  key: string;
  item: T;
}

/**
 * Keys that recycle DOM rows while scrolling. A window of consecutive rows never spans more than
 * `slots` rows, so row `index` can take slot `index % slots`: the row scrolling in takes over the
 * slot of the row that scrolled out, and React updates that row's elements in place instead of
 * removing one subtree and building another (fewer DOM nodes, layout objects and computed styles
 * to create and to collect — those collections were the pauses while scrolling 5,000 rows).
 *
 * The rows come back in slot order, so no mounted row ever moves in the DOM (a move rebuilds its
 * layout); the Gantt restores the visual order for assistive technology with aria-owns.
 *
 * The pinned row (the one holding the roving tabindex, perhaps with focus) keeps its slot even
 * when it is scrolled out of the window, so its element, and the focus in it, survive; a window
 * row that would share that slot is mounted under its own key.
 */
export function recycleRows<T extends { row: { index: number; key: string } }>(
  items: readonly T[],
  slots: number,
  pinnedIndex: number | null,
): MountedRow<T>[] {
  const pinnedSlot = pinnedIndex === null || slots <= 0 ? -1 : pinnedIndex % slots;
  const bySlot: (MountedRow<T> | undefined)[] = new Array<MountedRow<T> | undefined>(Math.max(0, slots));
  const unslotted: MountedRow<T>[] = [];
  for (const item of items) {
    const slot = slots > 0 ? item.row.index % slots : -1;
    const own = slot === pinnedSlot && item.row.index !== pinnedIndex;
    if (slot < 0 || own || bySlot[slot] !== undefined) {
      unslotted.push({ key: `row:${item.row.key}`, item });
      continue;
    }
    bySlot[slot] = { key: `slot:${slot}`, item };
  }
  const mounted: MountedRow<T>[] = [];
  for (const entry of bySlot) if (entry) mounted.push(entry);
  return mounted.concat(unslotted);
}
