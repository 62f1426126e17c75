import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { backupDatabase, restoreDatabase } from '../../server/services/backup';
import { createUser } from '../../server/services/users';
import { callerAs } from '../factories';
import { loginOverHttp, startTestServer } from './http';
import { createTestDb, type TestDb } from './test-db';
import { TMP_DIR } from './template-paths';

let t: TestDb;
let dir: string;
beforeAll(() => {
  t = createTestDb();
  dir = mkdtempSync(join(TMP_DIR, 'backup-'));
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, in a stable order: two databases are identical when these match. */
function dump(path: string): Record<string, unknown[]> {
  const sqlite = new Database(path, { readonly: true });
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]).map((r) => r.name);
    return Object.fromEntries(tables.map((name) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}

describe('[BACKUP] online backup and restore', () => {
  it('backs up under concurrent writes and restores to an identical database', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const projects = await steering.portfolio.projects();
    const target = projects.find((p) => p.parentId === null)!;
    let writes = 0;
    let stop = false;
    // A stream of committed edits through the real service while the backup copies pages.
    const writer = (async () => {
      while (!stop) {
        const detail = await steering.project.detail({ id: target.id });
        await steering.project.update({
          id: target.id,
          version: detail.project.version,
          title: detail.project.title,
          maturity: detail.project.maturity as 1 | 2 | 3,
          description: `Schreibvorgang ${++writes}`,
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backupPath = join(dir, 'backup.db');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await backupDatabase(t.db, backupPath);
    stop = true;
    await writer;
    expect(writes).toBeGreaterThan(1);

    const backupDump = dump(backupPath);
    const restoredPath = join(dir, 'restored.db');
    await restoreDatabase(backupPath, restoredPath);
    const restored = openDatabase(restoredPath);
    expect(restored.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.$client.close();
    expect(dump(restoredPath)).toEqual(backupDump);

    // The copy is a consistent state: the project's version matches its audited edits.
    const copy = new Database(backupPath, { readonly: true });
    const project = copy.prepare('SELECT version, description FROM projects WHERE id = ?').get(target.id) as { version: number; description: string };
    const audited = copy.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'project' AND entity_id = ? AND action = 'update'").get(target.id) as {
      n: number;
    };
    copy.close();
    expect(project.version - 1).toBe(audited.n);
    expect(project.description).toBe(`Schreibvorgang ${audited.n}`);
  });

  it('refuses to restore a file that is not a Cockpit database and leaves the target untouched', async () => {
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, 'this is not sqlite');
    const target = join(dir, 'target.db');
    await backupDatabase(t.db, target);
    const before = dump(target);
    await expect(restoreDatabase(garbage, target)).rejects.toThrow(/not a readable SQLite database/);
    expect(dump(target)).toEqual(before);
  });
});

describe('[BACKUP] download in the app', () => {
  it('lets the operator download a consistent backup; organisation admins of a shared installation and other roles may not', async () => {
    const server = await startTestServer();
    try {
      const orgId = (server.testDb.db.$client.prepare("SELECT id FROM organisations WHERE key = 'unna'").get() as { id: number }).id;
      await createUser(server.testDb.db, null, {
        organisationId: orgId,
        username: 'admin',
        displayName: 'Administrator',
        role: 'admin',
        password: 'operator-password-1',
        isOperator: true,
      });
      const download = async (cookie: string | null) =>
        fetch(`${server.url}/api/backup`, { headers: cookie ? { cookie } : {} });
      expect((await download(null)).status).toBe(401);
      expect((await download(await loginOverHttp(server.url, 'steuerung.unna'))).status).toBe(403);
      expect((await download(await loginOverHttp(server.url, 'admin.unna'))).status).toBe(403);
      const response = await download(await loginOverHttp(server.url, 'admin', 'operator-password-1'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="cockpit-sicherung-/);
      const file = join(dir, 'downloaded.db');
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const sqlite = new Database(file, { readonly: true });
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n).toBeGreaterThan(50);
      sqlite.close();
    } finally {
      await server.close();
    }
  });
});
