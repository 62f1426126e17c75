import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login } from '../browser';
import { grid } from './helpers';

/**
 * The label column on screen: as wide as printed (400 px) in a wide window, narrower in a narrow
 * one (200 % zoom), and movable by the user with its separator, by mouse and keyboard.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  const { startE2eServer } = await import('../browser');
  server = await startE2eServer({ today: '2026-11-23' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSchedule(viewport: { width: number; height: number }, deviceScaleFactor = 1): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport, deviceScaleFactor });
  const page = await context.newPage();
  await login(page, server.url, 'vorstand.werl');
  await page.goto(`${server.url}/zeitplan`);
  await grid(page).waitFor();
  return page;
}

/** The label cell of the first project row (the first group is expanded). */
const firstProjectLabel = (page: Page) => grid(page).locator('[data-target="label"][data-row-key^="project:"]').first();

const separator = (page: Page) => page.getByRole('separator', { name: 'Breite der Spalte Projekt' });

/** Screen widths of the label column (header and first project row) and of the visible date area. */
async function columnWidths(page: Page): Promise<{ header: number; row: number; dates: number; value: number }> {
  const header = (await page.locator('.tl-corner').boundingBox())!;
  const row = (await firstProjectLabel(page).boundingBox())!;
  const dates = (await page.locator('.tl-header-chart').boundingBox())!;
  return {
    header: Math.round(header.width),
    row: Math.round(row.width),
    dates: Math.round(dates.width),
    value: Number(await separator(page).getAttribute('aria-valuenow')),
  };
}

describe('[E2E] Zeitplan label column', () => {
  it('has its printed width in a wide window and can be moved by keyboard; the width is kept after a reload', async () => {
    const page = await openSchedule({ width: 1400, height: 900 });
    expect(await columnWidths(page)).toMatchObject({ header: 400, row: 400, value: 400 });

    await separator(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await columnWidths(page)).row).toBe(416);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => columnWidths(page)).toMatchObject({ header: 352, row: 352, value: 352 });

    await page.reload();
    await grid(page).waitFor();
    expect(await columnWidths(page)).toMatchObject({ header: 352, row: 352, value: 352 });

    // Entf returns to the width that suits the window, and that is what a reload shows then.
    await separator(page).focus();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await columnWidths(page)).row).toBe(400);
    await page.reload();
    await grid(page).waitFor();
    expect((await columnWidths(page)).row).toBe(400);
    await expectNoAxeViolations(page, 'Zeitplan with the label column separator');
    await page.context().close();
  });

  it('can be dragged with the mouse, and never so wide that no dates remain', async () => {
    const page = await openSchedule({ width: 1400, height: 900 });
    await separator(page).scrollIntoViewIfNeeded();
    const box = (await separator(page).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let dx = -10; dx >= -120; dx -= 10) await page.mouse.move(x + dx, y);
    await page.mouse.up();
    const narrowed = await columnWidths(page);
    expect(narrowed.row).toBe(280);
    expect(narrowed.value).toBe(280);

    // Far to the right: stopped where the dates keep their minimum room.
    const moved = (await separator(page).boundingBox())!;
    await page.mouse.move(moved.x + 4, y);
    await page.mouse.down();
    for (let dx = 50; dx <= 1400; dx += 50) await page.mouse.move(moved.x + 4 + dx, y);
    await page.mouse.up();
    const widest = await columnWidths(page);
    expect(widest.row).toBe(Number(await separator(page).getAttribute('aria-valuemax')));
    expect(widest.dates).toBeGreaterThanOrEqual(200);
    await page.context().close();
  });

  it('does not shift after the first paint in a mid-sized window: its width is known before the chart is measured', async () => {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await login(page, server.url, 'vorstand.werl');
    // Every width the label column header has in any frame, from the first one on.
    await page.addInitScript(() => {
      const widths: number[] = [];
      (window as unknown as { labelWidths: number[] }).labelWidths = widths;
      const frame = () => {
        const corner = document.querySelector<HTMLElement>('.tl-corner');
        if (corner && widths.at(-1) !== corner.offsetWidth) widths.push(corner.offsetWidth);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto(`${server.url}/zeitplan`);
    await grid(page).waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('.tl-hscroll')?.clientWidth ?? 0)).toBeGreaterThan(0);
    // Ten frames on: the chart's measured size (a ResizeObserver after the first layout) is in.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
          step(10);
        }),
    );
    const widths = await page.evaluate(() => (window as unknown as { labelWidths: number[] }).labelWidths);
    expect(widths).toHaveLength(1);
    expect(widths[0]).toBeLessThan(400);
    await context.close();
  });

  it('at 200 % zoom leaves the dates most of the width and shows the status by its shape, named in full', async () => {
    // 1280 × 800 at 200 %: 640 × 400 CSS pixels.
    const page = await openSchedule({ width: 640, height: 400 }, 2);
    const { row, dates } = await columnWidths(page);
    expect(row).toBeLessThan(400);
    expect(dates).toBeGreaterThan(row);
    // Title still readable in part, the status shown by its shape (its word clipped away) ...
    const label = firstProjectLabel(page);
    const title = (await label.locator('.tl-title').boundingBox())!;
    expect(title.width).toBeGreaterThanOrEqual(40);
    const status = (await label.locator('.tl-status').boundingBox())!;
    expect(Math.round(status.width)).toBe(14);
    // ... and the word of the status is still in the cell's accessible name.
    const snapshot = await label.ariaSnapshot();
    expect(snapshot).toMatch(/Status: \p{L}/u);
    await expectNoAxeViolations(page, 'Zeitplan at 200 % zoom');
    await page.context().close();
  });
});
