import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewFromSearchParams } from '../../../shared/portfolio/url';
import { applyPortfolioView } from '../../../shared/portfolio/view';
import { loginOverHttp, type TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

const TODAY = '2026-11-23';
let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer({ today: TODAY });
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** tRPC over HTTP as the browser does it: GET for queries, JSON POST for mutations. */
async function trpcGet<T>(cookie: string, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${server.url}/trpc/${path}${query}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function trpcPost<T>(cookie: string, path: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

interface Row {
  id: number;
  title: string;
  status: string;
}

function redSection(p: Page) {
  return p.getByRole('region', { name: /Rote Projekte/ });
}

describe('[E2E] board views', () => {
  it('shows the board member the red projects with their reasons on the Übersicht (the start page)', async () => {
    await login(page, server.url, 'vorstand.unna');
    await page.getByRole('heading', { name: 'Übersicht', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/uebersicht');
    const red = redSection(page);
    await red.getByRole('link', { name: 'Elektronischer Zugang (Postfach)' }).waitFor();
    await red.getByText('Frist § 3 EGovG NRW (01.01.2018) abgelaufen, Projekt nicht abgeschlossen').waitFor();
    await red.getByText('Frist § 7 EGovG NRW (01.01.2019) abgelaufen, Projekt nicht abgeschlossen').waitFor();
    await page.getByRole('table', { name: /Überfällige Fristen/ }).waitFor();
    await page.getByRole('img', { name: /Diagramm K1/ }).waitFor();
    await expectNoAxeViolations(page, 'Übersicht');
  });

  it('changes the overview after a Statusmeldung and an override posted through the API, on reload', async () => {
    const cookie = await loginOverHttp(server.url, 'steuerung.unna');
    const rows = (await trpcGet<{ rows: Row[] }>(cookie, 'board.portfolio')).rows;
    const postfach = rows.find((r) => r.title === 'Elektronischer Zugang (Postfach)')!;
    const portal = rows.find((r) => r.title === 'Zentrales Serviceportal')!;

    await trpcPost(cookie, 'statusUpdate.create', {
      projectId: portal.id,
      status: 'amber',
      text: 'Anbindung an das Landesportal im Test',
    });
    await trpcPost(cookie, 'status.setOverride', {
      projectId: postfach.id,
      status: 'green',
      justification: 'Zugang über das Serviceportal eröffnet, Frist faktisch erfüllt',
    });

    await page.reload();
    await page.getByRole('heading', { name: 'Übersicht', level: 1 }).waitFor();
    const changes = page.getByRole('region', { name: /Veränderungen der letzten 30 Tage/ });
    await changes.getByText('Statusmeldung gelb: Anbindung an das Landesportal im Test (Steuerungsdienst Kreis Unna)').waitFor();
    await changes.getByText(/Ampel manuell auf grün gesetzt: „Zugang über das Serviceportal eröffnet/).waitFor();
    await redSection(page).getByRole('link', { name: 'Zentrales Serviceportal' }).waitFor();
    expect(await redSection(page).getByRole('link', { name: 'Elektronischer Zugang (Postfach)' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Übersicht nach Änderungen');
  });

  it('reproduces the same rows from a portfolio link with filters in the URL', async () => {
    const query = 'status=rot&status=gelb&ebene=projekte&gruppe=keine&sortierung=titel&richtung=ab&spalten=nr,titel,ampel,gruende';
    const cookie = await loginOverHttp(server.url, 'vorstand.unna');
    const all = (await trpcGet<{ rows: Parameters<typeof applyPortfolioView>[0] }>(cookie, 'board.portfolio')).rows;
    const expected = applyPortfolioView(all, viewFromSearchParams(new URLSearchParams(query))).rows.map((r) => r.title);
    expect(expected.length).toBeGreaterThan(3);

    await page.goto(`${server.url}/portfolio?${query}`);
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await page.getByText(`${expected.length} von ${all.length} Einträgen`).waitFor();
    const titles = await page.locator('table.portfolio-table tbody tr td:nth-child(2) a').allTextContents();
    expect(titles).toEqual(expected);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Nr.', 'Projekt', 'Ampel', 'Gründe']);
    expect(await page.getByRole('columnheader', { name: 'Projekt' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => page.getByRole('checkbox', { name: 'rot' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'Portfolio (gefiltert)');

    // The exports hold exactly these rows and columns.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV herunterladen' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe(`portfolio-${TODAY}.csv`);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFFNr.;Projekt;Ampel;Gründe');
    expect(lines.length).toBe(expected.length + 1);
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel (XLSX) herunterladen' }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe(`portfolio-${TODAY}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsxDownload.path())!);
    const sheet = workbook.getWorksheet('Portfolio')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Nr.', 'Projekt', 'Ampel', 'Gründe']);
    expect(sheet.rowCount).toBe(expected.length + 2);
    expect(sheet.getRow(3).getCell(2).value).toBe(expected[0]);

    // A second browser context (a colleague opening the copied link) sees the same rows.
    const colleague = await newPage(browser);
    await login(colleague, server.url, 'steuerung.unna');
    await colleague.goto(page.url());
    await colleague.getByText(`${expected.length} von ${all.length} Einträgen`).waitFor();
    expect(await colleague.locator('table.portfolio-table tbody tr td:nth-child(2) a').allTextContents()).toEqual(titles);
    await colleague.context().close();
  });

  it('links each overview count to the filtered portfolio', async () => {
    await page.goto(`${server.url}/uebersicht`);
    const redCount = page.getByRole('region', { name: 'Ampel' }).getByRole('link', { name: /rot/ });
    const label = await redCount.textContent();
    const count = Number(/(\d+) Projekt/.exec(label ?? '')?.[1]);
    await redCount.click();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=rot&ebene=projekte');
    await page.getByText(new RegExp(`^${count} von \\d+ Einträgen$`)).waitFor();
    await page.getByRole('rowheader', { name: /Interne Geschäftsprozesse/ }).waitFor();
    await expectNoAxeViolations(page, 'Portfolio (Ampel rot)');
  });

  it('shows the legal deadlines as a matrix, overdue first, unassigned ones flagged', async () => {
    await page.getByRole('link', { name: 'Fristen' }).click();
    await page.getByRole('heading', { name: 'Rechtliche Fristen', level: 1 }).waitFor();
    const matrix = page.getByRole('table', { name: /Rechtliche Pflichten/ });
    // The heading shows before the data: wait for the rows, then read their order.
    await matrix.getByRole('rowheader').first().waitFor();
    const rowHeaders = await matrix.getByRole('rowheader').allTextContents();
    expect(rowHeaders[0]).toMatch(/^§ 3 EGovG NRW/);
    const proofs = matrix.getByRole('row', { name: /§ 8 EGovG NRW/ });
    await proofs.getByText('kein Projekt zugeordnet').waitFor();
    await proofs.getByText('seit 3.248 Tagen überfällig').waitFor();
    await matrix.getByRole('row', { name: /§ 7a EGovG NRW/ }).getByText('erfüllt', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'Fristen');
  });

  it('shows goals and KPIs as a tree with a chart and a table per KPI', async () => {
    await page.getByRole('link', { name: 'Ziele & Kennzahlen' }).click();
    await page.getByRole('heading', { name: 'Ziele und Kennzahlen', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Wirkungsziel W1', level: 3 }).waitFor();
    await page.getByRole('heading', { name: 'Leistungsziel L.1.2', level: 4 }).waitFor();
    const k2 = page.getByRole('table', { name: 'Werte K2' });
    await k2.getByRole('row', { name: /2022/ }).getByText('500').waitFor();
    await page.getByRole('img', { name: /Diagramm K2: Plan und Ist je Jahr 2019–2022/ }).waitFor();
    await expectNoAxeViolations(page, 'Ziele');
  });

  it('shows the override beside the computed status on the project page', async () => {
    await page.goto(`${server.url}/portfolio?suche=Postfach`);
    await page.getByRole('link', { name: 'Elektronischer Zugang (Postfach)' }).click();
    const panel = page.getByRole('region', { name: 'Ampel' });
    await panel.getByText('(manuell gesetzt, berechnet: rot)').waitFor();
    await panel.getByText('Frist § 3 EGovG NRW (01.01.2018) abgelaufen, Projekt nicht abgeschlossen').waitFor();
    await panel.getByText(/Zugang über das Serviceportal eröffnet/).waitFor();
    expect(await panel.getByRole('button', { name: /Ampel manuell setzen/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Projekt mit manueller Ampel');
  });
});
