import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, projects } from '../../../db/schema';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

let server: TestServer;
let browser: Browser;

const EDIT_CONTROLS = /bearbeiten|anlegen|Löschen|Erreicht|Reifegrad ändern|Ist-Wert erfassen|Abhängigkeit hinzufügen|Entfernen/;

function unnaProject(led: boolean) {
  const db = server.testDb.db;
  const unna = db.select().from(organisations).where(eq(organisations.key, 'unna')).get()!;
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.organisationId, unna.id), isNull(projects.parentId), led ? isNotNull(projects.leadUserId) : isNull(projects.leadUserId)))
    .get()!;
}

async function pageAs(username: string): Promise<Page> {
  const page = await newPage(browser);
  await login(page, server.url, username);
  return page;
}

async function openProject(page: Page, id: number) {
  await page.goto(`${server.url}/projekte/${id}`);
  await page.getByRole('heading', { level: 2, name: 'Verlauf' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Abhängigkeiten' }).waitFor();
}

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('[E2E] who sees edit controls', () => {
  it('a board member sees the project and its Verlauf but no edit buttons', async () => {
    const page = await pageAs('vorstand.unna');
    for (const project of [unnaProject(true), unnaProject(false)]) {
      await openProject(page, project.id);
      expect(await page.getByRole('button', { name: EDIT_CONTROLS }).count()).toBe(0);
    }
    expect(await page.getByRole('link', { name: 'Programmpflege' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Benutzer' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Projekt (Vorstand)');
  });

  it('a project lead sees edit buttons on the project it leads only, and no structural ones', async () => {
    const page = await pageAs('projektleitung.unna');
    await openProject(page, unnaProject(true).id);
    await page.getByRole('button', { name: 'Projekt bearbeiten' }).waitFor();
    expect(await page.getByRole('button', { name: 'Meilenstein anlegen' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Löschen: Projekt/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Abhängigkeit hinzufügen' }).count()).toBe(0);
    await openProject(page, unnaProject(false).id);
    expect(await page.getByRole('button', { name: EDIT_CONTROLS }).count()).toBe(0);
  });
});
