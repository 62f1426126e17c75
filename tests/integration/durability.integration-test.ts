import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { verifyAuditChain } from '../../server/services/audit';
import { loginOverHttp } from './http';
import { seededTemplate, TMP_DIR } from './template-paths';

const dir = mkdtempSync(join(TMP_DIR, 'durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when the process has ended, also when it ended before anyone asked. */
function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function startServerProcess(databasePath: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, DATABASE_PATH: databasePath, PORT: String(port), HOST: '127.0.0.1', ADMIN_PASSWORD: 'durability-test-admin', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy');
}

describe('[DURABILITY] SIGKILL during a stream of committed writes', () => {
  it('keeps every acknowledged write and an intact database after a restart', async () => {
    const databasePath = join(dir, 'cockpit.db');
    copyFileSync(seededTemplate(), databasePath);
    const probe = openDatabase(databasePath);
    const project = probe.$client
      .prepare("SELECT p.id, p.title, p.maturity, p.version FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE o.key = 'unna' AND p.parent_id IS NULL LIMIT 1")
      .get() as { id: number; title: string; maturity: number; version: number };
    probe.$client.close();

    const { child, url } = await startServerProcess(databasePath);
    const cookie = await loginOverHttp(url, 'steuerung.unna');
    const update = (version: number, n: number) =>
      fetch(`${url}/trpc/project.update`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ id: project.id, version, title: project.title, maturity: project.maturity, description: `Schreibvorgang ${n}` }),
      });

    let version = project.version;
    let acknowledged = 0;
    for (let n = 1; n <= 40; n++) {
      const response = await update(version, n);
      expect(response.status).toBe(200);
      version++;
      acknowledged = n;
    }
    // One more write in flight when the process dies: it may or may not have committed.
    const exited = exitOf(child);
    const inFlight = update(version, acknowledged + 1).catch(() => null);
    child.kill('SIGKILL');
    await inFlight;
    await exited;

    const db = openDatabase(databasePath);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = db.$client.prepare('SELECT version, description FROM projects WHERE id = ?').get(project.id) as {
      version: number;
      description: string;
    };
    expect(after.version).toBeGreaterThanOrEqual(project.version + acknowledged);
    expect(after.version).toBeLessThanOrEqual(project.version + acknowledged + 1);
    expect(after.description).toBe(`Schreibvorgang ${after.version - project.version}`);
    const audited = db.$client
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'project' AND entity_id = ? AND action = 'update'")
      .get(project.id) as { n: number };
    expect(audited.n).toBe(after.version - project.version);
    expect(verifyAuditChain(db).ok).toBe(true);
    db.$client.close();

    // And the server starts again on the same file.
    const restarted = await startServerProcess(databasePath);
    const restartedExit = exitOf(restarted.child);
    restarted.child.kill('SIGTERM');
    await restartedExit;
  }, 180_000);
});
