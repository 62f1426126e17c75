import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What has keyboard focus inside the Gantt. */
export interface GanttFocus {
  rowKey: string | null;
  target: string | null;
  name: string | null;
}

export function grid(page: Page): Locator {
  return page.getByRole('treegrid');
}

export async function focused(page: Page): Promise<GanttFocus> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      rowKey: element?.getAttribute('data-row-key') ?? null,
      target: element?.getAttribute('data-target') ?? null,
      name: element?.getAttribute('aria-label') ?? element?.textContent ?? null,
    };
  });
}

/** Presses a key in the grid and waits until focus has moved (or toggled) as the key asks. */
export async function press(page: Page, key: string, until: (focus: GanttFocus) => boolean): Promise<GanttFocus> {
  const before = await focused(page);
  await page.keyboard.press(key);
  let current = before;
  try {
    await expect.poll(async () => until((current = await focused(page))), { timeout: 5_000 }).toBe(true);
  } catch {
    throw new Error(`${key} from ${JSON.stringify(before)} ended on ${JSON.stringify(current)}`);
  }
  return current;
}

/** The label cell of the row whose project (or group) title is `title`. */
export function rowLabel(page: Page, title: string): Locator {
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return grid(page).locator('[data-target="label"]').filter({ has: page.locator('.tl-title', { hasText: exact }) });
}

/** Focuses a row's label cell, then its bar (ArrowRight), which scrolls the bar into view. */
export async function focusBar(page: Page, title: string): Promise<GanttFocus> {
  const label = rowLabel(page, title);
  await label.focus();
  const rowKey = await label.getAttribute('data-row-key');
  return press(page, 'ArrowRight', (f) => f.rowKey === rowKey && f.target === 'bar');
}

/** Screen box of the header period whose text is `text` (e.g. "2. Hj. 2018", "Q2 2020"). */
export async function headerTickBox(page: Page, text: string): Promise<{ x: number; width: number }> {
  const box = await page.evaluate((wanted) => {
    const label = [...document.querySelectorAll('.tl-header-chart text')].find((t) => t.textContent === wanted);
    const rect = label?.previousElementSibling?.getBoundingClientRect();
    return rect ? { x: rect.x, width: rect.width } : null;
  }, text);
  if (!box) throw new Error(`no header period "${text}" in view`);
  return box;
}


/**
 * Presses the mouse at (x, y) and moves it `distance` px sideways (negative: left) in steps of
 * `step` px, one pointer event each, as a hand dragging a bar end would; releases it unless
 * `release` is false (to look at the chart mid-drag).
 */
export async function dragSideways(
  page: Page,
  from: { x: number; y: number },
  distance: number,
  { step = 10, release = true }: { step?: number; release?: boolean } = {},
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const direction = Math.sign(distance);
  for (let dx = step; dx <= Math.abs(distance); dx += step) await page.mouse.move(from.x + direction * dx, from.y);
  if (release) await page.mouse.up();
}

/** The centre of a bounding box. */
export const centreOf = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

/**
 * Opening the Zeitplan anew in a test: without the positions earlier tests left in the tab (the
 * chart keeps its position per history entry, and going to the same address again reuses the
 * entry), so that the chart opens at its default position.
 */
export async function forgetChartPositions(page: Page): Promise<void> {
  if (!page.url().startsWith('http')) return;
  await page.evaluate(() => sessionStorage.removeItem('cockpit.zeitplan.positions'));
}
