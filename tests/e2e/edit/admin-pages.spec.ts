import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

let server: TestServer;
let browser: Browser;

async function pageAs(username: string): Promise<Page> {
  const page = await newPage(browser);
  await login(page, server.url, username);
  return page;
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('[E2E] Programmpflege and Benutzer', () => {
  it('the steering office edits the programme structure; goal rules are explained in German', async () => {
    const page = await pageAs('steuerung.unna');
    await page.getByRole('link', { name: 'Programmpflege' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmpflege' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Rechtliche Fristen' }).waitFor();
    await expectNoAxeViolations(page, 'Programmpflege');

    await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Handlungsfeld anlegen' });
    await dialog.getByLabel('Titel').fill('Digitale Schule');
    await expectNoAxeViolations(page, 'Dialog Handlungsfeld');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'Digitale Schule', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Ziel anlegen' }).click();
    const goal = page.getByRole('dialog', { name: 'Ziel anlegen' });
    await goal.getByLabel('Leistungsziel').check();
    await goal.getByLabel('Kürzel').fill('L9');
    await goal.getByRole('textbox', { name: 'Ziel', exact: true }).fill('Alle Schulen am Netz');
    await goal.getByRole('button', { name: 'Anlegen' }).click();
    await goal.getByText('Bitte das übergeordnete Ziel wählen (ein Wirkungsziel hat keines).').waitFor();
    expect(await goal.getByRole('combobox', { name: 'Übergeordnetes Ziel' }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'Dialog Ziel mit Fehler');
    await goal.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('the admin manages users without ever seeing a password hash', async () => {
    const page = await pageAs('admin.unna');
    await page.getByRole('link', { name: 'Benutzer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Benutzer' }).waitFor();
    await page.getByRole('cell', { name: 'steuerung.unna', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'Benutzer');

    await page.getByRole('button', { name: 'Benutzer anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Benutzer anlegen' });
    await dialog.getByLabel('Benutzername').fill('erika.muster');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Erika Muster');
    await dialog.getByLabel('Projektleitung').check();
    await dialog.getByLabel('Erstes Passwort').fill('kurz');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.getByText('Das Passwort braucht mindestens 12 Zeichen.').waitFor();
    await expectNoAxeViolations(page, 'Dialog Benutzer anlegen');
    await dialog.getByLabel('Erstes Passwort').fill('ein-langes-passwort');
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'erika.muster', exact: true }).waitFor();
    expect(await page.content()).not.toContain('argon2');
  });
});
