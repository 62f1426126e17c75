import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, programmes } from '../../../db/schema';
import type { TestServer } from '../../integration/http';
import { launchBrowser, login, startE2eServer } from '../browser';

/**
 * Two tabs of one browser share the session cookie: a login or logout in one must not leave the
 * other showing the previous user's name and controls over the new user's data.
 */
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer({ today: '2026-11-23' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function tabs(): Promise<{ context: BrowserContext; first: Page; second: Page }> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin', viewport: { width: 1400, height: 900 } });
  return { context, first: await context.newPage(), second: await context.newPage() };
}

const organisation = (page: Page) => page.locator('.app-header__org').textContent();

describe('[E2E] session changed in another tab', () => {
  it('shows the new user and their organisation after a login in another tab, without a reload', async () => {
    const { context, first, second } = await tabs();
    await login(first, server.url, 'steuerung.werl');
    await first.goto(`${server.url}/zeitplan`);
    await first.getByText('12 von 12 Projekten').waitFor();
    expect(await organisation(first)).toBe('Wallfahrtsstadt Werl');

    // The login page of the second tab, used while the first user's session is still open.
    await login(second, server.url, 'vorstand.unna');

    // The first tab follows at once (its cached data would otherwise stay for 30 s).
    await expect.poll(() => organisation(first)).toBe('Kreis Unna');
    await first.getByText('81 von 81 Projekten').waitFor();
    expect(await first.getByText('Verwaltungsvorstand Kreis Unna', { exact: false }).count()).toBeGreaterThan(0);
    // The board may not reschedule: the steering user's drag handles are gone.
    expect(await first.locator('[data-drag]').count()).toBe(0);
    await context.close();
  });

  it('sends the other tab to the login page after a logout, keeping its address for the return', async () => {
    const { context, first, second } = await tabs();
    await login(first, server.url, 'vorstand.werl');
    await first.goto(`${server.url}/zeitplan?status=rot`);
    await first.getByRole('treegrid').waitFor();
    await second.goto(`${server.url}/uebersicht`);
    await second.getByRole('button', { name: 'Abmelden' }).click();
    await second.waitForURL(/\/anmelden$/);

    await first.waitForURL(/\/anmelden$/);
    await first.getByLabel('Benutzername').fill('vorstand.werl');
    await first.getByLabel('Passwort').fill('cockpit-demo');
    await first.getByRole('button', { name: 'Anmelden' }).click();
    await first.waitForURL(/\/zeitplan\?status=rot$/);
    await first.getByRole('treegrid').waitFor();
    await context.close();
  });

  it('asks once for an answer that is a refusal: no second request for the session or the Zeitplan when the page mounts', async () => {
    const { context, first } = await tabs();
    const requests: string[] = [];
    first.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/trpc/')) requests.push(path);
    });
    // Not signed in: the session is asked for once, then the login page.
    await first.goto(`${server.url}/zeitplan`);
    await first.waitForURL(/\/anmelden$/);
    await first.getByLabel('Benutzername').waitFor();
    expect(requests.filter((path) => path.includes('auth.me'))).toHaveLength(1);

    // Signed in as Werl, a programme of Unna: refused once, and said so.
    await login(first, server.url, 'steuerung.werl');
    requests.length = 0;
    const { programme: unna } = server.testDb.db
      .select({ programme: programmes })
      .from(programmes)
      .innerJoin(organisations, eq(organisations.id, programmes.organisationId))
      .where(eq(organisations.key, 'unna'))
      .get()!;
    await first.goto(`${server.url}/zeitplan?programm=${unna.id}`);
    await first.getByText('Das Programm wurde nicht gefunden.').waitFor();
    expect(requests.filter((path) => path.includes('timeline.portfolio'))).toHaveLength(1);
    await context.close();
  });
});
