import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer({ today: '2026-11-23' });
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('[E2E] Ampel on the project page and the thresholds', () => {
  it('lets the steering office set and withdraw a manual Ampel with a justification, by keyboard', async () => {
    await login(page, server.url, 'steuerung.unna');
    await page.goto(`${server.url}/portfolio?suche=Serviceportal&ebene=projekte`);
    await page.getByRole('link', { name: 'Zentrales Serviceportal' }).click();
    const panel = page.getByRole('region', { name: 'Ampel' });
    await panel.getByText('Frist § 1 OZG (31.12.2022) abgelaufen, Projekt nicht abgeschlossen').waitFor();

    await panel.getByRole('button', { name: 'Ampel manuell setzen …' }).click();
    await panel.getByRole('button', { name: 'Ampel manuell setzen', exact: true }).click();
    await panel.getByRole('alert').getByText('Bitte eine Ampelfarbe wählen.').waitFor();
    await expectNoAxeViolations(page, 'Projekt mit Formular manuelle Ampel');

    await panel.getByRole('radio', { name: 'gelb' }).check();
    await panel.getByLabel('Begründung (Pflicht)').fill('Portalverbund verschoben, Lenkungskreis informiert');
    await panel.getByLabel(/Gilt bis/).fill('2027-03-31');
    await panel.getByLabel(/Gilt bis/).press('Enter');
    await panel.getByText('Die manuelle Ampel wurde gespeichert.').waitFor();
    await panel.getByText('(manuell gesetzt, berechnet: rot)').waitFor();
    await panel.getByText('Begründung: „Portalverbund verschoben, Lenkungskreis informiert“').waitFor();

    await panel.getByRole('button', { name: 'Manuelle Ampel zurücknehmen' }).click();
    await panel.getByText('Die manuelle Ampel wurde zurückgenommen.').waitFor();
    await expect.poll(() => panel.getByText('(manuell gesetzt, berechnet: rot)').count()).toBe(0);
  });

  it('lets the steering office write a Statusmeldung that appears in the project and in the overview', async () => {
    const panel = page.getByRole('region', { name: 'Ampel' });
    await panel.getByRole('button', { name: 'Statusmeldung schreiben …' }).click();
    await panel.getByRole('radio', { name: 'gelb' }).check();
    await panel.getByLabel('Sachstand (Pflicht)').fill('Test der Anbindung an das Landesportal läuft');
    await panel.getByRole('button', { name: 'Statusmeldung speichern' }).click();
    await panel.getByText('Die Statusmeldung wurde gespeichert.').waitFor();
    await page.getByRole('region', { name: 'Statusmeldungen' }).getByText(/Test der Anbindung an das Landesportal läuft/).waitFor();
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await page
      .getByRole('region', { name: /Veränderungen/ })
      .getByText('Statusmeldung gelb: Test der Anbindung an das Landesportal läuft (Steuerungsdienst Kreis Unna)')
      .waitFor();
  });

  it('shows the thresholds form to the steering office and passes axe', async () => {
    await page.getByRole('link', { name: 'Ampelregeln' }).click();
    await page.getByRole('heading', { name: 'Ampelregeln', level: 1 }).waitFor();
    const field = page.getByLabel('Kennzahl gelb unter … % des Plans');
    await field.fill('60');
    await page.getByRole('button', { name: 'Schwellenwerte speichern' }).click();
    await page.getByRole('alert').getByText('Bitte die markierten Felder korrigieren.').waitFor();
    await page.getByText('Die Schwelle für Gelb muss mindestens so hoch sein wie die Schwelle für Rot.').waitFor();
    await expectNoAxeViolations(page, 'Ampelregeln mit Fehler');
    await field.fill('90');
    await page.getByRole('button', { name: 'Schwellenwerte speichern' }).click();
    await page.getByText('Die Schwellenwerte wurden gespeichert. Alle Ampeln sind neu berechnet.').waitFor();
    expect(await field.inputValue()).toBe('90');
  });
});
