import { TRPCError } from '@trpc/server';
import { desc, eq } from 'drizzle-orm';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db';
import { auditLog, milestones } from '../../db/schema';
import { auditVerify } from '../../scripts/audit-verify';
import { verifyAuditChain } from '../../server/services/audit';
import { callerAs } from '../factories';
import { createTestDb, type TestDb } from './test-db';
import { TMP_DIR } from './template-paths';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

const auditRows = (db: Db) => db.select().from(auditLog).orderBy(desc(auditLog.id)).all();

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function dmsProject(db: Db) {
  const projects = await callerAs(db, 'projektleitung.unna').portfolio.projects();
  return projects.find((p) => p.leadName !== null && p.parentId === null)!;
}

async function newMilestone(db: Db) {
  const project = await dmsProject(db);
  return callerAs(db, 'steuerung.unna').milestone.create({ projectId: project.id, title: 'Rollout Welle 1', plannedDate: '2027-04-30', phase: null });
}

const update = (m: { id: number; version: number }, changes: Record<string, unknown> = {}) => ({
  id: m.id,
  version: m.version,
  title: 'Rollout Welle 1',
  plannedDate: '2027-04-30',
  baselineDate: '2027-04-30',
  forecastDate: null,
  actualDate: null,
  phase: null,
  ...changes,
});

describe('[AUDIT] every change is recorded with the change', () => {
  it('an edit writes exactly one audit row: who, when, what, before and after of the changed fields', async () => {
    const m = await newMilestone(t.db);
    const before = auditRows(t.db).length;
    const startedAt = Date.now();
    await callerAs(t.db, 'projektleitung.unna').milestone.update(update(m, { forecastDate: '2027-06-30', title: 'Rollout Welle 1 (Nord)' }));
    const rows = auditRows(t.db);
    expect(rows.length - before).toBe(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      username: 'projektleitung.unna',
      action: 'update',
      entity: 'milestone',
      entityId: m.id,
      projectId: m.projectId,
      summary: 'Meilenstein „Rollout Welle 1 (Nord)“ geändert',
      before: { title: 'Rollout Welle 1', forecastDate: null },
      after: { title: 'Rollout Welle 1 (Nord)', forecastDate: '2027-06-30' },
    });
    expect(row.at.getTime()).toBeGreaterThanOrEqual(startedAt - 5);
    expect(verifyAuditChain(t.db).ok).toBe(true);
  });

  it('the change and its audit row commit together: when the audit insert fails, the change is rolled back', async () => {
    const m = await newMilestone(t.db);
    t.db.$client.exec(`CREATE TRIGGER test_audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END;`);
    try {
      await expect(callerAs(t.db, 'steuerung.unna').milestone.update(update(m, { title: 'Darf nicht bleiben' }))).rejects.toThrow();
    } finally {
      t.db.$client.exec('DROP TRIGGER test_audit_down');
    }
    const stored = t.db.select().from(milestones).where(eq(milestones.id, m.id)).get()!;
    expect(stored.title).toBe('Rollout Welle 1');
    expect(stored.version).toBe(m.version);
  });

  it.each([
    ['a stale version (CONFLICT)', 'steuerung.unna', (m: { id: number; version: number }) => update({ ...m, version: m.version - 1 }, { title: 'X' }), 'CONFLICT'],
    ['an invalid date (validation)', 'steuerung.unna', (m: { id: number; version: number }) => update(m, { plannedDate: '2027-02-30' }), 'BAD_REQUEST'],
    ['an empty title (validation)', 'steuerung.unna', (m: { id: number; version: number }) => update(m, { title: '   ' }), 'BAD_REQUEST'],
    ['a board member (FORBIDDEN)', 'vorstand.unna', (m: { id: number; version: number }) => update(m, { title: 'X' }), 'FORBIDDEN'],
    ['another organisation (NOT_FOUND)', 'steuerung.werl', (m: { id: number; version: number }) => update(m, { title: 'X' }), 'NOT_FOUND'],
  ] as const)('a rejected edit — %s — writes no audit row and changes nothing', async (_case, user, input, code) => {
    const m = await newMilestone(t.db);
    const edited = await callerAs(t.db, 'steuerung.unna').milestone.update(update(m, { phase: 'Einführung' }));
    const before = auditRows(t.db).length;
    const rowBefore = t.db.select().from(milestones).where(eq(milestones.id, m.id)).get();
    expect(await errorCode(callerAs(t.db, user).milestone.update(input(edited) as never))).toBe(code);
    expect(auditRows(t.db).length).toBe(before);
    expect(t.db.select().from(milestones).where(eq(milestones.id, m.id)).get()).toEqual(rowBefore);
    expect(rowBefore).toMatchObject({ title: 'Rollout Welle 1', phase: 'Einführung', version: edited.version });
  });

  it('a save that changes nothing writes no audit row', async () => {
    const m = await newMilestone(t.db);
    const before = auditRows(t.db).length;
    const same = await callerAs(t.db, 'steuerung.unna').milestone.update(update(m));
    expect(same.version).toBe(m.version);
    expect(auditRows(t.db).length).toBe(before);
  });
});

describe('[AUDIT] the log cannot be rewritten', () => {
  it('a raw UPDATE of a row is refused by the database', () => {
    const last = auditRows(t.db)[0]!;
    expect(() => t.db.$client.prepare('UPDATE audit_log SET summary = ? WHERE id = ?').run('manipuliert', last.id)).toThrow(/append-only/);
    expect(() => t.db.$client.prepare('DELETE FROM audit_log WHERE id = ?').run(last.id)).toThrow(/append-only/);
    expect(auditRows(t.db)[0]!.summary).toBe(last.summary);
  });

  it('audit:verify confirms an intact chain and detects a row changed behind the triggers', async () => {
    await newMilestone(t.db);
    const intact = auditVerify(['--db', t.path]);
    expect(intact.exitCode).toBe(0);
    expect(intact.message).toContain(`${auditRows(t.db).length} Einträge geprüft`);
    expect(intact.message).toContain('Audit log intact');

    // Simulate tampering: a copy whose guard trigger is dropped, then a row is edited.
    const dir = mkdtempSync(join(TMP_DIR, 'tamper-'));
    try {
      const copyPath = join(dir, 'copy.db');
      t.db.$client.prepare('VACUUM INTO ?').run(copyPath);
      const copy = openDatabase(copyPath);
      const victim = copy.select().from(auditLog).orderBy(auditLog.id).limit(1).offset(3).get()!;
      copy.$client.exec('DROP TRIGGER audit_log_no_update');
      copy.$client.prepare('UPDATE audit_log SET summary = ? WHERE id = ?').run('Benutzer „niemand“ angelegt', victim.id);
      const result = verifyAuditChain(copy);
      copy.$client.close();
      expect(result).toMatchObject({ ok: false, firstBrokenId: victim.id });

      const broken = auditVerify(['--db', copyPath]);
      expect(broken.exitCode).toBe(1);
      expect(broken.message).toContain(`bricht bei Eintrag ${victim.id}`);
      expect(broken.message).toContain('Audit log TAMPERED');

      const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', '--db', copyPath], { cwd: repo, encoding: 'utf8' });
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain(`bricht bei Eintrag ${victim.id}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('[AUDIT] the project history ("Verlauf")', () => {
  it('lists changes of the project and what hangs on it, newest first, in German', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const project = await dmsProject(t.db);
    const detail = await steering.project.detail({ id: project.id });
    await steering.project.changeMaturity({ id: project.id, version: detail.project.version, maturity: 3 });
    const m = await newMilestone(t.db);
    await steering.milestone.markReached({ id: m.id, version: m.version, actualDate: '2026-11-20' });
    const structure = await steering.programmeInfo.structure({ programmeId: detail.project.programme.id });
    const o = structure.obligations.find((x) => !x.projectIds.includes(project.id))!;
    await steering.obligation.update({ ...o, projectIds: [...o.projectIds, project.id] });

    const history = await callerAs(t.db, 'vorstand.unna').audit.projectHistory({ projectId: project.id });
    expect(history.map((h) => h.summary).slice(0, 3)).toEqual([
      expect.stringMatching(/^Frist .* geändert$/),
      `Meilenstein „Rollout Welle 1“ erreicht am 20.11.2026`,
      'Meilenstein „Rollout Welle 1“ angelegt',
    ]);
    expect(history[1]).toMatchObject({ username: 'steuerung.unna', before: { actualDate: null }, after: { actualDate: '2026-11-20' } });
    expect(history.some((h) => h.summary.startsWith('Reifegrad von'))).toBe(true);
    expect(history.every((h) => typeof h.displayName === 'string' || h.displayName === null)).toBe(true);
  });

  it('is not readable by a committee member, nor across organisations', async () => {
    const project = await dmsProject(t.db);
    expect(await errorCode(callerAs(t.db, 'ausschuss.unna').audit.projectHistory({ projectId: project.id }))).toBe('FORBIDDEN');
    expect(await errorCode(callerAs(t.db, 'vorstand.werl').audit.projectHistory({ projectId: project.id }))).toBe('NOT_FOUND');
  });
});
