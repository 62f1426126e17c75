import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES, STATUS_LABELS, type TStatus } from '../../../shared/domain/vocabulary';
import { viewFromSearchParams } from '../../../shared/portfolio/url';
import { applyPortfolioView } from '../../../shared/portfolio/view';
import { formatDate, projectStatus } from '../../../shared/timeline/labels';
import { collapsibleRowKeys, layoutTimelineRows } from '../../../shared/timeline/layout';
import { ZOOM_LABELS } from '../../../shared/timeline/scale';
import { getTimelineScale, SCENE_METRICS } from '../../../shared/timeline/scene';
import { STATUS_COLOURS } from '../../../shared/timeline/theme';
import { decodeTimeline, type TimelineWire } from '../../../shared/timeline/wire';
import { loginOverHttp, type TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';
import { focusBar, focused, forgetChartPositions, grid, headerTickBox, press, rowLabel } from './helpers';

const TODAY = '2026-11-23';
let server: TestServer;
let browser: Browser;
let page: Page;
let cookie: string;

beforeAll(async () => {
  server = await startE2eServer({ today: TODAY });
  browser = await launchBrowser();
  page = await newPage(browser);
  await login(page, server.url, 'vorstand.unna');
  cookie = await loginOverHttp(server.url, 'vorstand.unna');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function trpcGet<T>(path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${server.url}/trpc/${path}${query}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function openSchedule(query = '') {
  await forgetChartPositions(page);
  await page.goto(`${server.url}/zeitplan${query}`);
  await page.getByRole('heading', { name: 'Zeitplan', level: 1 }).waitFor();
  await grid(page).waitFor();
}

/** Screen x of the vertical line of the header marker labelled `text`. */
async function markerX(text: string): Promise<number | null> {
  return page.evaluate((wanted) => {
    const label = [...document.querySelectorAll('.tl-header-chart text')].find((t) => t.textContent === wanted);
    return label?.previousElementSibling?.getBoundingClientRect().x ?? null;
  }, text);
}

/**
 * The status colour most of the pixels of a 14 × 14 px status shape are drawn in (from a
 * screenshot, decoded by the page's canvas), with how many pixels have it; null for none.
 */
async function drawnStatus(box: { x: number; y: number; height: number }): Promise<{ status: TStatus; pixels: number } | null> {
  const png = await page.screenshot({ clip: { x: box.x, y: box.y + (box.height - 14) / 2, width: 14, height: 14 } });
  const colours = STATUSES.map((status) => [status, STATUS_COLOURS[status]] as const);
  return page.evaluate(
    async ({ source, colours }) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const rgb = colours.map(([status, hex]) => [status, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))] as const);
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        for (const [status, [r, g, b]] of rgb) {
          if (Math.abs(data[i]! - r!) <= 16 && Math.abs(data[i + 1]! - g!) <= 16 && Math.abs(data[i + 2]! - b!) <= 16) {
            counts.set(status, (counts.get(status) ?? 0) + 1);
          }
        }
      }
      const [best] = [...counts].sort((a, b) => b[1] - a[1]);
      return best ? { status: best[0] as TStatus, pixels: best[1] } : null;
    },
    { source: `data:image/png;base64,${png.toString('base64')}`, colours },
  );
}

describe('[E2E] Zeitplan of Unna', () => {
  it('sets the § 7a EGovG NRW marker at 01.04.2020, between the first and second quarter of 2020', async () => {
    await openSchedule();
    // Pan back from today until 2020 is in view.
    for (let i = 0; i < 12 && (await markerX('§ 7a EGovG NRW')) === null; i++) {
      await page.getByRole('button', { name: 'Früher' }).click();
    }
    const x = await markerX('§ 7a EGovG NRW');
    expect(x).not.toBeNull();
    const q1 = await headerTickBox(page, 'Q1 2020');
    const q2 = await headerTickBox(page, 'Q2 2020');
    expect(x!).toBeGreaterThan(q1.x + q1.width / 2);
    expect(Math.abs(x! - q2.x)).toBeLessThanOrEqual(1.5);
    expect(x!).toBeLessThan(q2.x + q2.width / 2);

    // Its accessible description: the list of deadlines and the title in the printed SVG.
    const deadlines = page.getByRole('group').filter({ hasText: 'Rechtliche Fristen im Zeitplan' });
    await page.getByText(/^Rechtliche Fristen im Zeitplan \(\d+\)$/).click();
    await deadlines.getByText('Rechtliche Frist § 7a EGovG NRW: Elektronische Rechnung – Frist 01.04.2020 – abgelaufen').waitFor();
    await expectNoAxeViolations(page, 'Zeitplan Unna');
    // The marker lines themselves are hidden with the chart layer; the grid's description names them.
    const description = await grid(page).evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('§ 7a EGovG NRW, Frist 01.04.2020');

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const titles = page.locator('.tl-print svg title');
    await titles.first().waitFor({ state: 'attached' });
    expect(await titles.allTextContents()).toContain('Rechtliche Frist § 7a EGovG NRW: Elektronische Rechnung; Frist 01.04.2020; abgelaufen');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  });

  it('draws "5 Portalverbund (OZG)", planned only "bis Ende 2022", as an open bar ending at 31.12.2022', async () => {
    await openSchedule('?zoom=jahr&suche=Portalverbund');
    const focus = await focusBar(page, 'Portalverbund (OZG)');
    expect(focus.name).toMatch(/^Projekt 5 Portalverbund \(OZG\): geplant offen bis 31\.12\.2022; /);
    const bar = grid(page).locator(`[data-row-key="${focus.rowKey}"][data-target="bar"]`);
    const box = (await bar.boundingBox())!;
    // Its right edge (the solid cap) is the end of 2022: the end of the header's second half-year.
    const secondHalf = await headerTickBox(page, 'II/2022');
    expect(Math.abs(box.x + box.width - (secondHalf.x + secondHalf.width))).toBeLessThanOrEqual(1.5);
    // A stub of fixed width, not a bar from some start, fading in steps towards the open start.
    expect(Math.abs(box.width - SCENE_METRICS.openBarWidth)).toBeLessThanOrEqual(1);
    const opacities = await bar.locator('rect[fill-opacity]').evaluateAll((rects) =>
      rects.map((rect) => ({ x: rect.getBoundingClientRect().x, opacity: Number(rect.getAttribute('fill-opacity')) })),
    );
    expect(opacities.length).toBeGreaterThan(2);
    const byX = [...opacities].sort((a, b) => a.x - b.x).map((step) => step.opacity);
    expect(byX).toEqual([...byX].sort((a, b) => a - b));
    await page.getByRole('list', { name: 'Legende' }).getByText('Projekt ohne geplanten Beginn (nur Ende)', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'Zeitplan Unna, offener Balken');

    // On screen and hit by the pointer: a click opens the project, whose own timeline shows the bar.
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-target]')?.getAttribute('data-target') ?? null,
      { x: box.x + box.width - 2, y: box.y + box.height / 2 },
    );
    expect(hit).toBe('bar');
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await page.getByRole('heading', { level: 1, name: /Portalverbund \(OZG\)/ }).waitFor();
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    await section.getByRole('treegrid').waitFor();
    expect(await section.getByText(/noch keine Termine erfasst/).count()).toBe(0);
    // The chart opens on it, though the Stichtag is four years later.
    const ownBox = (await section.locator('[data-target="bar"]').boundingBox())!;
    const chart = (await section.locator('.tl-scroller').boundingBox())!;
    expect(ownBox.x).toBeGreaterThan(chart.x + SCENE_METRICS.labelWidth);
    expect(ownBox.x + ownBox.width).toBeLessThan(chart.x + chart.width);
    const own = await focusBar(page, 'Portalverbund (OZG)');
    expect(own.name).toMatch(/^Projekt 5 Portalverbund \(OZG\): geplant offen bis 31\.12\.2022; /);
    await expectNoAxeViolations(page, 'Projektseite Portalverbund');
  });

  it('keeps the zoom level in the URL', async () => {
    await openSchedule('?zoom=jahr');
    const zoom = page.getByRole('group', { name: 'Zoomstufe' });
    expect(await zoom.getByRole('button', { name: 'Jahr', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await zoom.getByRole('button', { name: 'Monat' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('monat');
    await zoom.getByRole('button', { name: 'Quartal' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('zoom')).toBe(false);
    // The keyboard (minus = coarser) changes it as well.
    await grid(page).locator('[data-target][tabindex="0"]').focus();
    await page.keyboard.press('-');
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('halbjahr');
  });

  it('keeps collapsed groups and rows in the URL: after a reload, and Back from a project opened in the chart', async () => {
    const { model } = decodeTimeline((await trpcGet<{ timeline: TimelineWire }>('timeline.portfolio', {})).timeline);
    const rowCount = (collapsed: string[]) => layoutTimelineRows(model, { collapsed: new Set(collapsed) }).rows.length + 1;
    const zu = () => new URL(page.url()).searchParams.get('zu');
    const toggle = (key: string) => grid(page).locator(`[data-toggle="${key}"]`);
    const shownRows = () => grid(page).getAttribute('aria-rowcount').then(Number);

    await openSchedule('?zoom=jahr');
    const historyLength = await page.evaluate(() => history.length);
    const groupKey = (await rowLabel(page, 'Interne Geschäftsprozesse').getAttribute('data-row-key'))!;
    const parent = rowLabel(page, 'Internet-Auftritt');
    const parentKey = (await parent.getAttribute('data-row-key'))!;
    expect(groupKey).toMatch(/^group:\d+$/);
    expect(parentKey).toMatch(/^project:\d+$/);
    const collapsed = [groupKey, parentKey];
    // Ids, not positions: h<Handlungsfeld>.p<project>.
    const expected = `h${groupKey.slice('group:'.length)}.p${parentKey.slice('project:'.length)}`;

    // The project with sub-projects (at the top) by the Space key, the group by a click on its
    // triangle (scrolled into view for the click).
    await parent.focus();
    await page.keyboard.press(' ');
    await expect.poll(() => toggle(parentKey).getAttribute('data-expanded')).toBe('false');
    await toggle(groupKey).click();
    await expect.poll(zu).toBe(expected);
    await expect.poll(shownRows).toBe(rowCount(collapsed));
    expect(rowCount(collapsed)).toBeLessThan(rowCount([]) - 3);
    // A zoom level or a filter changed on the page keeps them.
    const zoomGroup = page.getByRole('group', { name: 'Zoomstufe' });
    await zoomGroup.getByRole('button', { name: 'Monat', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('monat');
    expect(zu()).toBe(expected);
    await zoomGroup.getByRole('button', { name: 'Jahr', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('zoom')).toBe('jahr');
    expect(zu()).toBe(expected);
    await page.getByRole('checkbox', { name: 'rot' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['rot']);
    expect(zu()).toBe(expected);
    await page.getByRole('checkbox', { name: 'rot' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('status')).toBe(false);
    expect(zu()).toBe(expected);
    await expect.poll(shownRows).toBe(rowCount(collapsed));

    const expectRestored = async (what: string) => {
      await grid(page).waitFor();
      const url = new URL(page.url());
      expect(url.searchParams.get('zu'), what).toBe(expected);
      expect(url.searchParams.get('zoom'), what).toBe('jahr');
      expect(await shownRows(), what).toBe(rowCount(collapsed));
      expect(await toggle(groupKey).getAttribute('data-expanded'), what).toBe('false');
      expect(await toggle(parentKey).getAttribute('data-expanded'), what).toBe('false');
      const zoom = page.getByRole('group', { name: 'Zoomstufe' });
      expect(await zoom.getByRole('button', { name: 'Jahr', exact: true }).getAttribute('aria-pressed'), what).toBe('true');
    };
    await page.reload();
    await expectRestored('after a reload');
    await expectNoAxeViolations(page, 'Zeitplan mit eingeklappten Zeilen');

    // Open a project from the chart (a project of another group), then Back.
    const before = page.url();
    await rowLabel(page, 'Portalverbund (OZG)').locator('a.tl-title').click();
    await page.getByRole('heading', { level: 1, name: /Portalverbund \(OZG\)/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Zeitplan', level: 1 }).waitFor();
    await expectRestored('after Back from the project');
    expect(page.url()).toBe(before);
    // The toggles replaced the history entry: the two filter clicks (which push, as on the
    // portfolio page) and the project page (now ahead of us) are the only entries added.
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 3);

    // "Alle einklappen": every group by its id; "Alle ausklappen": no parameter at all.
    const outline = page.getByRole('group', { name: 'Gliederung' });
    await outline.getByRole('button', { name: 'Alle einklappen' }).click();
    const groupKeys = collapsibleRowKeys(model).filter((key) => key.startsWith('group:'));
    const groupIds = groupKeys.map((key) => Number(key.slice('group:'.length))).sort((a, b) => a - b);
    await expect.poll(zu).toBe(groupIds.map((id) => `h${id}`).join('.'));
    const allGroups = rowCount(groupKeys);
    expect(allGroups).toBeLessThan(10);
    await expect.poll(shownRows).toBe(allGroups);
    await page.reload();
    await grid(page).waitFor();
    expect(await shownRows()).toBe(allGroups);
    await outline.getByRole('button', { name: 'Alle ausklappen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('zu')).toBe(false);
    await expect.poll(shownRows).toBe(rowCount([]));
    expect(new URL(page.url()).searchParams.get('zoom')).toBe('jahr');

    // Stale and malformed keys in a link are passed over; the valid one still counts.
    await openSchedule(`?zu=h999999.p888888.quatsch..h.${expected.split('.')[0]}`);
    await expect.poll(shownRows).toBe(rowCount([groupKey]));
    expect(await toggle(groupKey).getAttribute('data-expanded')).toBe('false');
    await toggle(groupKey).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('zu')).toBe(false);
  });

  it('returns to the rows and the period on screen: Back from a project opened in the chart, and after the table view', async () => {
    const position = () =>
      page.evaluate(() => ({
        top: document.querySelector('.tl-scroller')!.scrollTop,
        left: document.querySelector('.tl-hscroll')!.scrollLeft,
      }));
    /** The project title of the first project row wholly below the header. */
    const firstRow = () =>
      page.evaluate(() => {
        const header = document.querySelector('.tl-header')!.getBoundingClientRect().bottom;
        const titles = [...document.querySelectorAll<HTMLElement>('.tl-row a.tl-title')]
          .filter((title) => title.getBoundingClientRect().top >= header - 1)
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        return titles[0]?.textContent ?? null;
      });
    await openSchedule();
    // The proxy scrollbar (read here) takes the opening position in the first frames.
    await expect.poll(async () => (await position()).left).toBeGreaterThan(0);
    const opening = await position();
    await grid(page).evaluate((scroller) => {
      scroller.scrollTop = 600;
    });
    await page.getByRole('button', { name: /Früher/ }).click();
    await expect.poll(async () => (await position()).left).toBeLessThan(opening.left - 200);
    await expect.poll(async () => (await position()).top).toBe(600);
    const left = await position();
    const row = await firstRow();
    expect(row).not.toBeNull();

    // At once (no pause to let the position settle): the chart keeps it as it goes.
    const clickedRowKey = await rowLabel(page, row!).getAttribute('data-row-key');
    await grid(page).locator('.tl-row a.tl-title', { hasText: row! }).first().click();
    await page.getByRole('heading', { level: 1, name: row! }).waitFor();
    // The pointer off the chart: a tooltip it would show on hover is not the one looked for below.
    await page.mouse.move(0, 0);
    await page.goBack();
    await grid(page).waitFor();
    await expect.poll(async () => (await position()).top).toBe(600);
    // The keyboard focus is back on the row whose title opened the project (WCAG 2.4.3), without
    // a tooltip nobody asked for (after a click there is no focus ring to explain it).
    await expect.poll(() => focused(page)).toMatchObject({ rowKey: clickedRowKey, target: 'label' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.getByRole('tooltip').count()).toBe(0);
    // The period as a date at the left edge: the same to a day (at most 2 px at this zoom).
    // The proxy scrollbar (read here) follows the chart in the next frame.
    await expect.poll(async () => Math.abs((await position()).left - left.left)).toBeLessThanOrEqual(2);
    expect(await firstRow()).toBe(row);

    // The table view and back: the chart where it was.
    const views = page.getByRole('group', { name: 'Ansicht' });
    await views.getByRole('button', { name: 'Tabelle' }).click();
    await page.getByRole('table').first().waitFor();
    await views.getByRole('button', { name: 'Zeitplan' }).click();
    await grid(page).waitFor();
    await expect.poll(async () => (await position()).top).toBe(600);
    // The proxy scrollbar (read here) follows the chart in the next frame.
    await expect.poll(async () => Math.abs((await position()).left - left.left)).toBeLessThanOrEqual(2);

    // The position belongs to the history entry (a reload keeps it, as the browser keeps a page's
    // scroll position): the Zeitplan opened anew, by a link with its default zoom, starts at its
    // default position.
    await page.reload();
    await grid(page).waitFor();
    await expect.poll(async () => (await position()).top).toBe(600);
    await page.goto(`${server.url}/zeitplan?zoom=quartal`);
    await grid(page).waitFor();
    await expect.poll(position).toEqual(opening);

    // Entries of the same page: a filter (which adds an entry) and Back, then Forward. The chart
    // stays; each entry shows its own position.
    await grid(page).evaluate((scroller) => {
      scroller.scrollTop = 700;
    });
    await page.getByRole('button', { name: /Früher/ }).click();
    await expect.poll(async () => (await position()).left).toBeLessThan(opening.left - 200);
    const unfiltered = await position();
    await page.getByRole('checkbox', { name: 'rot' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['rot']);
    await grid(page).evaluate((scroller) => {
      scroller.scrollTop = 0;
    });
    await page.getByRole('button', { name: /Früher/ }).click();
    await expect.poll(async () => (await position()).left).toBeLessThan(unfiltered.left - 200);
    const filtered = await position();
    expect(filtered.top).toBe(0);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.has('status')).toBe(false);
    await expect.poll(async () => (await position()).top).toBe(unfiltered.top);
    // The proxy scrollbar (read here) follows the chart in the next frame.
    await expect.poll(async () => Math.abs((await position()).left - unfiltered.left)).toBeLessThanOrEqual(2);
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['rot']);
    await expect.poll(async () => Math.abs((await position()).left - filtered.left)).toBeLessThanOrEqual(2);
    expect((await position()).top).toBe(filtered.top);
  });

  it('returns to the end of the time axis after Back, as far right as the chart was', async () => {
    await openSchedule();
    const proxy = page.locator('.tl-hscroll');
    const atEnd = () => proxy.evaluate((element) => element.scrollWidth - element.clientWidth - element.scrollLeft);
    await proxy.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    await expect.poll(atEnd).toBeLessThanOrEqual(1);
    const title = (await grid(page).locator('.tl-row a.tl-title').first().textContent())!;
    const rowKey = await rowLabel(page, title).getAttribute('data-row-key');
    // The position has settled and been kept (250 ms after the last move) before the click: the
    // row whose title opened the project is kept as the chart goes all the same.
    await page.waitForTimeout(600);
    await grid(page).locator('.tl-row a.tl-title').first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    await grid(page).waitFor();
    // The kept date is the left edge at the end of the range: the chart goes all the way there
    // again (the width measured after the first frame allows it), to a day (at most 2 px).
    await expect.poll(atEnd).toBeLessThanOrEqual(2);
    await expect.poll(() => focused(page)).toMatchObject({ rowKey, target: 'label' });
  });

  it('gives the keyboard focus back to the bar that opened a project with Enter, after Back', async () => {
    await openSchedule();
    const position = () => page.evaluate(() => document.querySelector('.tl-scroller')!.scrollTop);
    // A project with a bar, well down the rows on screen, reached with the keyboard.
    const { model } = decodeTimeline((await trpcGet<{ timeline: TimelineWire }>('timeline.portfolio', {})).timeline);
    const { rows } = layoutTimelineRows(model, { collapsed: new Set() });
    const withBar = rows.filter((row) => row.kind === 'project' && (row.project.plannedStart || row.project.plannedEnd));
    const chosenRow = withBar.find((row) => rows.indexOf(row) >= 6 && rows.indexOf(row) <= 14);
    expect(chosenRow).toBeDefined();
    const title = (chosenRow as Extract<(typeof rows)[number], { kind: 'project' }>).project.title;
    const bar = await focusBar(page, title);
    await press(page, 'ArrowDown', (f) => f.rowKey !== bar.rowKey);
    const chosen = await press(page, 'ArrowUp', (f) => f.rowKey === bar.rowKey);
    expect(chosen.target).not.toBe('label');
    const top = await position();
    const left = await page.evaluate(() => document.querySelector('.tl-hscroll')!.scrollLeft);
    // The position has settled and been kept (250 ms after the last move) before Enter: the item
    // is kept as the chart goes all the same.
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    await grid(page).waitFor();
    await expect.poll(() => focused(page)).toEqual(chosen);
    // Focusing it did not move the chart from the position returned to.
    expect(await position()).toBe(top);
    // The period as a date at the left edge: the same to a day (at most 2 px at this zoom).
    await expect
      .poll(async () => Math.abs((await page.evaluate(() => document.querySelector('.tl-hscroll')!.scrollLeft)) - left))
      .toBeLessThanOrEqual(2);
    // The user goes on from there: the next row’s bar, not the first row of the page.
    await press(page, 'ArrowDown', (f) => f.rowKey !== chosen.rowKey && f.rowKey !== null);
  });

  it('follows Back and Forward through its history entries: zoom and collapsed rows as the address says', async () => {
    await openSchedule();
    const zoomGroup = page.getByRole('group', { name: 'Zoomstufe' });
    const pressed = (name: string) => zoomGroup.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
    const params = () => new URL(page.url()).searchParams;
    // A filter pushes a history entry (as on the portfolio page); zoom and collapsing replace it.
    await page.getByRole('checkbox', { name: 'rot' }).click();
    await expect.poll(() => params().getAll('status')).toEqual(['rot']);
    await zoomGroup.getByRole('button', { name: 'Jahr', exact: true }).click();
    await expect.poll(() => params().get('zoom')).toBe('jahr');
    const group = grid(page).locator('[data-toggle^="group:"]').first();
    const groupKey = (await group.getAttribute('data-toggle'))!;
    await group.click();
    await expect.poll(() => params().get('zu')).toBe(`h${groupKey.slice('group:'.length)}`);

    await page.goBack();
    await expect.poll(() => params().has('status')).toBe(false);
    expect(params().has('zoom')).toBe(false);
    await expect.poll(() => pressed('Quartal')).toBe('true');
    expect(await pressed('Jahr')).toBe('false');
    await expect.poll(() => grid(page).locator(`[data-toggle="${groupKey}"]`).getAttribute('data-expanded')).toBe('true');

    await page.goForward();
    await expect.poll(() => pressed('Jahr')).toBe('true');
    expect(params().getAll('status')).toEqual(['rot']);
    await expect.poll(() => grid(page).locator(`[data-toggle="${groupKey}"]`).getAttribute('data-expanded')).toBe('false');

    // Every group the filter leaves, collapsed one by one: without the filter the others stay open.
    const filteredGroups = await grid(page)
      .locator('[data-toggle^="group:"]')
      .evaluateAll((toggles) => toggles.map((toggle) => toggle.getAttribute('data-toggle')!));
    expect(filteredGroups.length).toBeGreaterThan(1);
    for (const key of filteredGroups) {
      const toggle = grid(page).locator(`[data-toggle="${key}"]`);
      if ((await toggle.getAttribute('data-expanded')) === 'true') await toggle.click();
      await expect.poll(() => toggle.getAttribute('data-expanded')).toBe('false');
    }
    const listed = filteredGroups.map((key) => Number(key.slice('group:'.length))).sort((a, b) => a - b);
    await expect.poll(() => params().get('zu')).toBe(listed.map((id) => `h${id}`).join('.'));
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => params().has('status')).toBe(false);
    expect(params().get('zu')).toBe(listed.map((id) => `h${id}`).join('.'));
    await expect.poll(() => grid(page).locator('[data-toggle^="group:"][data-expanded="true"]').count()).toBeGreaterThan(0);
  });

  it('opens from the portfolio with the same filters ("Im Zeitplan zeigen") and shows the same projects', async () => {
    const query = 'status=rot&ebene=projekte&gruppe=keine';
    const all = (await trpcGet<{ rows: Parameters<typeof applyPortfolioView>[0] }>('board.portfolio')).rows;
    const expected = applyPortfolioView(all, viewFromSearchParams(new URLSearchParams(query))).rows;
    expect(expected.length).toBeGreaterThan(1);

    await page.goto(`${server.url}/portfolio?${query}`);
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    // The route asks for the timeline while the page's code loads; the page then uses that answer
    // instead of asking again, and a filter changed on the page asks once more.
    // (page.goto above loaded the app afresh, so the Zeitplan's code is fetched on this click.)
    // The page's code is held back until the timeline has been asked for (at most 5 s), so the
    // order below does not depend on which of the two the server answers first: without the
    // route's prefetch, nothing asks for the timeline before the code has arrived.
    const timelineRequests: string[] = [];
    const events: string[] = [];
    let timelineAsked!: () => void;
    const asked = new Promise<void>((resolve) => (timelineAsked = resolve));
    const countTimeline = (request: { url(): string }) => {
      if (new URL(request.url()).pathname.includes('timeline.portfolio')) {
        timelineRequests.push(request.url());
        events.push('timeline requested');
        timelineAsked();
      }
    };
    const pageCode = /\/SchedulePage-[^/]+\.js$/;
    page.on('request', countTimeline);
    await page.route(pageCode, async (route) => {
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      events.push('page code delivered');
      await route.continue();
    });
    await page.getByRole('link', { name: 'Im Zeitplan zeigen' }).click();
    await grid(page).waitFor();
    await page.unroute(pageCode);
    expect(events).toEqual(['timeline requested', 'page code delivered']);
    expect(timelineRequests).toHaveLength(1);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/zeitplan');
    expect(url.search).toBe(`?${query}`);
    await page.getByText(`${expected.length} von ${all.length} Projekten`).waitFor();
    expect(await page.getByRole('checkbox', { name: 'rot' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Nur Projekte/ }).isChecked()).toBe(true);
    const shown = await grid(page).locator('[data-row-key^="project:"][data-target="label"] .tl-title').allTextContents();
    expect(shown.sort()).toEqual(expected.map((r) => r.title).sort());

    // A filter set here narrows the same way, and the way back keeps it.
    // The checkbox follows the URL (a navigation), so it is checked a moment after the click.
    await page.getByRole('checkbox', { name: 'gelb' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('status')).toEqual(['rot', 'gelb']);
    await expect.poll(() => page.getByRole('checkbox', { name: 'gelb' }).isChecked()).toBe(true);
    await expect.poll(() => timelineRequests.length).toBe(2);
    page.off('request', countTimeline);
    await page.getByRole('link', { name: 'Als Tabelle im Portfolio zeigen' }).click();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'gelb' }).isChecked()).toBe(true);
  });

  it('draws each status in its own shape and colour beside its word, in the chart’s rows and in the table', async () => {
    const { model } = decodeTimeline((await trpcGet<{ timeline: TimelineWire }>('timeline.portfolio', {})).timeline);
    const present = new Set(model.rows.map(projectStatus));
    expect(present.size).toBeGreaterThanOrEqual(3);

    type Cell = { status: TStatus; text: string; box: { x: number; y: number; height: number } };
    /** Checks the first on-screen shape of each status not yet checked. */
    const check = async (cells: Cell[], checked: Set<TStatus>) => {
      for (const cell of cells) {
        if (checked.has(cell.status)) continue;
        checked.add(cell.status);
        expect(cell.text.startsWith(STATUS_LABELS[cell.status]), `"${cell.text}" is ${cell.status}`).toBe(true);
        const drawn = await drawnStatus(cell.box);
        expect(drawn?.status, `shape beside "${cell.text}"`).toBe(cell.status);
        expect(drawn!.pixels, `shape beside "${cell.text}"`).toBeGreaterThanOrEqual(6);
      }
    };
    /** Status cells whose shape is on screen (mounted rows include some out of view). */
    const onScreen = (selector: string, textOf: 'self' | 'parent') =>
      page.locator(selector).evaluateAll(
        (elements, textOf) =>
          elements.flatMap((element) => {
            const { x, y, height } = element.getBoundingClientRect();
            if (!element.contains(document.elementFromPoint(x + 7, y + height / 2))) return [];
            const text = (textOf === 'self' ? element : element.parentElement)?.textContent ?? '';
            return [{ status: element.getAttribute('data-status'), text, box: { x, y, height } }];
          }),
        textOf,
      ) as Promise<Cell[]>;

    // The chart's label cells: scroll down through the rows until every status has been seen.
    await openSchedule();
    const inRows = new Set<TStatus>();
    const scroller = page.locator('.tl-scroller');
    await scroller.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    for (let step = 0; step < 20 && inRows.size < present.size; step++) {
      await check(await onScreen('.tl-label .tl-status[data-status]', 'self'), inRows);
      await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight / 2));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(inRows).toEqual(present);

    // The table view: the same shapes.
    await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Tabelle' }).click();
    await page.getByRole('table', { name: /Zeitplan/ }).waitFor();
    const inTable = new Set<TStatus>();
    for (let step = 0; step < 20 && inTable.size < present.size; step++) {
      await check(await onScreen('.tl-table .tl-status-icon[data-status]', 'parent'), inTable);
      await page.mouse.wheel(0, 400);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(inTable).toEqual(present);
    await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Zeitplan' }).click();
    await grid(page).waitFor();
  });

  it('keeps the date in the middle of the chart in the middle when zooming out and back in', async () => {
    const { model } = decodeTimeline((await trpcGet<{ timeline: TimelineWire }>('timeline.portfolio', {})).timeline);
    await openSchedule('?zoom=monat');
    const position = () =>
      page.locator('.tl-hscroll').evaluate((element) => ({ left: element.scrollLeft, width: element.clientWidth }));
    // Start away from today, so that a position that merely falls back to today does not pass.
    await page.getByRole('button', { name: 'Früher' }).click();
    await page.getByRole('button', { name: 'Früher' }).click();
    await expect.poll(async () => (await position()).left).toBeLessThan(
      getTimelineScale(model, 'month').x(model.today) - 1000,
    );
    let { left, width } = await position();
    let centre = getTimelineScale(model, 'month').dayAt(left + width / 2);
    for (const zoom of ['quarter', 'halfyear', 'year', 'halfyear', 'quarter', 'month'] as const) {
      await page.getByRole('group', { name: 'Zoomstufe' }).getByRole('button', { name: ZOOM_LABELS[zoom], exact: true }).click();
      const scale = getTimelineScale(model, zoom);
      const expected = Math.max(0, Math.min(scale.width - width, scale.x(centre) - width / 2));
      await expect
        .poll(async () => Math.abs((await position()).left - expected), { message: `${zoom}: centre ${formatDate(centre)}` })
        .toBeLessThanOrEqual(3);
      ({ left, width } = await position());
      centre = scale.dayAt(left + width / 2);
    }
  });

  it('keeps the focused row on screen in a small window (200 % zoom): the page scrolls along', async () => {
    await page.setViewportSize({ width: 700, height: 450 });
    try {
      await openSchedule();
      await grid(page).locator('[data-target][tabindex="0"]').focus();
      const onScreen = () =>
        page.evaluate(() => {
          const { top, bottom } = document.activeElement!.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        });
      const move = async (key: string) => {
        const from = (await focused(page)).rowKey;
        await press(page, key, (f) => f.rowKey !== from);
      };
      // Down past the window's lower edge, and back up past its upper edge.
      for (let i = 1; i <= 12; i++) {
        await move('ArrowDown');
        expect(await onScreen(), `after ArrowDown ${i}`).toBe(true);
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      for (let i = 1; i <= 12; i++) {
        await move('ArrowUp');
        expect(await onScreen(), `after ArrowUp ${i}`).toBe(true);
      }
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });

  it('keeps tooltip and expander triangles legible in forced-colours mode (Windows high contrast)', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      await openSchedule('?zoom=jahr&suche=Portalverbund');
      // The expander triangle: only its one coloured side; the others do not become a block.
      const triangle = await grid(page)
        .locator('.tl-toggle[data-expanded="true"]')
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element, '::before');
          return { top: style.borderTopColor, left: style.borderLeftColor, right: style.borderRightColor };
        });
      expect(triangle.left).toBe('rgba(0, 0, 0, 0)');
      expect(triangle.right).toBe('rgba(0, 0, 0, 0)');
      expect(triangle.top).not.toBe('rgba(0, 0, 0, 0)');
      // The status shapes keep their colours on a light tile, also on a dark system background.
      const tile = await grid(page)
        .locator('.tl-label .tl-status[data-status]')
        .first()
        .evaluate((element) => getComputedStyle(element, '::before').backgroundColor);
      expect(tile).toBe('rgb(255, 255, 255)');
      // The tooltip of a focused bar: a solid background and a border, not text over the rows.
      const label = rowLabel(page, 'Portalverbund (OZG)');
      await label.focus();
      const rowKey = await label.getAttribute('data-row-key');
      await press(page, 'ArrowRight', (f) => f.rowKey === rowKey && f.target === 'bar');
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      const box = await tooltip.evaluate((element) => {
        const style = getComputedStyle(element);
        return { background: style.backgroundColor, border: style.borderTopWidth };
      });
      expect(box.background).toMatch(/^rgb\(/);
      expect(box.border).toBe('1px');
      await expectNoAxeViolations(page, 'Zeitplan in forced colours');
      // On a dark system background (Windows "Nachthimmel"): the chart, its date header and the
      // legend’s symbols keep the colours they were designed in, on the white they were chosen for
      // (a milestone reached, a deadline, an arrow would all but vanish on black).
      await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      const drawing = await page.evaluate(() => {
        const background = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).backgroundColor : null;
        };
        const deadline = document.querySelector('.tl-header-chart text[data-marker="deadline"]');
        return {
          // The system background, as a probe in its colour computes it.
          page: (() => {
            const probe = document.createElement('span');
            probe.style.color = 'Canvas';
            document.body.append(probe);
            const value = getComputedStyle(probe).color;
            probe.remove();
            return value;
          })(),
          header: background('.tl-header-chart'),
          chart: background('.tl-chart-viewport'),
          legend: background('.tl-legend svg'),
          deadlineLabel: deadline ? getComputedStyle(deadline).fill : null,
          legendDeadline: document.querySelectorAll('.tl-legend line[data-marker="deadline"]').length,
        };
      });
      expect(drawing).toEqual({
        page: 'rgb(0, 0, 0)',
        header: 'rgb(255, 255, 255)',
        chart: 'rgb(255, 255, 255)',
        legend: 'rgb(255, 255, 255)',
        deadlineLabel: 'rgb(124, 45, 18)',
        legendDeadline: 1,
      });
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('reaches every row and bar of the (virtualised) portfolio by keyboard, scrolling as it goes', async () => {
    const { model } = decodeTimeline((await trpcGet<{ timeline: TimelineWire }>('timeline.portfolio', {})).timeline);
    // In display order: each field of action, its projects, their sub-projects nested below them.
    const layout = layoutTimelineRows(model).rows;
    // A project with one planned date has a bar too (an open one); Unna dates its projects only so.
    const hasBar = new Set(layout.filter((row) => row.kind === 'project' && (row.project.plannedStart || row.project.plannedEnd)).map((row) => row.key));
    const expectedBars = layout.flatMap((row) =>
      row.kind === 'project' && hasBar.has(row.key) ? [`Projekt ${row.project.code ? `${row.project.code} ` : ''}${row.project.title}:`] : [],
    );
    expect(layout.length).toBeGreaterThan(40);
    expect(expectedBars.length).toBeGreaterThanOrEqual(10);

    await openSchedule();
    await grid(page).locator('[data-target][tabindex="0"]').focus();
    let focus = await focused(page);
    const visited = [focus.rowKey];
    const names: string[] = [];
    for (let i = 0; i < layout.length; i++) {
      const rowKey = focus.rowKey!;
      if (hasBar.has(rowKey)) {
        names.push((await press(page, 'ArrowRight', (f) => f.rowKey === rowKey && f.target === 'bar')).name!);
        focus = await press(page, 'ArrowLeft', (f) => f.rowKey === rowKey && f.target === 'label');
      }
      if (i < layout.length - 1) {
        focus = await press(page, 'ArrowDown', (f) => f.rowKey !== rowKey);
        visited.push(focus.rowKey);
      }
    }
    expect(visited).toEqual(layout.map((row) => row.key));
    expect(await page.locator('.tl-scroller').evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(names).toHaveLength(expectedBars.length);
    names.forEach((name, index) => expect(name.startsWith(expectedBars[index]!), `${name} / ${expectedBars[index]}`).toBe(true));
  });

  it('keeps the focused row when it is scrolled out of view and back; assistive technology reads the recycled rows in order', async () => {
    await openSchedule();
    const tabStop = grid(page).locator('[data-target][tabindex="0"]');
    await tabStop.focus();
    const rowKey = (await focused(page)).rowKey;
    await page.evaluate(() => {
      (window as unknown as { focusedAtStart: Element | null }).focusedAtStart = document.activeElement;
    });
    const scroller = page.locator('.tl-scroller');
    const rowCount = Number(await grid(page).getAttribute('aria-rowcount'));
    const scrollTo = (top: number) =>
      scroller.evaluate(async (element, to) => {
        element.scrollTop = to;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }, top);

    // Down in steps, to the end: every row mounted for the top is recycled on the way.
    // Focus stays where it was all the way (a recycled element would carry another row's key).
    for (let row = 8; row < rowCount; row += 8) {
      await scrollTo(32 * row);
      expect((await focused(page)).rowKey).toBe(rowKey);
    }
    const domOrder = await grid(page)
      .locator('.tl-body > [role="row"]')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
    const sorted = [...domOrder].sort((a, b) => a - b);
    // The rows are recycled (not in row order in the DOM) and the tab stop's row is still there.
    expect(domOrder).not.toEqual(sorted);
    expect(domOrder).toContain(2);
    // The accessibility tree has them in row order all the same.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { nodeId: string; childIds?: string[]; role?: { value: string }; backendDOMNodeId?: number }[];
    };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const treeRows: number[] = [];
    const visit = (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      if (node.role?.value === 'row' && node.backendDOMNodeId !== undefined) treeRows.push(node.backendDOMNodeId);
      for (const child of node.childIds ?? []) visit(child);
    };
    visit(nodes[0]!.nodeId);
    const rowIndexOf = async (backendNodeId: number) => {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return Number(this.getAttribute("aria-rowindex")); }',
        returnByValue: true,
      })) as { result: { value: number } };
      return result.value;
    };
    const treeOrder: number[] = [];
    for (const id of treeRows) treeOrder.push(await rowIndexOf(id));
    await cdp.detach();
    // Header row first, then every rendered body row, ascending.
    expect(treeOrder).toEqual([1, ...sorted]);

    // Back to the top: the focused element is the same one, still focused, still on its row.
    await scrollTo(0);
    const same = await page.evaluate(
      () => document.activeElement === (window as unknown as { focusedAtStart: Element | null }).focusedAtStart,
    );
    expect(same).toBe(true);
    expect((await focused(page)).rowKey).toBe(rowKey);
    await expectNoAxeViolations(page);
  });
});
