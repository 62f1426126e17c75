import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../integration/http';
import { launchBrowser, login, newPage, startE2eServer } from '../browser';
import { grid } from './helpers';

/**
 * The Zeitplan's HTML announces the page's data request (server/http/preload.ts): the browser
 * loads it beside the scripts, and the page takes that response instead of asking again.
 */
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer({ today: '2026-11-23' });
  browser = await launchBrowser();
  page = await newPage(browser);
  await login(page, server.url, 'vorstand.unna');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('[E2E] Zeitplan data preload', () => {
  it('loads the filtered timeline once and the page code, both started while the HTML is read (before the scripts run), and shows it', async () => {
    const requests: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().includes('/trpc/timeline.portfolio')) requests.push(request.url());
    };
    page.on('request', onRequest);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) warnings.push(message.text());
    });
    await page.goto(`${server.url}/zeitplan?status=rot&zoom=jahr`);
    await grid(page).waitFor();
    await page.getByText(/^\d+ von \d+ Projekten$/).waitFor();

    // One request for the data, and it is the preload's: the page's fetch took its response.
    expect(requests).toHaveLength(1);
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/trpc/timeline.portfolio'))
        .map((entry) => ({ initiator: (entry as PerformanceResourceTiming).initiatorType, start: entry.startTime })),
    );
    expect(entries.map((entry) => entry.initiator)).toEqual(['link']);
    // Started while the HTML was read: module scripts run only after that (domInteractive).
    const htmlRead = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    );
    expect(htmlRead).toBeGreaterThan(0);
    expect(entries[0]!.start).toBeLessThan(htmlRead);
    // So is the page's code, which the router would otherwise ask for after the main bundle ran.
    const pageCodeStart = await page.evaluate(
      () => performance.getEntriesByType('resource').find((entry) => /\/assets\/SchedulePage-[\w-]+\.js$/.test(entry.name))?.startTime,
    );
    expect(pageCodeStart).toBeDefined();
    expect(pageCodeStart!).toBeLessThan(htmlRead);
    expect(warnings).toEqual([]);

    // The chart shows the filtered projects: every row's status is "kritisch" (red).
    const statuses = await grid(page).locator('.tl-label .tl-status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([statuses[0]]));

    // A filter changed on the page asks the server anew, with its own request.
    await page.getByRole('checkbox', { name: 'rot' }).click();
    await expect.poll(() => requests.length).toBe(2);
    page.off('request', onRequest);
    expect(JSON.parse(new URL(requests[1]!).searchParams.get('input')!)).toMatchObject({ statuses: [] });
  });
});
