import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { milestones, projects } from '../../../db/schema';
import { loginOverHttp, type TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

let server: TestServer;
let browser: Browser;
let page: Page;
let projectId: number;
let milestoneId: number;
const ORIGINAL = 'Empfang von E-Mails mit qualifizierter elektronischer Signatur und von De-Mail möglich';

const milestoneRow = () => server.testDb.db.select().from(milestones).where(eq(milestones.id, milestoneId)).get()!;

beforeAll(async () => {
  server = await startE2eServer();
  const m = server.testDb.db.select().from(milestones).where(eq(milestones.title, ORIGINAL)).get()!;
  milestoneId = m.id;
  projectId = server.testDb.db.select().from(projects).where(eq(projects.id, m.projectId)).get()!.id;
  browser = await launchBrowser();
  page = await newPage(browser);
  await login(page, server.url, 'steuerung.unna');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openMilestoneDialog(title: string) {
  await page.goto(`${server.url}/projekte/${projectId}`);
  await page.getByRole('heading', { level: 2, name: 'Phasen und Meilensteine' }).waitFor();
  await page.getByRole('button', { name: `Bearbeiten: Meilenstein „${title}“` }).click();
  const dialog = page.getByRole('dialog', { name: 'Meilenstein bearbeiten' });
  await dialog.waitFor();
  return dialog;
}

describe('[E2E] the steering office edits a milestone', () => {
  it('edits it in an accessible dialog, with German field errors, and sees the change and its Verlauf entry', async () => {
    let dialog = await openMilestoneDialog(ORIGINAL);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Bearbeiten: Meilenstein „${ORIGINAL}“`);
    dialog = await openMilestoneDialog(ORIGINAL);
    await expectNoAxeViolations(page, 'Meilenstein-Dialog');

    const title = dialog.getByLabel('Bezeichnung');
    await title.fill('   ');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => dialog.getByText('Bitte einen Titel angeben.').count()).toBe(1);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await title.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toBe('Bitte einen Titel angeben.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await expectNoAxeViolations(page, 'Meilenstein-Dialog mit Fehlern');

    await title.fill('E-Mail mit qeS und De-Mail empfangen');
    await dialog.getByLabel('Prognose').fill('2018-02-15');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: 'Meilensteine' });
    await table.getByRole('cell', { name: 'E-Mail mit qeS und De-Mail empfangen', exact: true }).waitFor();
    await table.getByRole('cell', { name: '15.02.2018', exact: true }).waitFor();
    const history = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Verlauf' }) });
    await history.getByText('Meilenstein „E-Mail mit qeS und De-Mail empfangen“ geändert').waitFor();
    const change = history.getByRole('row', { name: /Titel/ }).first();
    expect(await change.textContent()).toContain(ORIGINAL);
    expect(await history.getByRole('row', { name: /Prognose/ }).first().textContent()).toContain('15.02.2018');
    expect(await history.textContent()).toContain('Steuerungsdienst Kreis Unna');
    await expectNoAxeViolations(page, 'Projekt mit Verlauf');
    expect(milestoneRow()).toMatchObject({ title: 'E-Mail mit qeS und De-Mail empfangen', forecastDate: '2018-02-15' });
  });

  it('shows the conflict notice when the milestone changed meanwhile, and "Neu laden" reopens the form with fresh data', async () => {
    const dialog = await openMilestoneDialog('E-Mail mit qeS und De-Mail empfangen');

    // A second session changes the milestone while the form is open.
    const cookie = await loginOverHttp(server.url, 'steuerung.unna');
    const current = milestoneRow();
    const response = await fetch(`${server.url}/trpc/milestone.update`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        id: current.id,
        version: current.version,
        title: 'Elektronischer Zugang eröffnet',
        plannedDate: current.plannedDate,
        baselineDate: current.baselineDate,
        forecastDate: '2018-03-01',
        actualDate: current.actualDate,
        phase: current.phase,
      }),
    });
    expect(response.status).toBe(200);

    await dialog.getByLabel('Bezeichnung').fill('Meine Änderung');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    const notice = dialog.getByRole('alert').filter({ hasText: 'Inzwischen von steuerung.unna geändert' });
    await notice.waitFor();
    expect(await dialog.getByRole('button', { name: 'Speichern' }).isDisabled()).toBe(true);
    expect(milestoneRow().title).toBe('Elektronischer Zugang eröffnet');
    await expectNoAxeViolations(page, 'Konflikthinweis');

    await dialog.getByRole('button', { name: 'Neu laden' }).click();
    await expect.poll(() => dialog.getByLabel('Bezeichnung').inputValue()).toBe('Elektronischer Zugang eröffnet');
    expect(await dialog.getByLabel('Prognose').inputValue()).toBe('2018-03-01');
    await dialog.getByText('Der aktuelle Stand wurde geladen.').waitFor();

    await dialog.getByLabel('Bezeichnung').fill('Elektronischer Zugang eröffnet (qeS, De-Mail)');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(milestoneRow()).toMatchObject({ title: 'Elektronischer Zugang eröffnet (qeS, De-Mail)', forecastDate: '2018-03-01' });
  });

  it('asks before deleting and names what goes with the record', async () => {
    await page.goto(`${server.url}/projekte/${projectId}`);
    await page.getByRole('button', { name: 'Meilenstein anlegen' }).click();
    const create = page.getByRole('dialog', { name: 'Meilenstein anlegen' });
    await create.getByLabel('Bezeichnung').fill('Testmeilenstein zum Löschen');
    await create.getByLabel('Geplant', { exact: true }).fill('2027-01-31');
    await create.getByRole('button', { name: 'Anlegen' }).click();
    await create.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Löschen: Meilenstein „Testmeilenstein zum Löschen“' }).click();
    const confirm = page.getByRole('dialog', { name: 'Meilenstein „Testmeilenstein zum Löschen“ löschen?' });
    await confirm.getByText('Es hängen keine weiteren Daten an dem Meilenstein').waitFor();
    await expectNoAxeViolations(page, 'Löschen-Rückfrage');
    await confirm.getByRole('button', { name: 'Endgültig löschen' }).click();
    await confirm.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: 'Meilensteine' });
    await expect.poll(() => table.getByRole('cell', { name: 'Testmeilenstein zum Löschen', exact: true }).count()).toBe(0);
    await page.getByText('Meilenstein „Testmeilenstein zum Löschen“ gelöscht').waitFor();
  });
});
