import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeProgrammeWorkbook } from '../../../server/exchange/xlsx';
import { exportProgramme } from '../../../server/services/programme-export';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

let server: TestServer;
let browser: Browser;
let page: Page;
let dir: string;
let changedFile: string;
let brokenFile: string;
let oversizedFile: string;

const NEW_TITLE = 'Digitale Poststelle (aus Excel übernommen)';

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  page = await newPage(browser);
  dir = mkdtempSync(join(tmpdir(), 'cockpit-e2e-exchange-'));

  const { organisationId, programmeId } = server.testDb.db.$client
    .prepare("SELECT o.id AS organisationId, p.id AS programmeId FROM programmes p JOIN organisations o ON o.id = p.organisation_id WHERE o.key = 'unna'")
    .get() as { organisationId: number; programmeId: number };
  const seed = exportProgramme(server.testDb.db, organisationId, programmeId);

  const changed = structuredClone(seed);
  changed.projects[0]!.title = NEW_TITLE;
  changedFile = join(dir, 'masterplan-geaendert.xlsx');
  writeFileSync(changedFile, await writeProgrammeWorkbook(changed));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeProgrammeWorkbook(seed)) as unknown as ExcelJS.Buffer);
  const projects = workbook.getWorksheet('Projekte')!;
  const columnOf = (header: string) => (projects.getRow(1).values as unknown[]).indexOf(header);
  projects.getCell(5, columnOf('Geplanter Beginn')).value = '30.02.2023';
  projects.getCell(6, columnOf('Handlungsfeld')).value = 'gibt-es-nicht';
  brokenFile = join(dir, 'masterplan-fehlerhaft.xlsx');
  writeFileSync(brokenFile, Buffer.from(await workbook.xlsx.writeBuffer()));

  // Above the 25 MB the import accepts: refused in the browser before anything is uploaded.
  oversizedFile = join(dir, 'sehr-gross.xlsx');
  writeFileSync(oversizedFile, Buffer.alloc(26 * 1024 * 1024, 1));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('[E2E] the steering office imports a programme workbook', () => {
  it('finds "Import/Export" in the navigation and sees upload, template and export links', async () => {
    await login(page, server.url, 'steuerung.unna');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Import/Export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import/Export' }).waitFor();
    await page.getByLabel('Datei (XLSX oder JSON)').waitFor();
    await page.getByRole('link', { name: 'Leere Vorlage (XLSX) herunterladen' }).waitFor();
    await page.getByRole('link', { name: /^XLSX herunterladen\s*\(Digitaler Masterplan Kreis Unna\)$/ }).waitFor();
    await expectNoAxeViolations(page, 'Import/Export');
  });

  it('lists every problem of a broken workbook with sheet, row and column', async () => {
    await page.getByLabel('Datei (XLSX oder JSON)').setInputFiles(brokenFile);
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const table = page.getByRole('table', { name: /Probleme in „masterplan-fehlerhaft.xlsx“/ });
    await table.waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Probleme' }).textContent()).toContain('Es wurde nichts übernommen.');
    const rows = table.getByRole('row');
    await expect.poll(() => rows.filter({ hasText: 'Geplanter Beginn' }).first().textContent()).toMatch(/Projekte\s*5\s*Geplanter Beginn„30\.02\.2023“ ist kein gültiges Datum/);
    await expect.poll(() => rows.filter({ hasText: 'Unbekanntes Handlungsfeld „gibt-es-nicht“' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Übernehmen' }).count()).toBe(0);

    // Sorting by the "Problem" column reorders the rows and says so.
    await table.getByRole('button', { name: /^Problem/ }).click();
    await expect.poll(() => table.getByRole('columnheader', { name: /Problem/ }).getAttribute('aria-sort')).toBe('ascending');
    await expectNoAxeViolations(page, 'Import/Export mit Problemliste');
  });

  it('explains that a file above 25 MB is too large', async () => {
    await page.getByLabel('Datei (XLSX oder JSON)').setInputFiles(oversizedFile);
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect
      .poll(() => page.getByText('Die Datei ist zu groß (höchstens 25 MB).').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
  });

  it('previews a changed title as one changed project, applies it after confirmation and shows it in the portfolio', async () => {
    await page.getByLabel('Datei (XLSX oder JSON)').setInputFiles(changedFile);
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const preview = page.getByRole('table', { name: /Vorschau/ });
    await preview.waitFor();
    const projectRow = preview.getByRole('row', { name: /^Projekte/ });
    await expect.poll(() => projectRow.getByRole('cell').allTextContents()).toEqual(['0', '1', '0', expect.stringMatching(/^\d+$/)]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Vorschau' }).textContent()).toContain('Projekte: 1 geändert');
    await expectNoAxeViolations(page, 'Import/Export mit Vorschau');

    await page.getByRole('button', { name: 'Übernehmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import übernehmen?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Projekte: 1 geändert');
    await expectNoAxeViolations(page, 'Bestätigung des Imports');
    await dialog.getByRole('button', { name: 'Ja, übernehmen' }).click();

    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Import abgeschlossen' }).count()).toBe(1);
    await page.getByRole('table', { name: /Übernommen/ }).waitFor();
    await expectNoAxeViolations(page, 'Import/Export nach der Übernahme');

    await page.getByRole('link', { name: 'Zum Portfolio' }).click();
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: NEW_TITLE }).count()).toBeGreaterThan(0);
  });

  it('shows the board the export links but no upload', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    await login(page, server.url, 'vorstand.unna');
    await page.goto(`${server.url}/verwaltung/import`);
    await page.getByRole('link', { name: /^JSON herunterladen\s*\(Digitaler Masterplan Kreis Unna\)$/ }).waitFor();
    expect(await page.getByLabel('Datei (XLSX oder JSON)').count()).toBe(0);
    await expectNoAxeViolations(page, 'Import/Export (Vorstand)');
  });
});
