import { describe, expect, it } from 'vitest';
import { SCENE_METRICS } from '../../../../shared/timeline/scene';
import { LABEL_COLUMN_MIN, LABEL_COLUMN_MIN_CHART, labelColumnBounds, labelColumnWidth } from './label-column';

describe('Gantt label column width', () => {
  it('[GANTT] a wide window keeps the printed width of the label column', () => {
    expect(labelColumnWidth(1380, null)).toBe(SCENE_METRICS.labelWidth);
    expect(labelColumnWidth(2400, null)).toBe(SCENE_METRICS.labelWidth);
  });

  it('[GANTT] a narrow window (200 % zoom) gives the dates more room than a fixed column would', () => {
    // 1280 px at 200 % zoom: 640 CSS pixels, minus the page's margins.
    const width = labelColumnWidth(600, null);
    expect(width).toBeLessThan(SCENE_METRICS.labelWidth);
    expect(600 - width).toBeGreaterThanOrEqual(360);
    expect(width).toBeGreaterThanOrEqual(LABEL_COLUMN_MIN);
  });

  it('[GANTT] the default follows the window, not the chart measured after the first paint: the column does not shift', () => {
    // First render: the window's width as the estimate; then the chart's measured width (margins off).
    expect(labelColumnWidth(758, null, 800)).toBe(labelColumnWidth(800, null, 800));
    expect(labelColumnWidth(982, null, 1024)).toBe(labelColumnWidth(1024, null, 1024));
    expect(labelColumnWidth(758, null, 800) % 8).toBe(0);
  });

  it('[GANTT] the chosen width is kept within the bounds: some room always stays for the dates', () => {
    expect(labelColumnWidth(1380, 520)).toBe(520);
    expect(labelColumnWidth(1380, 20)).toBe(LABEL_COLUMN_MIN);
    expect(labelColumnWidth(700, 900)).toBe(700 - LABEL_COLUMN_MIN_CHART);
    expect(labelColumnWidth(1380, Number.NaN)).toBe(labelColumnBounds(1380).preferred);
  });

  it('[GANTT] in a tiny chart area the column keeps its minimum and the preferred width never exceeds the maximum', () => {
    const bounds = labelColumnBounds(300);
    expect(bounds.max).toBe(LABEL_COLUMN_MIN);
    expect(bounds.preferred).toBe(LABEL_COLUMN_MIN);
  });
});
