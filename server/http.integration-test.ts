import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginOverHttp, startTestServer, type TestServer } from '../tests/integration/http';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

async function me(cookie: string | null) {
  return fetch(`${server.url}/trpc/auth.me`, { headers: cookie ? { cookie } : {} });
}

describe('[HTTP] health, login, sessions and request hardening', () => {
  it('GET /healthz answers 200 with status ok after a database check', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('sets an httpOnly SameSite=Strict session cookie at login and a new session id each time', async () => {
    const response = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'steuerung.unna', password: 'cockpit-demo' }),
    });
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/cockpit_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const first = await loginOverHttp(server.url, 'steuerung.unna');
    const second = await loginOverHttp(server.url, 'steuerung.unna');
    expect(first).not.toBe(second);
  });

  it('refuses a wrong password with a German message and no cookie', async () => {
    const response = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'steuerung.unna', password: 'falsch' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { data: { userMessage: string } } };
    expect(body.error.data.userMessage).toBe('Benutzername oder Passwort ist falsch.');
    expect(response.headers.getSetCookie()).toHaveLength(0);
  });

  it('needs a session for the API and ends it at logout', async () => {
    expect((await me(null)).status).toBe(401);
    const cookie = await loginOverHttp(server.url, 'vorstand.werl');
    const signedIn = await me(cookie);
    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as { result: { data: { username: string } } }).result.data.username).toBe('vorstand.werl');
    const logout = await fetch(`${server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(logout.status).toBe(200);
    expect((await me(cookie)).status).toBe(401);
  });

  it('refuses a text/plain POST to a mutation (CSRF) and leaves the data unchanged', async () => {
    const cookie = await loginOverHttp(server.url, 'steuerung.unna');
    const project = server.testDb.db.$client
      .prepare("SELECT p.id, p.version, p.maturity FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE o.key='unna' AND p.maturity < 3 LIMIT 1")
      .get() as { id: number; version: number; maturity: number };
    const response = await fetch(`${server.url}/trpc/project.changeMaturity`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ id: project.id, version: project.version, maturity: 3 }),
    });
    expect(response.status).toBe(415);
    const after = server.testDb.db.$client.prepare('SELECT version, maturity FROM projects WHERE id = ?').get(project.id);
    expect(after).toEqual({ version: project.version, maturity: project.maturity });
  });

  it('refuses a mutation from a foreign origin', async () => {
    const cookie = await loginOverHttp(server.url, 'steuerung.unna');
    const response = await fetch(`${server.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect((await me(cookie)).status).toBe(200);
  });

  it('compresses large API answers for clients that accept gzip, and leaves them plain otherwise', async () => {
    const cookie = await loginOverHttp(server.url, 'vorstand.unna');
    const url = `${server.url}/trpc/timeline.portfolio?input=${encodeURIComponent('{}')}`;
    // Node's fetch would decompress transparently; node:http shows the bytes on the wire.
    const raw = (acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolveRequest, reject) => {
        get(url, { headers: { cookie, 'accept-encoding': acceptEncoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolveRequest({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
          response.on('error', reject);
        }).on('error', reject);
      });
    const plain = await raw('identity');
    const zipped = await raw('gzip');
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.bytes).equals(plain.bytes)).toBe(true);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 2);
  });

  it('sends security headers (CSP with frame-ancestors, nosniff)', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('[HTTP] login rate limiting', () => {
  it('answers 429 after too many login attempts from one address', async () => {
    const limited = await startTestServer({ loginRateLimit: 3 });
    try {
      const attempt = () =>
        fetch(`${limited.url}/trpc/auth.login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'steuerung.unna', password: 'falsch' }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('[HTTP] health when the database is unusable', () => {
  it('answers 503', async () => {
    const broken = await startTestServer({ seeded: false });
    try {
      broken.testDb.db.$client.close();
      const response = await fetch(`${broken.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable' });
    } finally {
      await broken.app.close();
    }
  });
});
