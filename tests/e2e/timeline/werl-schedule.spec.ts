import { asc, eq } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOfAction, organisations, projectDependencies, projectPhases, projects } from '../../../db/schema';
import { formatDate } from '../../../shared/dates/format';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';
import { focusBar, focused, forgetChartPositions, grid, headerTickBox, press, rowLabel } from './helpers';

const TODAY = '2026-11-23';
let server: TestServer;
let browser: Browser;
let page: Page;

interface Baustein {
  id: number;
  code: string;
  title: string;
  plannedStart: string;
  plannedEnd: string;
  phases: { name: string; startDate: string; endDate: string }[];
}

/** Werl's projects in plan order (field of action, then sort order), with their phases. */
function werlBausteine(): Baustein[] {
  const db = server.testDb.db;
  const werl = db.select().from(organisations).where(eq(organisations.key, 'werl')).get()!;
  const rows = db
    .select({ project: projects })
    .from(projects)
    .innerJoin(fieldsOfAction, eq(fieldsOfAction.id, projects.fieldOfActionId))
    .where(eq(projects.organisationId, werl.id))
    .orderBy(asc(fieldsOfAction.sortOrder), asc(projects.sortOrder), asc(projects.id))
    .all();
  return rows.map(({ project }) => ({
    id: project.id,
    code: project.code!,
    title: project.title,
    plannedStart: project.plannedStart!,
    plannedEnd: project.plannedEnd!,
    phases: db
      .select()
      .from(projectPhases)
      .where(eq(projectPhases.projectId, project.id))
      .orderBy(asc(projectPhases.sortOrder), asc(projectPhases.startDate))
      .all(),
  }));
}

beforeAll(async () => {
  server = await startE2eServer({ today: TODAY });
  browser = await launchBrowser();
  page = await newPage(browser);
  await login(page, server.url, 'vorstand.werl');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSchedule(query = '') {
  await forgetChartPositions(page);
  await page.goto(`${server.url}/zeitplan${query}`);
  await page.getByRole('heading', { name: 'Zeitplan', level: 1 }).waitFor();
  await grid(page).waitFor();
}

describe('[E2E] Zeitplan of Werl', () => {
  it('is in the main navigation and shows the 12 Bausteine across 2017–2020 with their half-year phases', async () => {
    await page.goto(`${server.url}/uebersicht`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Zeitplan' }).click();
    await grid(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/zeitplan');
    await page.getByText('12 von 12 Projekten').waitFor();
    expect(await grid(page).getAttribute('aria-label')).toBe('Zeitplan Wallfahrtsstadt Werl');

    const bausteine = werlBausteine();
    expect(bausteine).toHaveLength(12);
    // The plan's half-years II/2017 … II/2020: every phase is one or more whole half-years.
    for (const b of bausteine) {
      expect([b.plannedStart, b.plannedEnd], b.title).toEqual(['2017-07-01', '2020-12-31']);
      for (const phase of b.phases) {
        expect(phase.startDate.slice(5), `${b.code} ${phase.name}`).toMatch(/^(01-01|07-01)$/);
        expect(phase.endDate.slice(5), `${b.code} ${phase.name}`).toMatch(/^(06-30|12-31)$/);
      }
    }

    // The table alternative lists every phase with its dates, as the chart draws them.
    await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Tabelle' }).click();
    const table = page.getByRole('table', { name: /Zeitplan Wallfahrtsstadt Werl/ });
    await table.waitFor();
    for (const b of bausteine) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: b.title, exact: true }) });
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells[0], b.title).toBe(b.code);
      expect(cells).toContain('01.07.2017');
      expect(cells).toContain('31.12.2020');
      expect(await row.locator('td:nth-child(10) li').allTextContents(), b.title).toEqual(
        b.phases.map((p) => `${p.name}: ${formatDate(p.startDate)} – ${formatDate(p.endDate)}`),
      );
    }
    await expectNoAxeViolations(page, 'Zeitplan als Tabelle');
    await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Zeitplan' }).click();
    await grid(page).waitFor();
  });

  it('opens on the Bausteine (2017–2020) although today is 2026: their bars are drawn without panning', async () => {
    for (const zoom of ['halbjahr', 'monat']) {
      await openSchedule(`?zoom=${zoom}`);
      const bars = grid(page).locator('[data-target="bar"]');
      await expect.poll(() => bars.count(), { message: zoom }).toBe(werlBausteine().length);
      const chart = (await page.locator('.tl-header-chart').boundingBox())!;
      // Each bar ends 31.12.2020, and that end is on screen in the chart area.
      for (const box of await bars.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()))) {
        expect(box.right, zoom).toBeGreaterThan(chart.x);
        expect(box.right, zoom).toBeLessThan(chart.x + chart.width);
      }
    }
  });

  it('draws the 5.8 phase "Vorbereitung der Einführung" inside the second half-year of 2018', async () => {
    await openSchedule('?zoom=halbjahr');
    const dms = werlBausteine().find((b) => b.code === '5.8')!;
    const bar = await focusBar(page, dms.title);
    expect(bar.name).toContain(`Projekt 5.8 ${dms.title}: geplant 01.07.2017 bis 31.12.2020`);
    expect(bar.name).toContain(`Phasen: ${dms.phases.map((p) => p.name).join(', ')}`);

    // Hover each phase segment of the bar until the tooltip names the phase.
    const segments = grid(page).locator(`[data-row-key="project:${dms.id}"][data-target="bar"] [data-tip*="|phase:"]`);
    expect(await segments.count()).toBe(dms.phases.length);
    let found = -1;
    for (let i = 0; i < (await segments.count()) && found < 0; i++) {
      await segments.nth(i).hover();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      if ((await tooltip.textContent())!.startsWith('Phase Vorbereitung der Einführung')) found = i;
    }
    expect(found).toBeGreaterThanOrEqual(0);
    expect(await page.getByRole('tooltip').textContent()).toContain('Phase Vorbereitung der Einführung: 01.07.2018 bis 31.12.2018');

    const segment = (await segments.nth(found).boundingBox())!;
    const half = await headerTickBox(page, '2. Hj. 2018');
    expect(segment.x).toBeGreaterThanOrEqual(half.x - 1);
    expect(segment.x + segment.width).toBeLessThanOrEqual(half.x + half.width + 1);
    expect(segment.width).toBeGreaterThan(half.width - 3);
    // Its name is written inside it, as in the cells of Werl's schedule table: cut to the
    // segment with "…" where it is longer.
    // Beside the bar's focus target, not in it: the bar's name lists the phases in full.
    const chartCell = grid(page).locator(`[data-row-key="project:${dms.id}"][data-target="bar"]`).locator('xpath=..');
    const name = chartCell.locator('g[aria-hidden="true"] > text', { hasText: /^Vorbereitung der Ei/ });
    expect(await name.count()).toBe(1);
    expect(await name.textContent()).toMatch(/^Vorbereitung der Ei[^…]*…$/);
    const nameBox = (await name.boundingBox())!;
    expect(nameBox.x).toBeGreaterThan(segment.x);
    expect(nameBox.x + nameBox.width).toBeLessThan(segment.x + segment.width);
    expect(nameBox.y).toBeGreaterThanOrEqual(segment.y - 1);
    expect(nameBox.y + nameBox.height).toBeLessThanOrEqual(segment.y + segment.height + 1);
    // 21 phase names and 8 colours: the legend does not pretend a colour stands for one phase.
    const legend = await page.getByRole('list', { name: 'Legende' }).getByRole('listitem').allTextContents();
    expect(legend[0]).toBe('Phasen (Bezeichnung im Balken, wo Platz ist)');
    expect(legend.filter((entry) => entry.startsWith('Phase: '))).toEqual([]);
    // With the bar focused and the phase's tooltip open.
    await expectNoAxeViolations(page, 'Zeitplan (Halbjahr) mit Tooltip');
  });

  it('draws the 5.8 phase "Vorbereitung der Einführung" in the same colour on the Zeitplan and on the project’s page', async () => {
    const dms = werlBausteine().find((b) => b.code === '5.8')!;
    const phase = dms.phases.findIndex((p) => p.name === 'Vorbereitung der Einführung');
    expect(phase).toBeGreaterThanOrEqual(0);
    // A segment's key counts the project's phases in plan order, as werlBausteine lists them.
    const segmentFill = async (scope: Locator) => {
      const segment = scope.locator(`[data-row-key="project:${dms.id}"][data-target="bar"] [data-tip$="|phase:${dms.id}:${phase}"]`);
      await segment.waitFor({ state: 'attached' });
      return segment.getAttribute('fill');
    };
    const phaseFills = (scope: Locator) =>
      scope
        .locator(`[data-row-key="project:${dms.id}"][data-target="bar"] [data-tip*="|phase:"]`)
        .evaluateAll((segments) => segments.map((segment) => [segment.getAttribute('data-tip'), segment.getAttribute('fill')]));

    await openSchedule('?zoom=jahr');
    const onSchedule = await segmentFill(grid(page));
    expect(onSchedule).toMatch(/^#[0-9a-f]{6}$/);
    const allOnSchedule = await phaseFills(grid(page));
    expect(allOnSchedule).toHaveLength(dms.phases.length);

    await page.goto(`${server.url}/projekte/${dms.id}?zoom=jahr`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: dms.title }).waitFor();
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    await section.getByRole('treegrid').waitFor();
    expect(await segmentFill(section)).toBe(onSchedule);
    // And so every other phase of 5.8.
    expect(await phaseFills(section)).toEqual(allOnSchedule);
  });

  it('names the dependency 5.2 → 5.4 and its violation in both bars, their tooltips and the table', async () => {
    const bausteine = werlBausteine();
    const b52 = bausteine.find((b) => b.code === '5.2')!;
    const b54 = bausteine.find((b) => b.code === '5.4')!;
    // The seeded dependency, read from the database: 5.4 (the Bürgerportal) requires 5.2.
    const successors = server.testDb.db
      .select({ successorId: projectDependencies.successorId })
      .from(projectDependencies)
      .where(eq(projectDependencies.predecessorId, b52.id))
      .all();
    expect(successors).toEqual([{ successorId: b54.id }]);
    // Every Baustein runs 01.07.2017–31.12.2020, so 5.4 starts before 5.2 ends: the arrow is dashed red.
    expect(b54.plannedStart < b52.plannedEnd).toBe(true);
    const violation = `verletzt: 5.4 beginnt am ${formatDate(b54.plannedStart)}, vor dem Ende von 5.2 am ${formatDate(b52.plannedEnd)}`;
    const dependsOn = `abhängig von 5.2 ${b52.title}, ${violation}`;
    const prerequisiteFor = `Voraussetzung für 5.4 ${b54.title}, ${violation}`;

    await openSchedule('?zoom=halbjahr');
    const bar54 = await focusBar(page, b54.title);
    expect(bar54.name!.split('; ')).toContain(dependsOn);
    const bar52 = await focusBar(page, b52.title);
    expect(bar52.name!.split('; ')).toContain(prerequisiteFor);

    // The name as Chromium exposes it to assistive technology (the chart's arrows are aria-hidden).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    await cdp.detach();
    const exposed = (code: string) =>
      nodes.find((n) => !n.ignored && n.role?.value === 'button' && n.name?.value.startsWith(`Projekt ${code} `))?.name?.value;
    expect(exposed('5.4')).toContain(`; ${dependsOn};`);
    expect(exposed('5.2')).toContain(`; ${prerequisiteFor};`);

    // The focused bar's tooltip shows the same line.
    const tooltip = page.getByRole('tooltip');
    await expect.poll(async () => (await tooltip.locator('div').allTextContents()).includes(prerequisiteFor)).toBe(true);
    await expectNoAxeViolations(page, 'Zeitplan mit Abhängigkeit im Tooltip');

    // The table view: a column "Abhängigkeiten" with the same texts.
    await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Tabelle' }).click();
    const table = page.getByRole('table', { name: /Zeitplan Wallfahrtsstadt Werl/ });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    const column = headers.indexOf('Abhängigkeiten') + 1;
    expect(column).toBeGreaterThan(0);
    const dependencyCell = async (b: Baustein) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: b.title, exact: true }) })
        .locator(`td:nth-child(${column}) li`)
        .allTextContents();
    expect(await dependencyCell(b54)).toEqual([dependsOn]);
    expect(await dependencyCell(b52)).toEqual([prerequisiteFor]);
    const b51 = bausteine.find((b) => b.code === '5.1')!;
    const noDependencies = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: b51.title, exact: true }) })
      .locator(`td:nth-child(${column})`);
    expect(await noDependencies.textContent()).toBe('–');
    await expectNoAxeViolations(page, 'Zeitplan als Tabelle mit Abhängigkeiten');
    await page.getByRole('group', { name: 'Ansicht' }).getByRole('button', { name: 'Zeitplan' }).click();
    await grid(page).waitFor();
  });

  it('keeps the zoom level of a project page’s Zeitplan in the page’s URL: after a reload and a click on the project’s own row', async () => {
    const baustein = werlBausteine()[0]!;
    const path = `/projekte/${baustein.id}`;
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: baustein.title }).waitFor();
    const section = page.getByRole('region', { name: 'Zeitplan', exact: true });
    await section.getByRole('treegrid').waitFor();
    const zoom = section.getByRole('group', { name: 'Zoomstufe' });
    const pressed = (label: string) => zoom.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed');
    const zoomParam = () => new URL(page.url()).searchParams.get('zoom');
    expect(await pressed('Quartal')).toBe('true');
    expect(zoomParam()).toBeNull();
    const historyLength = await page.evaluate(() => history.length);

    // The same parameter and values as on the portfolio Zeitplan, replacing the history entry.
    await zoom.getByRole('button', { name: 'Jahr', exact: true }).click();
    await expect.poll(zoomParam).toBe('jahr');
    expect(new URL(page.url()).pathname).toBe(path);
    await page.reload();
    await section.getByRole('treegrid').waitFor();
    expect(await pressed('Jahr')).toBe('true');
    await section.getByText('Zeitachse, Zoomstufe Jahr').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'Projektseite mit Zeitplan in Zoomstufe Jahr');

    // The project's own row opens the page it is on (replacing the entry): the zoom level stays in
    // the URL and the chart. The page's replaceState calls tell when that navigation is done.
    await page.evaluate(() => {
      const replaced: string[] = [];
      (window as unknown as { replaced: string[] }).replaced = replaced;
      const replaceState = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        replaced.push(String(url));
        replaceState(data, unused, url);
      };
    });
    await section.locator(`[data-row-key="project:${baustein.id}"][data-target="label"] a.tl-title`).click();
    const replaced = () => page.evaluate(() => (window as unknown as { replaced: string[] }).replaced);
    await expect.poll(async () => (await replaced()).length).toBe(1);
    expect(new URL((await replaced())[0]!, server.url).pathname).toBe(path);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(zoomParam()).toBe('jahr');
    expect(await pressed('Jahr')).toBe('true');

    // Back to the default: the parameter goes.
    await zoom.getByRole('button', { name: 'Quartal', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('moves the scrollbar along when a key brings a bar into view after the scrollbar was dragged', async () => {
    await openSchedule('?zoom=monat');
    const inStep = () =>
      page.evaluate(() => {
        const layer = document.querySelector('.tl-chart-layer') as HTMLElement;
        return { proxy: document.querySelector('.tl-hscroll')!.scrollLeft, chart: layer.style.transform };
      });
    // The scrollbar to the end of the axis (years after the Bausteine), as a drag would leave it.
    await page.locator('.tl-hscroll').evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    await expect.poll(async () => (await inStep()).chart).toBe(`translateX(${-(await inStep()).proxy}px)`);
    const end = (await inStep()).proxy;
    // A key takes the chart back to a Baustein’s bar (2017–2020): the scrollbar goes with it.
    await focusBar(page, 'Gesetzliche Vorgaben');
    await expect.poll(async () => (await inStep()).proxy).toBeLessThan(end - 1000);
    const { proxy, chart } = await inStep();
    expect(chart).toBe(`translateX(${-proxy}px)`);
  });

  it('follows the scrollbar while its thumb is dragged, a new position in every frame', async () => {
    await openSchedule();
    // The scrollbar takes the chart's opening position a frame after the chart.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const layer = document.querySelector('.tl-chart-layer') as HTMLElement;
          return `translateX(${-document.querySelector('.tl-hscroll')!.scrollLeft}px)` === layer.style.transform;
        }),
      )
      .toBe(true);
    // What dragging the thumb does: the browser moves the scrollbar a little in each frame. The
    // chart must follow and must not pull the thumb back to where it was a frame before.
    const STEP = 10;
    const FRAMES = 30;
    const drag = await page.evaluate(
      async ({ step, frames }) => {
        const scrollbar = document.querySelector('.tl-hscroll') as HTMLElement;
        // Bars and milestones by row and target.
        const barPositions = () =>
          new Map(
            [...document.querySelectorAll('.tl-chart-cell [data-target]')].map((target) => [
              `${target.getAttribute('data-row-key')} ${target.getAttribute('data-target')}`,
              target.getBoundingClientRect().x,
            ]),
          );
        const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        // Back from today to where the Bausteine are drawn (2017–2020).
        for (let left = scrollbar.scrollLeft - 400; left > step * frames && barPositions().size < 10; left -= 400) {
          scrollbar.scrollLeft = left;
          for (let frame = 0; frame < 3; frame += 1) await nextFrame();
        }
        const barsBefore = barPositions();
        const start = scrollbar.scrollLeft;
        for (let frame = 1; frame <= frames; frame += 1) {
          scrollbar.scrollLeft = start - step * frame;
          await nextFrame();
        }
        for (let frame = 0; frame < 5; frame += 1) await nextFrame();
        const layer = document.querySelector('.tl-chart-layer') as HTMLElement;
        // How far each bar drawn before and after the drag moved on screen.
        const moved = [...barPositions()]
          .filter(([key]) => barsBefore.has(key))
          .map(([key, x]) => Math.round(x - (barsBefore.get(key) as number)));
        return { start, end: scrollbar.scrollLeft, transform: layer.style.transform, moved };
      },
      { step: STEP, frames: FRAMES },
    );
    expect(drag.start).toBeGreaterThan(STEP * FRAMES);
    expect(drag.end).toBe(drag.start - STEP * FRAMES);
    expect(drag.transform).toBe(`translateX(${-(drag.start - STEP * FRAMES)}px)`);
    // The rows' bars and milestones moved with the chart, all of them by the distance dragged.
    expect(drag.moved.length).toBeGreaterThanOrEqual(10);
    expect(new Set(drag.moved)).toEqual(new Set([STEP * FRAMES]));
  });

  it('reaches every bar by keyboard: ArrowDown through all rows, the bar names are the project list', async () => {
    await openSchedule();
    const bausteine = werlBausteine();
    const groupRows = 2;
    await grid(page).locator('[data-target][tabindex="0"]').focus();
    let focus = await focused(page);
    expect(focus.rowKey).toMatch(/^group:/);

    const names: string[] = [];
    const visited: string[] = [focus.rowKey!];
    for (let i = 1; i < bausteine.length + groupRows; i++) {
      const previous = focus.rowKey;
      focus = await press(page, 'ArrowDown', (f) => f.rowKey !== previous && f.target === 'label');
      visited.push(focus.rowKey!);
      if (!focus.rowKey!.startsWith('project:')) continue;
      const rowKey = focus.rowKey;
      const bar = await press(page, 'ArrowRight', (f) => f.rowKey === rowKey && f.target === 'bar');
      names.push(bar.name!);
      focus = await press(page, 'ArrowLeft', (f) => f.rowKey === rowKey && f.target === 'label');
    }
    // The last row: ArrowDown stays.
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).rowKey).toBe(visited.at(-1));

    expect(new Set(visited).size).toBe(bausteine.length + groupRows);
    expect(names).toHaveLength(bausteine.length);
    bausteine.forEach((b, index) => {
      expect(names[index]).toMatch(new RegExp(`^Projekt ${b.code.replace('.', '\\.')} `));
      expect(names[index]).toContain(`${b.title}: geplant 01.07.2017 bis 31.12.2020`);
      expect(names[index]).toContain(`Phasen: ${b.phases.map((p) => p.name).join(', ')}`);
      expect(names[index]).toMatch(/; Status: .+; Reifegrad 1 \(in Vorbereitung\)$/);
    });
  });

  it('keeps each phase name in view while its segment is: the names follow the chart’s left edge when panning', async () => {
    await openSchedule();
    const b51 = werlBausteine().find((b) => b.code === '5.1')!;
    const nameOf51 = () =>
      page.evaluate((id) => {
        const bar = document.querySelector(`[data-row-key="project:${id}"][data-target="bar"]`)!;
        const text = bar.parentElement!.querySelector('g[aria-hidden="true"] > text')!;
        const chart = document.querySelector('.tl-header-chart')!.getBoundingClientRect();
        const box = text.getBoundingClientRect();
        const segment = bar.querySelector('[data-tip*="|phase:"]')!.getBoundingClientRect();
        return { text: text.textContent, left: box.left - chart.left, right: box.right, segmentLeft: segment.left - chart.left, segmentRight: segment.right };
      }, b51.id);
    // 5.1 has one phase over its whole Laufzeit (07/2017–12/2020). Where the segment begins in
    // view, its name begins there.
    expect(b51.phases).toHaveLength(1);
    for (let step = 0; step < 6 && (await nameOf51()).segmentLeft <= 0; step += 1) {
      const before = (await nameOf51()).segmentLeft;
      await page.getByRole('button', { name: /Früher/ }).click();
      await expect.poll(async () => (await nameOf51()).segmentLeft).toBeGreaterThan(before);
    }
    const start = await nameOf51();
    expect(start.text).toBe(b51.phases[0]!.name);
    expect(start.segmentLeft).toBeGreaterThan(0);
    expect(start.left).toBeCloseTo(start.segmentLeft + 4, 0);
    // Panned on until the segment begins left of the view: the name stays at the chart's left edge.
    for (let step = 0; step < 4 && (await nameOf51()).segmentLeft > -100; step += 1) {
      const before = (await nameOf51()).segmentLeft;
      await page.getByRole('button', { name: /Später/ }).click();
      await expect.poll(async () => (await nameOf51()).segmentLeft).toBeLessThan(before);
    }
    const panned = await nameOf51();
    expect(panned.segmentLeft).toBeLessThan(-100);
    expect(panned.left).toBeGreaterThanOrEqual(0);
    expect(panned.left).toBeLessThan(12);
    expect(panned.right).toBeLessThan(panned.segmentRight);
  });

  it('draws every row after Back in a larger window, where the kept scroll position no longer exists', async () => {
    const rendered = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.tl-scroller [role="row"][aria-level]')]
          .filter((row) => row.querySelector('.tl-label')?.textContent)
          .map((row) => Number(row.getAttribute('aria-rowindex')))
          .sort((a, b) => a - b),
      );
    const original = page.viewportSize()!;
    try {
      // 1280 × 720 at 200 %: the 14 rows need scrolling.
      await page.setViewportSize({ width: 640, height: 360 });
      await openSchedule();
      await grid(page).evaluate((scroller) => {
        scroller.scrollTop = scroller.scrollHeight;
      });
      await expect.poll(() => grid(page).evaluate((scroller) => scroller.scrollTop)).toBeGreaterThan(100);
      const last = werlBausteine().at(-1)!;
      await rowLabel(page, last.title).locator('a.tl-title').click();
      await page.getByRole('heading', { level: 1, name: last.title }).waitFor();
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goBack();
      await page.getByRole('heading', { name: 'Zeitplan', level: 1 }).waitFor();
      await grid(page).waitFor();
      // All rows fit now: the chart is at the top, and every row is drawn, none left blank.
      const rowCount = Number(await grid(page).getAttribute('aria-rowcount')) - 1;
      expect(rowCount).toBe(14);
      await expect.poll(rendered).toEqual(Array.from({ length: rowCount }, (_, index) => index + 2));
      expect(await grid(page).evaluate((scroller) => scroller.scrollTop)).toBe(0);
    } finally {
      await page.setViewportSize(original);
    }
  });

  it('prints the paged timeline with title, legend and the deadline markers described', async () => {
    await openSchedule('?zoom=halbjahr');
    await page.emulateMedia({ media: 'print' });
    // What Ctrl+P does: the browser fires beforeprint, the page lays out its print pages.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printed = page.locator('.tl-print');
    await printed.locator('svg').first().waitFor();
    expect(await printed.isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await grid(page).isVisible()).toBe(false);
    expect(await page.getByRole('search', { name: 'Zeitplan filtern' }).isVisible()).toBe(false);

    const svg = printed.locator('svg').first();
    const titles = await svg.locator('title').allTextContents();
    // The legend is short (one entry for Werl's 21 phases): all 14 rows fit on the first page.
    expect(titles[0]).toMatch(/^Zeitplan Wallfahrtsstadt Werl \(Seite 1 von \d+\) – Zeitraum 2017–2018 · Stand: 23\.11\.2026 · Zoomstufe: Halbjahr$/);
    expect(titles).toContain('Legende');
    expect(titles).toContain('Rechtliche Frist § 3 EGovG NRW: Eröffnung eines elektronischen Zugangs; Frist 01.01.2018; abgelaufen');
    const texts = await svg.locator('text').allTextContents();
    expect(texts).toEqual(expect.arrayContaining(['Rechtliche Frist', werlBausteine()[0]!.code]));
    // Werl names its phases per Baustein (21 names, more than there are phase colours): the
    // legend has one entry for them, the bars carry the names.
    expect(texts).toContain('Phasen (Bezeichnung im Balken, wo Platz ist)');
    expect(texts.filter((text) => text.startsWith('Phase: '))).toEqual([]);
    expect(texts.some((text) => /^Vorbereitung der Ei/.test(text))).toBe(true);

    // Every page, at A4 and at A3: on the paper, its smallest text at 7 pt or more, and with
    // its period, legend, date header and label column.
    const printableArea = { A4: { width: 1046, height: 718 }, A3: { width: 1511, height: 1046 } };
    const codes = werlBausteine().map((b) => b.code);
    for (const format of ['A4', 'A3'] as const) {
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await printed.waitFor({ state: 'detached' });
      await page.getByRole('combobox', { name: 'Papierformat' }).selectOption(format);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await printed.locator('svg').first().waitFor();
      const pages = await printed.locator('svg').evaluateAll((svgs) =>
        svgs.map((element) => {
          const texts = [...element.querySelectorAll('text')];
          // Rendered size of each text in CSS pixels: its font size through every transform and
          // the viewBox's scaling down to the page, as the print engine lays it out.
          const sizes = texts.map((text) => {
            const ctm = text.getScreenCTM()!;
            return parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
          });
          const box = element.getBoundingClientRect();
          return {
            title: element.querySelector('title')?.textContent ?? '',
            smallestPt: Math.min(...sizes) * 0.75,
            width: box.width,
            height: box.height,
            titles: [...element.querySelectorAll('title')].map((title) => title.textContent),
            texts: texts.map((text) => text.textContent),
          };
        }),
      );
      const periods: string[] = [];
      pages.forEach((printedPage, i) => {
        expect(printedPage.smallestPt, `${format}, ${printedPage.title}`).toBeGreaterThanOrEqual(7);
        expect(printedPage.width).toBeLessThanOrEqual(printableArea[format].width);
        expect(printedPage.height).toBeLessThanOrEqual(printableArea[format].height);
        const period = new RegExp(`^Zeitplan Wallfahrtsstadt Werl \\(Seite ${i + 1} von ${pages.length}\\) – Zeitraum (\\d{4}(?:–\\d{4})?) · `).exec(printedPage.title)?.[1];
        expect(period, printedPage.title).toBeDefined();
        periods.push(period!);
        expect(printedPage.titles).toContain('Legende');
        expect(printedPage.texts).toEqual(expect.arrayContaining(['Projekt', 'Status', period!.slice(0, 4)]));
      });
      expect(pages.length, format).toBeGreaterThan(1);
      // Beside the print button (and in its description): how many pages the print takes. (The
      // toolbar is hidden in print media, so the button is found by its text, not its role.)
      const printButton = page.locator('.tl-toolbar button', { hasText: /^Drucken$/ });
      const hint = page.locator(`[id="${await printButton.getAttribute('aria-describedby')}"]`);
      expect(await hint.textContent(), format).toBe(`${pages.length} Seiten`);
      // Pages run through the periods of the first rows, then of the next: contiguous periods
      // from 2017, and every Baustein on one stack of pages, there once in every period.
      const stack = periods.slice(0, periods.indexOf(periods[0]!, 1) > 0 ? periods.indexOf(periods[0]!, 1) : periods.length);
      expect(stack.length, format).toBeGreaterThan(1);
      expect(stack[0]).toMatch(/^2017/);
      // The periods run on in order; those of the Bausteine (2017–2020) without a gap. Periods in
      // which nothing of the plan is drawn (2021 until its one milestone in 2028) are left out.
      stack.slice(1).forEach((period, i) => expect(Number(period.slice(0, 4))).toBeGreaterThan(Number(stack[i]!.slice(-4))));
      const years = stack.flatMap((period) => {
        const [from, to = from] = period.split('–').map(Number);
        return Array.from({ length: to! - from! + 1 }, (_, k) => from! + k);
      });
      expect(years.filter((year) => year <= 2020)).toEqual([2017, 2018, 2019, 2020]);
      expect(years.filter((year) => year > 2020 && year < 2025), format).toEqual([]);
      periods.forEach((period, i) => expect(period).toBe(stack[i % stack.length]));
      for (const code of codes) {
        expect(pages.filter((printedPage) => printedPage.texts.includes(code)), code).toHaveLength(stack.length);
      }
    }

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await printed.waitFor({ state: 'detached' });
    expect(await grid(page).isVisible()).toBe(true);
  });
});
