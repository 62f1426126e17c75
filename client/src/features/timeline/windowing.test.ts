import { describe, expect, it } from 'vitest';
import { layoutTimelineRows } from '../../../../shared/timeline/layout';
import { project } from '../../../../shared/timeline/test-model';
import { visibleWindow } from './windowing';

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
});
