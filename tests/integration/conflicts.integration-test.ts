import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db';
import { auditLog, milestones } from '../../db/schema';
import type { AppError } from '../../server/errors';
import { callerAs } from '../factories';
import { loginOverHttp, startTestServer, type TestServer } from './http';
import { createTestDb, type TestDb } from './test-db';

/** The DMS project the demo lead of Unna leads (so both the lead and the steering office may edit it). */
async function dmsProjectId(db: Db): Promise<number> {
  const projects = await callerAs(db, 'projektleitung.unna').portfolio.projects();
  return projects.find((p) => p.leadName !== null && p.parentId === null)!.id;
}

function milestoneInput(m: { id: number; version: number }, title: string, forecastDate: string | null = null) {
  return { id: m.id, version: m.version, title, plannedDate: '2027-06-30', baselineDate: '2027-06-30', forecastDate, actualDate: null, phase: null };
}

async function conflictOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('CONFLICT');
    return (error as TRPCError).cause as AppError;
  }
  throw new Error('expected a CONFLICT');
}

describe('[CONFLICT] two sessions edit the same milestone (callers)', () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
  });
  afterAll(() => t.close());

  it('the second save is refused with the first editor named, and the data is the first save', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const lead = callerAs(t.db, 'projektleitung.unna');
    const projectId = await dmsProjectId(t.db);
    const created = await steering.milestone.create({ projectId, title: 'Einführung in Pilotbereichen', plannedDate: '2027-06-30', phase: null });

    // Both open the edit form on the same version.
    const seenByLead = (await lead.project.detail({ id: projectId })).milestones.find((m) => m.id === created.id)!;
    const seenBySteering = (await steering.project.detail({ id: projectId })).milestones.find((m) => m.id === created.id)!;
    expect(seenByLead.version).toBe(seenBySteering.version);

    const first = await lead.milestone.update(milestoneInput(seenByLead, 'Einführung in drei Pilotbereichen', '2027-09-30'));
    expect(first.version).toBe(seenByLead.version + 1);
    const auditBefore = t.db.select().from(auditLog).all().length;

    const conflict = await conflictOf(steering.milestone.update(milestoneInput(seenBySteering, 'Pilotierung abgesagt')));
    expect(conflict.details).toEqual({ currentVersion: first.version, lastEditor: 'projektleitung.unna' });
    expect(conflict.userMessage).toContain('Inzwischen von projektleitung.unna geändert');

    const stored = t.db.select().from(milestones).where(eq(milestones.id, created.id)).get()!;
    expect(stored.title).toBe('Einführung in drei Pilotbereichen');
    expect(stored.forecastDate).toBe('2027-09-30');
    expect(stored.version).toBe(first.version);
    expect(t.db.select().from(auditLog).all().length, 'a refused save writes no audit row').toBe(auditBefore);

    // After reloading, the steering office can apply its change on top of the first one.
    const reloaded = (await steering.project.detail({ id: projectId })).milestones.find((m) => m.id === created.id)!;
    const second = await steering.milestone.update(milestoneInput(reloaded, 'Pilotierung verschoben', reloaded.forecastDate));
    expect(second.title).toBe('Pilotierung verschoben');
    expect(second.forecastDate).toBe('2027-09-30');
  });

  it('a stale "Meilenstein erreicht" and a stale delete are refused too', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const projectId = await dmsProjectId(t.db);
    const m = await steering.milestone.create({ projectId, title: 'Abnahme', plannedDate: '2027-01-31', phase: null });
    await steering.milestone.update(milestoneInput(m, 'Abnahme durch den Fachbereich'));
    await conflictOf(steering.milestone.markReached({ id: m.id, version: m.version }));
    await conflictOf(steering.milestone.delete({ id: m.id, version: m.version, confirm: true }));
    expect(t.db.select().from(milestones).where(eq(milestones.id, m.id)).get()!.actualDate).toBeNull();
  });
});

describe('[CONFLICT] every versioned editor refuses a stale version', () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
  });
  afterAll(() => t.close());

  it('project, programme, field of action, goal, KPI, obligation, decision, budget line and user', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const admin = callerAs(t.db, 'admin.unna');
    const projectId = await dmsProjectId(t.db);
    const programmeId = (await steering.portfolio.programmes())[0]!.id;
    const s = await steering.programmeInfo.structure({ programmeId });
    const project = (await steering.project.detail({ id: projectId })).project;

    const stale = async (save: (version: number) => Promise<unknown>, version: number) => {
      await save(version);
      await conflictOf(save(version));
    };
    await stale((version) => steering.project.update({ id: projectId, version, title: project.title, maturity: 2 }), project.version);
    const p = s.programme;
    await stale(
      (version) =>
        steering.programmeInfo.update({ id: p.id, version, title: p.title, versionLabel: 'Fortschreibung 2026', asOfDate: '2026-11-01', leadUnit: p.leadUnit, description: p.description }),
      p.version,
    );
    const f = s.fieldsOfAction[0]!;
    await stale((version) => steering.fieldOfAction.update({ id: f.id, version, title: 'Neuer Titel', description: null, sortOrder: f.sortOrder }), f.version);
    const g = s.goals[0]!;
    await stale((version) => steering.goal.update({ id: g.id, version, key: g.key, text: 'Neu formuliert', parentId: g.parentId, dueDate: g.dueDate, projectIds: g.projectIds }), g.version);
    const k = s.kpis[0]!;
    await stale((version) => steering.kpi.recordActual({ id: k.id, version, year: 2026, actual: 400 }), k.version);
    const o = s.obligations[0]!;
    await stale(
      (version) =>
        steering.obligation.update({ id: o.id, version, law: o.law, paragraph: o.paragraph, title: 'Neu', description: o.description, deadline: o.deadline, bindingness: o.bindingness, projectIds: o.projectIds }),
      o.version,
    );
    const d = s.decisions[0]!;
    await stale(
      (version) => steering.decision.update({ id: d.id, version, committee: d.committee, date: d.date, subject: d.subject, outcome: 'beschlossen', projectIds: d.projectIds }),
      d.version,
    );
    const b = s.budgetLines[0]!;
    await stale(
      (version) =>
        steering.budget.update({ id: b.id, version, projectId: b.projectId, year: b.year, kind: b.kind, fundingSource: b.fundingSource, description: b.description, plan: 123_000, actual: null, positions: b.positions }),
      b.version,
    );
    const board = (await admin.user.list()).find((u) => u.username === 'vorstand.unna')!;
    await stale((version) => admin.user.changeRole({ id: board.id, version, role: 'committee' }), board.version);
  });
});

describe('[CONFLICT] two real browser sessions over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function post(cookie: string, path: string, input: unknown) {
    const response = await fetch(`${server.url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as { result?: { data: unknown }; error?: { data: Record<string, unknown> } } };
  }

  it('the second save answers 409 CONFLICT with lastEditor and leaves the first save in place', async () => {
    const steering = await loginOverHttp(server.url, 'steuerung.unna');
    const lead = await loginOverHttp(server.url, 'projektleitung.unna');
    const projectId = await dmsProjectId(server.testDb.db);
    const created = await post(steering, 'milestone.create', { projectId, title: 'Schulung der Key-User', plannedDate: '2027-02-28', phase: null });
    expect(created.status).toBe(200);
    const m = created.body.result!.data as { id: number; version: number };

    const first = await post(lead, 'milestone.update', milestoneInput(m, 'Schulung der Key-User (Welle 1)', '2027-03-31'));
    expect(first.status).toBe(200);
    const second = await post(steering, 'milestone.update', milestoneInput(m, 'Schulung entfällt'));
    expect(second.status).toBe(409);
    expect(second.body.error!.data.code).toBe('CONFLICT');
    expect(second.body.error!.data.details).toEqual({ currentVersion: m.version + 1, lastEditor: 'projektleitung.unna' });
    expect(second.body.error!.data.userMessage).toMatch(/^Inzwischen von projektleitung\.unna geändert/);

    const stored = server.testDb.db.select().from(milestones).where(eq(milestones.id, m.id)).get()!;
    expect(stored.title).toBe('Schulung der Key-User (Welle 1)');
    expect(stored.forecastDate).toBe('2027-03-31');
  });
});
