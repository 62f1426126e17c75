import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../integration/http';
import { expectNoAxeViolations, launchBrowser, login, newPage, startE2eServer } from '../browser';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('[E2E] login and portfolio', () => {
  it('shows the login form without a session and passes axe', async () => {
    await page.goto(`${server.url}/portfolio`);
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    expect(page.url()).toMatch(/\/anmelden$/);
    await expectNoAxeViolations(page, 'Anmelden');
  });

  it('refuses a wrong password with a German message', async () => {
    await page.getByLabel('Benutzername').fill('steuerung.unna');
    await page.getByLabel('Passwort').fill('falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Benutzername oder Passwort ist falsch.');
  });

  it("logs in as Kreis Unna's steering office and sees the portfolio grouped by field of action", async () => {
    await login(page, server.url, 'steuerung.unna');
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await page.getByRole('rowheader', { name: /Interne Geschäftsprozesse/ }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Internet-Auftritt/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Kreis Unna', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Portfolio');
  });

  it('opens a project page with its sub-projects and obligations', async () => {
    await page.getByRole('link', { name: 'Elektronische Bezahlungsmöglichkeit (E-Payment)' }).first().click();
    await page.getByRole('heading', { level: 1, name: /E-Payment/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Teilprojekte' }).waitFor();
    await expect.poll(() => page.getByText('§ 7', { exact: false }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'Projekt');
  });

  it('logs out and is sent back to the login page', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
    await page.goto(`${server.url}/portfolio`);
    await page.getByRole('button', { name: 'Anmelden' }).waitFor();
  });
});
