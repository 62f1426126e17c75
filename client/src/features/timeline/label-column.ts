import { SCENE_METRICS } from '../../../../shared/timeline/scene';

/**
 * Width of the Gantt's label column on screen (code, title, status, Reifegrad). Printed and
 * exported drawings keep SCENE_METRICS.labelWidth: paper has a fixed width, a window does not. In
 * a narrow window (a small screen, or 200 % browser zoom) a fixed 400 px column would leave the
 * dates a sliver, so the default follows the chart's width, and the user may set another width
 * with the column's separator (kept in this browser).
 */

/** Narrowest column: the code, a few letters of the title, the status shape and the header's "RG". */
export const LABEL_COLUMN_MIN = 200;
/** Room that stays for the dates, whatever width the user chose. */
export const LABEL_COLUMN_MIN_CHART = 200;
/** Below this width the status is shown by its shape alone; its word stays in the accessible name. */
export const LABEL_COLUMN_COMPACT_BELOW = 340;
/** One arrow-key step of the separator; with Shift four. */
export const LABEL_COLUMN_STEP = 16;

const DEFAULT_SHARE = 0.3;
const DEFAULT_MIN = 220;
const MAX = 640;

export interface LabelColumnBounds {
  min: number;
  max: number;
  /** The width without a choice of the user. */
  preferred: number;
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * The widths the column may take in a chart area `viewportWidth` pixels wide, in a window
 * `windowWidth` wide: the preferred width is a share of the window's, which the first render
 * knows already (the chart's own width is measured only after the first paint).
 */
export function labelColumnBounds(viewportWidth: number, windowWidth = viewportWidth): LabelColumnBounds {
  const max = clamp(viewportWidth - LABEL_COLUMN_MIN_CHART, LABEL_COLUMN_MIN, MAX);
  const share = Math.round((windowWidth * DEFAULT_SHARE) / 8) * 8;
  const preferred = Math.min(max, clamp(share, DEFAULT_MIN, SCENE_METRICS.labelWidth));
  return { min: LABEL_COLUMN_MIN, max, preferred };
}

/** The column's width: the user's choice (null: none) within the bounds, else the preferred width. */
export function labelColumnWidth(viewportWidth: number, chosen: number | null, windowWidth = viewportWidth): number {
  const bounds = labelColumnBounds(viewportWidth, windowWidth);
  if (chosen === null || !Number.isFinite(chosen)) return bounds.preferred;
  return Math.round(clamp(chosen, bounds.min, bounds.max));
}

const STORAGE_KEY = 'digitalisierungs-cockpit:zeitplan:label-width';

/** The width the user chose in this browser, or null. Storage may be disabled: then no choice. */
export function readChosenLabelWidth(): number | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    const width = stored ? Number(stored) : Number.NaN;
    return Number.isFinite(width) && width > 0 ? width : null;
  } catch {
    return null;
  }
}

export function storeChosenLabelWidth(width: number | null): void {
  try {
    if (width === null) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, String(Math.round(width)));
  } catch {
    // Not kept: the width still holds until the page is left.
  }
}
