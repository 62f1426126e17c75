import { describe, expect, it } from 'vitest';
import { layoutTimelineRows } from '../../../../shared/timeline/layout';
import { project } from '../../../../shared/timeline/test-model';
import { recycleRows, visibleWindow, type GanttWindow, type MountedRow } from './windowing';

const layout = layoutTimelineRows({
  groups: [{ id: 'g', title: 'G' }],
  rows: Array.from({ length: 1000 }, (_, i) => project({ id: `p${i}`, groupId: 'g' })),
});
const viewport = { scrollTop: 0, scrollLeft: 0, width: 1380, height: 700, headerHeight: 62, labelWidth: 400 };

describe('Gantt windowing', () => {
  it('[GANTT] renders the visible rows plus overscan, in blocks', () => {
    const top = visibleWindow(layout, 10_000, viewport);
    expect(top.rowStart).toBe(0);
    expect(top.rowEnd).toBeGreaterThanOrEqual(Math.ceil((700 - 62) / 32) + 6);
    const middle = visibleWindow(layout, 10_000, { ...viewport, scrollTop: 32 * 500 });
    expect(middle.rowStart).toBeLessThanOrEqual(500 - 6);
    expect(middle.rowEnd).toBeGreaterThanOrEqual(500 + Math.ceil((700 - 62) / 32) + 6);
    expect(middle.rowEnd - middle.rowStart).toBeLessThanOrEqual(40);
    expect(middle.rowStart % 2).toBe(0);
  });

  it('[GANTT] scrolling in small steps changes the window only once per block of 2 rows', () => {
    const windows = new Set<string>();
    for (let scrollTop = 3200; scrollTop < 3200 + 8 * 2 * 32; scrollTop += 4) {
      windows.add(JSON.stringify(visibleWindow(layout, 10_000, { ...viewport, scrollTop })));
    }
    expect(windows.size).toBeLessThanOrEqual(9);
  });

  it('[GANTT] the horizontal range covers the chart viewport and is clamped to the chart', () => {
    const window = visibleWindow(layout, 10_000, { ...viewport, scrollLeft: 2000 });
    expect(window.xStart).toBeLessThanOrEqual(2000);
    expect(window.xEnd).toBeGreaterThanOrEqual(3000);
    expect(visibleWindow(layout, 10_000, { ...viewport, scrollLeft: 9500 }).xEnd).toBe(10_000);
  });

  it('[GANTT] the first frame (overscan 0) has just the visible rows and the visible date range', () => {
    const first = visibleWindow(layout, 10_000, { ...viewport, scrollLeft: 2000, overscan: 0 });
    const settled = visibleWindow(layout, 10_000, { ...viewport, scrollLeft: 2000 });
    // Everything in view is there: rows down to the bottom edge, dates up to the right edge.
    expect(first.rowStart).toBe(0);
    expect(first.rowEnd).toBeGreaterThanOrEqual(Math.ceil((700 - 62) / 32));
    expect(first.xStart).toBeLessThanOrEqual(2000);
    expect(first.xEnd).toBeGreaterThanOrEqual(2000 + 1380 - 400);
    // … and less than once the overscan follows.
    expect(first.rowEnd).toBeLessThan(settled.rowEnd);
    expect(first.xEnd - first.xStart).toBeLessThan(settled.xEnd - settled.xStart);
  });

  describe('recycled rows', () => {
    const rowsOf = (window: GanttWindow) => layout.rows.slice(window.rowStart, window.rowEnd).map((row) => ({ row }));
    const keysByRow = (mounted: MountedRow<{ row: { index: number } }>[]) =>
      new Map(mounted.map(({ key, item }) => [item.row.index, key]));

    it('[GANTT] a row scrolling in takes over the element of a row that scrolled out; the others keep theirs, in place', () => {
      const before = visibleWindow(layout, 10_000, { ...viewport, scrollTop: 32 * 300 });
      const after = visibleWindow(layout, 10_000, { ...viewport, scrollTop: 32 * 302 });
      expect(after.rowStart).toBe(before.rowStart + 2);
      expect(after.slots).toBe(before.slots);
      expect(before.rowEnd - before.rowStart).toBe(before.slots);
      const first = recycleRows(rowsOf(before), before.slots, null);
      const second = recycleRows(rowsOf(after), after.slots, null);
      // Same keys, same order: React changes two rows and moves none.
      expect(second.map((m) => m.key)).toEqual(first.map((m) => m.key));
      const was = keysByRow(first);
      const is = keysByRow(second);
      for (let index = after.rowStart; index < before.rowEnd; index += 1) expect(is.get(index)).toBe(was.get(index));
      expect(is.get(before.rowEnd)).toBe(was.get(before.rowStart));
      expect(is.get(before.rowEnd + 1)).toBe(was.get(before.rowStart + 1));
      expect(new Set(second.map((m) => m.key)).size).toBe(second.length);
    });

    it('[GANTT] the row holding the tab stop keeps its element when scrolled away; no key is used twice', () => {
      const start = visibleWindow(layout, 10_000, viewport);
      const pinned = 3;
      const top = keysByRow(recycleRows(rowsOf(start), start.slots, pinned));
      for (let scrolled = 2; scrolled <= 80; scrolled += 2) {
        const window = visibleWindow(layout, 10_000, { ...viewport, scrollTop: 32 * scrolled });
        const items = rowsOf(window);
        if (pinned < window.rowStart) items.push({ row: layout.rows[pinned] as (typeof layout.rows)[number] });
        const mounted = recycleRows(items, window.slots, pinned);
        expect(keysByRow(mounted).get(pinned)).toBe(top.get(pinned));
        expect(new Set(mounted.map((m) => m.key)).size).toBe(mounted.length);
        expect(mounted).toHaveLength(items.length);
      }
    });
  });
});
