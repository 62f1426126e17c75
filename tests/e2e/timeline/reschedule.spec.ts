import { and, asc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, milestones, projectPhases, projects } from '../../../db/schema';
import { loginOverHttp, type TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';
import { centreOf, dragSideways, focusBar, focused, forgetChartPositions, grid, press } from './helpers';

const TODAY = '2026-11-23';
let server: TestServer;
let browser: Browser;

const db = () => server.testDb.db;
const projectByKey = (key: string) => db().select().from(projects).where(eq(projects.key, key)).get()!;
const milestoneByKey = (key: string) => db().select().from(milestones).where(eq(milestones.key, key)).get()!;

beforeAll(async () => {
  server = await startE2eServer({ today: TODAY });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.context().close();
});

async function pageAs(username: string): Promise<Page> {
  const page = await newPage(browser);
  opened.push(page);
  await login(page, server.url, username);
  return page;
}

async function openSchedule(page: Page, zoom = 'halbjahr') {
  await forgetChartPositions(page);
  await page.goto(`${server.url}/zeitplan?zoom=${zoom}`);
  await grid(page).waitFor();
}

/** Focuses the project's bar, then its (only) milestone. */
async function focusMilestone(page: Page, projectTitle: string, milestoneId: number) {
  const bar = await focusBar(page, projectTitle);
  return press(page, 'ArrowRight', (f) => f.rowKey === bar.rowKey && f.target === `milestone:${milestoneId}`);
}

function announcement(page: Page) {
  return grid(page).locator('xpath=..').locator('[aria-live="polite"]');
}

describe('[E2E] rescheduling in the Zeitplan', () => {
  it('the steering office moves a milestone by keyboard, confirms old and new date and sees it saved', async () => {
    const page = await pageAs('steuerung.werl');
    const dms = projectByKey('werl-5.8');
    const before = milestoneByKey('werl-ms-5.8');
    expect(before.plannedDate).toBe('2020-12-31');
    await openSchedule(page);

    const milestone = await focusMilestone(page, dms.title, before.id);
    expect(milestone.name).toMatch(/^Meilenstein Verwaltungsweite Einführung des DMS: .*geplant 31\.12\.2020/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBeTruthy();

    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await announcement(page).getByText('Meilenstein Verwaltungsweite Einführung des DMS: 03.01.2021 (bisher 31.12.2020)', { exact: false }).waitFor();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.waitFor();
    await dialog.getByText('Meilenstein „Verwaltungsweite Einführung des DMS“ (5.8 Dokumentenmanagementsystem (DMS))').waitFor();
    expect(await dialog.locator('dt').allTextContents()).toEqual(['Bisher geplant', 'Neu geplant']);
    expect(await dialog.locator('dd').allTextContents()).toEqual(['31.12.2020', '03.01.2021']);
    expect(db().select().from(milestones).where(eq(milestones.id, before.id)).get()!.plannedDate).toBe('2020-12-31');
    await expectNoAxeViolations(page, 'Termin verschieben (Dialog)');

    const audit = db().select().from(auditLog).all().length;
    await dialog.getByRole('button', { name: 'Verschieben' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Gespeichert: Meilenstein „Verwaltungsweite Einführung des DMS“' }).waitFor();

    const after = milestoneByKey('werl-ms-5.8');
    expect(after).toMatchObject({ plannedDate: '2021-01-03', version: before.version + 1 });
    const entries = db().select().from(auditLog).all().slice(audit);
    expect(entries).toEqual([
      expect.objectContaining({ entity: 'milestone', entityId: before.id, username: 'steuerung.werl', after: { plannedDate: '2021-01-03' } }),
    ]);
    // The chart shows the saved date, and focus is back on the milestone.
    await expect
      .poll(() => grid(page).locator(`[data-target="milestone:${before.id}"]`).getAttribute('aria-label'))
      .toMatch(/geplant 03\.01\.2021/);
    expect((await focused(page)).target).toBe(`milestone:${before.id}`);
  });

  it('drags a bar end: the dialog shows old and new end, "Abbrechen" keeps the plan', async () => {
    const page = await pageAs('steuerung.werl');
    const project = projectByKey('werl-5.9');
    // At year zoom the whole bar (2017–2020) fits beside the labels.
    await openSchedule(page, 'jahr');
    await focusBar(page, project.title);
    const handle = grid(page).locator(`[data-row-key="project:${project.id}"] [data-drag="end"]`);
    await dragSideways(page, centreOf((await handle.boundingBox())!), 40);

    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.waitFor();
    await dialog.getByText(`Geplantes Ende des Projekts „5.9 ${project.title}“`).waitFor();
    const [oldEnd, newEnd] = await dialog.locator('dd').allTextContents();
    expect(oldEnd).toBe('31.12.2020');
    // 40 px at 0.4 px per day: about a hundred days later.
    const [d, m, y] = newEnd!.split('.').map(Number);
    expect(Date.UTC(y!, m! - 1, d!)).toBeGreaterThan(Date.UTC(2021, 2, 15));
    expect(Date.UTC(y!, m! - 1, d!)).toBeLessThan(Date.UTC(2021, 4, 1));

    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(projectByKey('werl-5.9')).toMatchObject({ plannedEnd: '2020-12-31', version: project.version });
  });

  it('drags the end of an open bar (a project planned only by its end) and saves it', async () => {
    const page = await pageAs('steuerung.unna');
    const project = projectByKey('gpk-5');
    expect(project).toMatchObject({ plannedStart: null, plannedEnd: '2022-12-31' });
    await page.goto(`${server.url}/zeitplan?zoom=jahr&suche=Portalverbund`);
    await grid(page).waitFor();
    const bar = await focusBar(page, project.title);
    expect(bar.name).toMatch(/geplant offen bis 31\.12\.2022/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBeTruthy();
    const handle = grid(page).locator(`[data-row-key="project:${project.id}"] [data-drag="end"]`);
    await dragSideways(page, centreOf((await handle.boundingBox())!), 40);

    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.waitFor();
    const [oldEnd, newEnd] = await dialog.locator('dd').allTextContents();
    expect(oldEnd).toBe('31.12.2022');
    expect(newEnd).toMatch(/^\d\d\.\d\d\.2023$/);
    await expectNoAxeViolations(page, 'offenen Balken verschieben (Dialog)');
    await dialog.getByRole('button', { name: 'Verschieben' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [d, m, y] = newEnd!.split('.');
    await expect.poll(() => projectByKey('gpk-5').plannedEnd).toBe(`${y}-${m}-${d}`);
    expect(projectByKey('gpk-5').plannedStart).toBeNull();
    await expect
      .poll(() => grid(page).locator(`[data-row-key="project:${project.id}"][data-target="bar"]`).getAttribute('aria-label'))
      .toMatch(new RegExp(`geplant offen bis ${newEnd!.replace(/\./g, '\\.')}`));
  });

  it('shortens a bar whose last phase runs to its end: the dialog says the phase follows, and bar and phase end together', async () => {
    const page = await pageAs('steuerung.werl');
    const project = projectByKey('werl-5.2');
    const phasesOf = () =>
      db()
        .select()
        .from(projectPhases)
        .where(eq(projectPhases.projectId, project.id))
        .orderBy(asc(projectPhases.sortOrder))
        .all()
        .map((phase) => `${phase.name}: ${phase.startDate} – ${phase.endDate}`);
    const before = phasesOf();
    expect(before.at(-1)).toBe('Start des neuen Internetauftritts und fortlaufende Pflege: 2018-01-01 – 2020-12-31');
    await openSchedule(page, 'jahr');
    await focusBar(page, project.title);
    const drag = async (distance: number) => {
      const handle = grid(page).locator(`[data-row-key="project:${project.id}"] [data-drag="end"]`);
      await dragSideways(page, centreOf((await handle.boundingBox())!), -distance, { step: 20 });
      const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
      await dialog.waitFor();
      return dialog;
    };

    // Far to the left: the end stops at the start of the last phase, not at the project's start.
    let dialog = await drag(600);
    expect(await dialog.locator('dd').allTextContents()).toEqual(['31.12.2020', '01.01.2018']);
    await dialog
      .getByText('Früher geht es nicht: Die Phase „Start des neuen Internetauftritts und fortlaufende Pflege“ beginnt am 01.01.2018.')
      .waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });

    // 100 px at 0.4 px per day: about 250 days earlier. The dialog says what happens to the phase.
    dialog = await drag(100);
    const newEnd = (await dialog.locator('dd').allTextContents())[1]!;
    expect(newEnd).toMatch(/^\d\d\.\d\d\.2020$/);
    await dialog.getByText('Die Phasen folgen dem neuen Ende:').waitFor();
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      `Phase „Start des neuen Internetauftritts und fortlaufende Pflege“: 01.01.2018 – ${newEnd} (bisher 01.01.2018 – 31.12.2020)`,
    ]);
    await dialog.getByText('Ein Basisplan ist nicht erfasst, eine Abweichung zeigt der Zeitplan daher nicht.').waitFor();
    await dialog.getByRole('button', { name: 'Verschieben' }).click();
    await dialog.waitFor({ state: 'detached' });

    const isoEnd = newEnd.split('.').reverse().join('-');
    await expect.poll(() => projectByKey('werl-5.2').plannedEnd).toBe(isoEnd);
    expect(phasesOf()).toEqual([...before.slice(0, -1), `Start des neuen Internetauftritts und fortlaufende Pflege: 2018-01-01 – ${isoEnd}`]);
    // Drawn: no phase reaches beyond the bar's end (where its end handle sits).
    const bar = grid(page).locator(`[data-row-key="project:${project.id}"][data-target="bar"]`);
    await expect.poll(() => bar.getAttribute('aria-label')).toContain(`bis ${newEnd}`);
    const edges = await bar.evaluate((group) => {
      const handle = group.querySelector('[data-drag="end"]')!.getBoundingClientRect();
      const shapes = [...group.querySelectorAll('rect:not([data-drag])')].map((shape) => shape.getBoundingClientRect().right);
      return { end: handle.left + handle.width / 2, shapes };
    });
    expect(edges.shapes.length).toBeGreaterThan(1);
    expect(Math.max(...edges.shapes)).toBeLessThanOrEqual(edges.end + 1);

    // The project's Verlauf names the phase's change, in German, and only what changed.
    await page.goto(`${server.url}/projekte/${project.id}`);
    const entry = page.locator('.history__entry', { hasText: 'Phase „Start des neuen Internetauftritts und fortlaufende Pflege“' }).first();
    await entry.waitFor();
    expect(await entry.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)))).toEqual([
      ['Ende', '31.12.2020', newEnd],
    ]);
  });

  it('keeps the proposed date in view at the right edge of the chart and the old dates’ tooltip out of the way while dragging', async () => {
    const page = await pageAs('steuerung.werl');
    const project = projectByKey('werl-5.10');
    await openSchedule(page, 'halbjahr');
    await focusBar(page, project.title);
    const handle = grid(page).locator(`[data-row-key="project:${project.id}"] [data-drag="end"]`);
    // Bring the bar end near the right edge of the chart, with no room for the date label beside it.
    const chartRight = () => page.locator('.tl-header-chart').evaluate((element) => element.getBoundingClientRect().right);
    const shift = (await handle.boundingBox())!.x - ((await chartRight()) - 70);
    await page.locator('.tl-hscroll').evaluate((element, by) => element.scrollBy(by, 0), shift);
    await expect.poll(async () => Math.abs((await handle.boundingBox())!.x - ((await chartRight()) - 70))).toBeLessThan(2);
    const box = (await handle.boundingBox())!;
    await dragSideways(page, centreOf(box), 30, { release: false });
    // The rows' only text with a date in it: the proposed date.
    const label = grid(page).locator('.tl-row text', { hasText: /^\d\d\.\d\d\.\d{4}$/ });
    await label.waitFor();
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(await chartRight());
    expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(box.x + 30);
    expect(await page.getByRole('tooltip').count()).toBe(0);
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(projectByKey('werl-5.10')).toMatchObject({ plannedEnd: project.plannedEnd, version: project.version });
  });

  describe('auto-pan while dragging', () => {
    const scrollLeft = (page: Page) => page.locator('.tl-hscroll').evaluate((element) => element.scrollLeft);
    /** Resolves after `count` animation frames: the chart has rendered what came before. */
    const afterFrames = (page: Page, count = 3) =>
      page.evaluate((n) => {
        return new Promise<void>((resolve) => {
          const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
          step(n);
        });
      }, count);
    /** Asserts that the chart no longer pans: the position stays over `frames` frames. Returns it. */
    const expectPanStopped = async (page: Page, frames = 5) => {
      await afterFrames(page);
      const stopped = await scrollLeft(page);
      await afterFrames(page, frames);
      expect(await scrollLeft(page)).toBe(stopped);
      return stopped;
    };
    const parseDate = (text: string) => {
      const [d, m, y] = text.split('.').map(Number);
      return Date.UTC(y!, m! - 1, d!);
    };

    /**
     * Opens Werl at zoom Halbjahr with the bar end of 5.10 well inside the chart; returns the
     * handle's centre, the chart's right edge and the last day of the last half-year in view.
     */
    async function barEndInView(page: Page, project: { id: number; title: string }) {
      await openSchedule(page, 'halbjahr');
      await focusBar(page, project.title);
      const handle = grid(page).locator(`[data-row-key="project:${project.id}"] [data-drag="end"]`);
      const chartRight = await page.locator('.tl-header-chart').evaluate((element) => element.getBoundingClientRect().right);
      const shift = (await handle.boundingBox())!.x - (chartRight - 300);
      await page.locator('.tl-hscroll').evaluate((element, by) => element.scrollBy(by, 0), shift);
      await expect.poll(async () => Math.abs((await handle.boundingBox())!.x - (chartRight - 300))).toBeLessThan(2);
      // The header's half-years that begin left of the chart's right edge: the latest date in view
      // is the last day of the last of them.
      const periods = await page.evaluate((right) => {
        return [...document.querySelectorAll('.tl-header-chart text')]
          .filter((text) => (text.previousElementSibling?.getBoundingClientRect().left ?? Infinity) < right)
          .map((text) => text.textContent ?? '');
      }, chartRight);
      const halves = periods.flatMap((text) => {
        const match = /^([12])\. Hj\. (\d{4})$/.exec(text);
        return match ? [match[1] === '1' ? Date.UTC(Number(match[2]), 5, 30) : Date.UTC(Number(match[2]), 11, 31)] : [];
      });
      expect(halves.length).toBeGreaterThan(0);
      return { from: centreOf((await handle.boundingBox())!), chartRight, lastInView: Math.max(...halves) };
    }

    it('pans while a bar end is held at the right edge: the date follows, the dialog proposes one beyond the period that was in view', async () => {
      const page = await pageAs('steuerung.werl');
      const project = projectByKey('werl-5.10');
      const { from, chartRight, lastInView } = await barEndInView(page, project);
      const before = await scrollLeft(page);

      // Into the edge zone, then the mouse stays where it is.
      await dragSideways(page, from, chartRight - 10 - from.x, { release: false });
      await expect.poll(() => scrollLeft(page), { timeout: 10_000 }).toBeGreaterThan(before + 300);
      // The proposed date (the rows' only text with a date) follows the content under the pointer.
      const label = grid(page).locator('.tl-row text', { hasText: /^\d\d\.\d\d\.\d{4}$/ });
      await expect.poll(async () => parseDate(await label.textContent() ?? '')).toBeGreaterThan(lastInView);
      const labelBox = (await label.boundingBox())!;
      expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(chartRight);

      await page.mouse.up();
      const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
      await dialog.getByText(`Geplantes Ende des Projekts „5.10 ${project.title}“`).waitFor();
      const [oldEnd, newEnd] = await dialog.locator('dd').allTextContents();
      expect(oldEnd).toBe(project.plannedEnd!.split('-').reverse().join('.'));
      expect(parseDate(newEnd!)).toBeGreaterThan(lastInView);
      // The pan ended with the drag.
      await expectPanStopped(page);

      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(projectByKey('werl-5.10')).toMatchObject({ plannedEnd: project.plannedEnd, version: project.version });
    });

    it('stops panning back in time at the earliest end the phases allow: the proposed date stays in view', async () => {
      const page = await pageAs('steuerung.werl');
      const project = projectByKey('werl-5.2');
      // The end can go back to the start of the last phase, no further ("Früher geht es nicht").
      const phaseStarts = db()
        .select()
        .from(projectPhases)
        .where(eq(projectPhases.projectId, project.id))
        .all()
        .map((phase) => phase.startDate)
        .sort();
      const earliest = phaseStarts.at(-1)!;
      expect(earliest > project.plannedStart!).toBe(true);
      const { from } = await barEndInView(page, project);
      const chartLeft = await page.locator('.tl-header-chart').evaluate((element) => element.getBoundingClientRect().left);

      await dragSideways(page, from, chartLeft + 10 - from.x, { step: 20, release: false });
      const label = grid(page).locator('.tl-row text', { hasText: /^\d\d\.\d\d\.\d{4}$/ });
      await expect.poll(() => label.textContent(), { timeout: 10_000 }).toBe(earliest.split('-').reverse().join('.'));
      expect(await expectPanStopped(page, 10)).toBeGreaterThan(0);
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(chartLeft);

      await page.mouse.up();
      const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
      await dialog.getByText('Früher geht es nicht', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Abbrechen' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(projectByKey('werl-5.2')).toMatchObject({ plannedEnd: project.plannedEnd, version: project.version });
    });

    it('stops panning on Escape: the release then proposes nothing and saves nothing', async () => {
      const page = await pageAs('steuerung.werl');
      const project = projectByKey('werl-5.10');
      const audit = db().select().from(auditLog).all().length;
      const { from, chartRight } = await barEndInView(page, project);
      const before = await scrollLeft(page);

      await dragSideways(page, from, chartRight - 10 - from.x, { release: false });
      await expect.poll(() => scrollLeft(page), { timeout: 10_000 }).toBeGreaterThan(before + 100);
      await page.keyboard.press('Escape');
      await announcement(page).getByText('Verschieben abgebrochen.').waitFor();
      await grid(page).locator('.tl-row text', { hasText: /^\d\d\.\d\d\.\d{4}$/ }).waitFor({ state: 'detached' });
      await expectPanStopped(page);

      await page.mouse.up();
      await afterFrames(page);
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/zeitplan');
      expect(projectByKey('werl-5.10')).toMatchObject({ plannedEnd: project.plannedEnd, version: project.version });
      expect(db().select().from(auditLog).all().length).toBe(audit);
    });

    it('keeps a date moved by keyboard in view: Shift+arrows past the edge pan as far as needed', async () => {
      const page = await pageAs('steuerung.werl');
      const project = projectByKey('werl-5.10');
      const { from, chartRight } = await barEndInView(page, project);
      // The bar end 60 px inside the right edge, then 20 weeks later (112 px at 0.8 px per day).
      await page.locator('.tl-hscroll').evaluate((element, by) => element.scrollBy(by, 0), from.x - (chartRight - 60));
      const handle = grid(page).locator(`[data-row-key="project:${project.id}"] [data-drag="end"]`);
      await expect.poll(async () => Math.abs(centreOf((await handle.boundingBox())!).x - (chartRight - 60))).toBeLessThan(2);
      const before = await scrollLeft(page);
      for (let i = 0; i < 20; i++) await page.keyboard.press('Control+Shift+ArrowRight');
      const [y, m, d] = project.plannedEnd!.split('-').map(Number);
      const moved = new Date(Date.UTC(y!, m! - 1, d! + 140)).toISOString().slice(0, 10).split('-').reverse().join('.');
      await announcement(page).getByText(`: ${moved} (bisher`, { exact: false }).waitFor();
      await expect.poll(() => scrollLeft(page)).toBeGreaterThan(before + 40);
      // The focus tooltip with the old dates gave way while the new one is chosen.
      expect(await page.locator('.tl-tooltip').count()).toBe(0);
      const preview = grid(page).locator('.tl-row rect[stroke-dasharray]');
      await expect.poll(async () => { const box = (await preview.boundingBox())!; return box.x + box.width; }).toBeLessThanOrEqual(chartRight);
      await page.keyboard.press('Escape');
      await preview.waitFor({ state: 'detached' });
      expect(projectByKey('werl-5.10')).toMatchObject({ plannedEnd: project.plannedEnd, version: project.version });
    });
  });

  it('reaches the end of a bar that has a milestone on its end date: above the diamond the drag moves the end', async () => {
    const page = await pageAs('steuerung.werl');
    const dms = projectByKey('werl-5.8');
    // In the seed the DMS's last milestone is planned on the project's end (an earlier test here moved it).
    db().update(milestones).set({ plannedDate: dms.plannedEnd }).where(eq(milestones.key, 'werl-ms-5.8')).run();
    await openSchedule(page, 'jahr');
    await focusBar(page, dms.title);
    const handle = grid(page).locator(`[data-row-key="project:${dms.id}"] [data-drag="end"]`);
    const box = (await handle.boundingBox())!;
    // The diamond covers the bar's height at the end; the handle reaches above it.
    const x = box.x + box.width / 2;
    const y = box.y + 3;
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('data-drag'), [x, y])).toBe('end');
    await dragSideways(page, { x, y }, 30);
    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.getByText(`Geplantes Ende des Projekts „5.8 ${dms.title}“`).waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(projectByKey('werl-5.8')).toMatchObject({ plannedEnd: dms.plannedEnd, version: dms.version });
  });

  it('explains a conflict when someone saved meanwhile, and saves after "Neu laden"', async () => {
    const page = await pageAs('steuerung.werl');
    const portal = projectByKey('werl-5.4');
    const target = milestoneByKey('werl-ms-5.4');
    await openSchedule(page);
    await focusMilestone(page, portal.title, target.id);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.waitFor();
    expect(await dialog.locator('dd').allTextContents()).toEqual(['30.06.2018', '01.07.2018']);

    // A colleague moves the same milestone in the meantime.
    const cookie = await loginOverHttp(server.url, 'steuerung.werl');
    const response = await fetch(`${server.url}/trpc/timeline.reschedule`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ kind: 'milestone', id: target.id, version: target.version, newDate: '2018-09-30' }),
    });
    expect(response.status).toBe(200);

    await dialog.getByRole('button', { name: 'Verschieben' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Inzwischen von steuerung.werl geändert' }).waitFor();
    await dialog.getByText('Ihre Eingaben wurden nicht gespeichert').waitFor();
    expect(milestoneByKey('werl-ms-5.4').plannedDate).toBe('2018-09-30');
    await expectNoAxeViolations(page, 'Konflikt beim Verschieben');

    await dialog.getByRole('button', { name: 'Neu laden' }).click();
    await expect.poll(() => dialog.locator('dd').allTextContents()).toEqual(['30.09.2018', '01.07.2018']);
    await dialog.getByRole('button', { name: 'Verschieben' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(milestoneByKey('werl-ms-5.4')).toMatchObject({ plannedDate: '2018-07-01', version: target.version + 2 });
  });

  it('offers the board nothing to move: no drag handles, no edit hint, Shift+arrows do nothing', async () => {
    const page = await pageAs('vorstand.werl');
    const dms = projectByKey('werl-5.8');
    const target = milestoneByKey('werl-ms-5.8');
    await openSchedule(page);
    const bar = await focusBar(page, dms.title);
    expect(await grid(page).locator('[data-drag]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBeNull();
    await press(page, 'ArrowRight', (f) => f.rowKey === bar.rowKey && f.target === `milestone:${target.id}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBeNull();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    // Enter on a milestone of a readable project opens the project instead.
    await page.getByRole('heading', { level: 1, name: new RegExp(dms.title.replace(/[()]/g, '\\$&')) }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(milestoneByKey('werl-ms-5.8')).toEqual(target);

    // The project page's timeline is read-only for the board, too.
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    await section.getByRole('treegrid').waitFor();
    await focusBar(page, dms.title);
    expect(await section.locator('[data-drag]').count()).toBe(0);
  });

  it('shows the project’s own timeline on the project page: the project with its sub-projects and its deadline', async () => {
    const page = await pageAs('steuerung.unna');
    const eRechnung = projectByKey('gpk-8');
    const children = db()
      .select()
      .from(projects)
      .where(and(eq(projects.parentId, eRechnung.id), eq(projects.organisationId, eRechnung.organisationId)))
      .orderBy(asc(projects.sortOrder), asc(projects.id))
      .all();
    expect(children.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/projekte/${eRechnung.id}`);
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    const treegrid = section.getByRole('treegrid', { name: `Zeitplan ${eRechnung.title}` });
    await treegrid.waitFor();
    const titles = await treegrid.locator('[data-row-key^="project:"][data-target="label"] .tl-title').allTextContents();
    expect(titles).toEqual([eRechnung.title, ...children.map((c) => c.title)]);
    expect(await treegrid.locator('[data-row-key^="group:"]').count()).toBe(1);
    // The Unna plan dates none of these; the chart is there for the legal deadline.
    await section.getByText('Für dieses Projekt und seine Teilprojekte sind noch keine Termine erfasst.').waitFor();
    await section.getByText(/^Rechtliche Fristen im Zeitplan \(1\)$/).click();
    await section.getByText('Rechtliche Frist § 7a EGovG NRW: Elektronische Rechnung – Frist 01.04.2020 – abgelaufen').waitFor();
    await expectNoAxeViolations(page, 'Projektseite mit Zeitplan');
  });

  it('moves a milestone from the project page’s timeline as well', async () => {
    const page = await pageAs('projektleitung.werl');
    const dms = projectByKey('werl-5.8');
    // The demo lead of Werl leads the DMS project (seed).
    const target = milestoneByKey('werl-ms-5.8');
    await page.goto(`${server.url}/projekte/${dms.id}`);
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    await section.getByRole('treegrid').waitFor();
    await focusMilestone(page, dms.title, target.id);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Termin verschieben?' });
    await dialog.waitFor();
    const [, newDate] = await dialog.locator('dd').allTextContents();
    await dialog.getByRole('button', { name: 'Verschieben' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [d, m, y] = newDate!.split('.');
    await expect.poll(() => milestoneByKey('werl-ms-5.8').plannedDate).toBe(`${y}-${m}-${d}`);
    // The milestone table of the same page shows the new date too.
    await page.getByRole('table', { name: 'Meilensteine' }).getByRole('cell', { name: newDate!, exact: true }).waitFor();
    await expectNoAxeViolations(page, 'Projektseite nach dem Verschieben');
  });

  it('opens nothing new from the project’s own row on its page: Back leaves the page as before', async () => {
    const page = await pageAs('steuerung.werl');
    const dms = projectByKey('werl-5.8');
    await page.goto(`${server.url}/uebersicht`);
    await page.goto(`${server.url}/projekte/${dms.id}`);
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    await section.getByRole('treegrid').waitFor();
    const entries = await page.evaluate(() => history.length);
    const label = section.locator(`[data-row-key="project:${dms.id}"][data-target="label"]`);
    await label.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).pathname).toBe(`/projekte/${dms.id}`);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/uebersicht');
  });

  it('says in the project form, before saving, what a changed end does to the phases, or why it cannot be saved', async () => {
    const page = await pageAs('steuerung.werl');
    const project = projectByKey('werl-5.3');
    await page.goto(`${server.url}/projekte/${project.id}`);
    await page.getByRole('button', { name: 'Projekt bearbeiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Projekt bearbeiten' });
    const end = dialog.getByLabel('Geplantes Ende');
    await end.fill('2020-06-30');
    await dialog.getByText('Die Phasen folgen dem geänderten Zeitraum:').waitFor();
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      'Phase „Einführung des neuen Ratsinformationssystems“: 01.01.2018 – 30.06.2020 (bisher 01.01.2018 – 31.12.2020)',
    ]);
    await end.fill('2017-11-30');
    await dialog.getByText('Die Phase „Einführung des neuen Ratsinformationssystems“ beginnt erst am 01.01.2018. Das Ende kann frühestens auf diesen Tag gelegt werden.').waitFor();
    await expectNoAxeViolations(page, 'Projekt bearbeiten mit Hinweis zu den Phasen');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(projectByKey('werl-5.3')).toEqual(project);
  });
});
