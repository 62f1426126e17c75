import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { createTestDb, type TestDb } from './test-db';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  testDb: TestDb;
  close(): Promise<void>;
}

/** The real Fastify server on an ephemeral port over a private copy of the seeded database. */
export async function startTestServer(
  options: { seeded?: boolean; clientDir?: string | null; loginRateLimit?: number; today?: string } = {},
): Promise<TestServer> {
  const testDb = createTestDb({ seeded: options.seeded ?? true });
  const app = await buildApp({
    db: testDb.db,
    clientDir: options.clientDir ?? null,
    loginRateLimit: options.loginRateLimit ?? 1000,
    databasePath: testDb.path,
    ...(options.today ? { today: () => options.today! } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    testDb,
    async close() {
      await app.close();
      testDb.close();
    },
  };
}

/** Logs in over HTTP like the browser does and returns the session cookie header value. */
export async function loginOverHttp(url: string, username: string, password = 'cockpit-demo'): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login of ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('cockpit_session='));
  if (!cookie) throw new Error('no session cookie set');
  return cookie.split(';')[0]!;
}
