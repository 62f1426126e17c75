import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_RENDERER_VERSION } from '../../../server/reports/renderer-version';
import { callerAs } from '../../factories';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

const TODAY = '2026-11-23';
let server: TestServer;
let browser: Browser;
let page: Page;
let releasedPath: string;

beforeAll(async () => {
  server = await startE2eServer({ today: TODAY });
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('[E2E] Sachstandsbericht: the steering office generates and releases, the committee reads', () => {
  it('steering opens "Berichte", fills in the form and generates a draft', async () => {
    await login(page, server.url, 'steuerung.unna');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Berichte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sachstandsberichte' }).waitFor();
    await page.getByText('Es liegen noch keine Berichte vor.').waitFor();
    await page.getByRole('combobox', { name: 'Gremium', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'Berichte (Steuerung)');

    // A Stichtag in the future is refused in German before anything is sent.
    await page.getByLabel('Stichtag').fill('2027-01-01');
    await page.getByRole('button', { name: 'Bericht erzeugen' }).click();
    await page.getByText('Der Stichtag darf nicht in der Zukunft liegen.').waitFor();
    await expect.poll(() => page.getByLabel('Stichtag').getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('combobox', { name: 'Gremium', exact: true }).selectOption({ label: 'Kreistag' });
    await page.getByLabel('Stichtag').fill('2026-06-30');
    await page.getByLabel('Sitzungsdatum (optional)').fill('2026-09-15');
    await page.getByLabel('Vorlage-Nr. (optional)').fill('MV 077/2026');
    await page.getByLabel('Freitext zu „Rechtlicher Rahmen“').fill('Das EGovG NRW setzt der Kreisverwaltung verbindliche Fristen.');
    await page.getByLabel('Kennzahlen', { exact: true }).uncheck();
    await page.getByRole('button', { name: 'Bericht erzeugen' }).click();

    await page.getByRole('heading', { level: 1, name: /Sachstandsbericht Digitalisierung – Stichtag 30\.06\.2026/ }).waitFor({ timeout: 30_000 });
    await page.getByText('Entwurf', { exact: true }).waitFor();
    await page.getByText('Erster Bericht an dieses Gremium', { exact: false }).waitFor();
    await expect.poll(() => page.locator('code.sha').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    // Which report generator made the files (verification compares a new rendering only with its own).
    const generator = page.locator('dl.facts dt', { hasText: 'Berichtsgenerator' }).locator('xpath=following-sibling::dd[1]');
    expect(await generator.textContent()).toBe(`Version ${REPORT_RENDERER_VERSION}`);
    await expectNoAxeViolations(page, 'Bericht (Entwurf)');
  }, 60_000);

  it('downloads the stored PDF', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^PDF herunterladen/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Sachstandsbericht-Kreistag-2026-06-30-Entwurf.pdf');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('releases the draft after confirming, by keyboard', async () => {
    await page.getByRole('button', { name: 'Freigeben …' }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Bericht freigeben?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'Freigabe-Dialog');
    // Focus moves into the modal dialog; Tab walks its buttons up to "Freigeben".
    const focused = () => page.evaluate(() => (document.activeElement?.closest('dialog') ? document.activeElement.textContent : null));
    await expect.poll(focused).not.toBeNull();
    for (let i = 0; i < 3 && (await focused()) !== 'Freigeben'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Freigeben');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('freigegeben', { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Freigeben …' }).count()).toBe(0);
    releasedPath = new URL(page.url()).pathname;
    expect(releasedPath).toMatch(/^\/berichte\/\d+$/);

    // A second report stays a draft; the committee must not see it.
    const programmeId = (await callerAs(server.testDb.db, 'steuerung.unna', TODAY).report.formOptions()).programmes[0]!.id;
    await callerAs(server.testDb.db, 'steuerung.unna', TODAY).report.generate({
      programmeId,
      committee: { kind: 'existing', committeeId: 1 },
      asOfDate: '2026-09-30',
    });
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
  }, 60_000);

  it('the committee member lands on "Berichte" and sees only the released report', async () => {
    await login(page, server.url, 'ausschuss.unna');
    await page.getByRole('heading', { level: 1, name: 'Sachstandsberichte' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/berichte');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect.poll(() => nav.getByRole('link').allTextContents()).toEqual(['Berichte']);
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('link', { name: 'Bericht zum Stichtag 30.06.2026 an Kreistag', exact: true }).waitFor();
    await expect.poll(() => page.getByText('Entwurf', { exact: true }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: /Stichtag 30\.09\.2026/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'Neuen Bericht erzeugen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Berichte (Ausschuss)');

    await page.getByRole('link', { name: 'Bericht zum Stichtag 30.06.2026 an Kreistag', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Stichtag 30\.06\.2026/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(releasedPath);
    await expect.poll(() => page.getByRole('button', { name: 'Freigeben …' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Bericht (Ausschuss)');
  }, 60_000);
});
