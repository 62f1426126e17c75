import { z } from 'zod';
import type { ChartPosition } from '../timeline';

/**
 * Chart positions per history entry, in sessionStorage: Back to the Zeitplan (from a project
 * opened in it) shows the rows and the period that were on screen, as the browser does for the
 * page's own scroll position. Per tab, like the history itself; the most recent entries only.
 */

const STORAGE_KEY = 'cockpit.zeitplan.positions';
export const MAX_KEPT_POSITIONS = 50;

const ZPosition = z.object({
  top: z.number().finite().nonnegative(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  focus: z.object({ rowKey: z.string().min(1).max(200), target: z.string().min(1).max(200) }).optional(),
});
/** Oldest first. */
const ZStore = z.array(z.tuple([z.string(), ZPosition]));

function readStore(storage: Storage): [string, ChartPosition][] {
  try {
    const parsed = ZStore.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    // Unreadable (storage disabled, or not JSON): no position to return to.
    return [];
  }
}

export function readChartPosition(entry: string, storage: Storage = sessionStorage): ChartPosition | null {
  return readStore(storage).find(([key]) => key === entry)?.[1] ?? null;
}

export function writeChartPosition(entry: string, position: ChartPosition, storage: Storage = sessionStorage): void {
  const kept = readStore(storage).filter(([key]) => key !== entry);
  const { focus } = position;
  kept.push([
    entry,
    { top: Math.round(position.top), date: position.date, ...(focus ? { focus: { rowKey: focus.rowKey, target: focus.target } } : {}) },
  ]);
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(kept.slice(-MAX_KEPT_POSITIONS)));
  } catch {
    // Storage full or disabled: the chart then opens at its default position, as before.
  }
}

/** A new session (login, logout, here or in another tab): the positions were another user's view. */
export function forgetChartPositions(storage: Storage = sessionStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
