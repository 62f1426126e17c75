import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db';
import { auditLog, committees, kpis, kpiValues, projects, users } from '../../../db/schema';
import { callerAs } from '../../../tests/factories';
import { createTestDb, type TestDb } from '../../../tests/integration/test-db';
import { login } from '../auth';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

async function failure(promise: Promise<unknown>): Promise<{ code: string; userMessage: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { userMessage?: string; issues?: { message: string }[] } | undefined;
    return { code: error.code, userMessage: cause?.userMessage ?? cause?.issues?.[0]?.message ?? error.message };
  }
  throw new Error('expected the call to fail');
}

const steering = () => callerAs(t.db, 'steuerung.unna');
const programmeId = async () => (await steering().portfolio.programmes())[0]!.id;
const projectByTitle = (db: Db, title: string) => db.select().from(projects).where(eq(projects.title, title)).get()!;
const dms = () => projectByTitle(t.db, 'Elektronische Akte | Dokumenten-Management-System (DMS)');

describe('[EDIT] dependencies', () => {
  it('refuses a cycle with a German message that names the circle', async () => {
    // Seed: 32 → 33 → 34 (DMS sub-projects). Making 34 a predecessor of 32 closes a circle.
    const children = t.db.select().from(projects).where(eq(projects.parentId, dms().id)).all();
    const [first, , last] = children.sort((a, b) => a.id - b.id);
    const refused = await failure(steering().dependency.add({ predecessorId: last!.id, successorId: first!.id }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.userMessage).toMatch(/^Diese Abhängigkeit würde einen Kreis bilden: „.+“ → „.+“ → „.+“ → „.+“\./);
  });

  it('refuses a self-dependency and a duplicate, and audits add and remove', async () => {
    const p = dms();
    expect((await failure(steering().dependency.add({ predecessorId: p.id, successorId: p.id }))).userMessage).toBe(
      'Ein Projekt kann nicht von sich selbst abhängen.',
    );
    const other = projectByTitle(t.db, 'Elektronischer Zugang (Postfach)');
    await steering().dependency.add({ predecessorId: other.id, successorId: p.id });
    expect((await failure(steering().dependency.add({ predecessorId: other.id, successorId: p.id }))).userMessage).toBe(
      'Diese Abhängigkeit ist bereits erfasst.',
    );
    await steering().dependency.remove({ predecessorId: other.id, successorId: p.id });
    const history = await steering().audit.projectHistory({ projectId: other.id });
    expect(history.slice(0, 2).map((h) => h.entity)).toEqual(['dependency', 'dependency']);
  });
});

describe('[EDIT] goals follow W → L → M', () => {
  it('refuses an output goal without parent or under a measure, accepts a measure under an output goal', async () => {
    const pid = await programmeId();
    const s = await steering().programmeInfo.structure({ programmeId: pid });
    const impact = s.goals.find((g) => g.kind === 'impact')!;
    const measure = s.goals.find((g) => g.kind === 'measure')!;
    const base = { programmeId: pid, text: 'Test', dueDate: null, projectIds: [] };
    expect((await failure(steering().goal.create({ ...base, kind: 'output', key: 'L-T1', parentId: null }))).code).toBe('BAD_REQUEST');
    expect((await failure(steering().goal.create({ ...base, kind: 'output', key: 'L-T1', parentId: measure.id }))).userMessage).toBe(
      'Ein Leistungsziel gehört zu einem Wirkungsziel.',
    );
    const output = await steering().goal.create({ ...base, kind: 'output', key: 'L-T1', parentId: impact.id });
    const m = await steering().goal.create({ ...base, kind: 'measure', key: 'M-T1', parentId: output.id, projectIds: [dms().id] });
    expect(m.parentId).toBe(output.id);
  });

  it('deleting a goal takes the goals below and keeps their KPIs (without goal)', async () => {
    const pid = await programmeId();
    const s = await steering().programmeInfo.structure({ programmeId: pid });
    const output = s.goals.find((g) => g.key === 'L-T1')!;
    const kpi = await steering().kpi.create({ programmeId: pid, key: 'K-T1', title: 'Testkennzahl', unit: 'count', goalId: output.id, values: [] });
    const impact = await steering().goal.deletionImpact({ id: output.id });
    expect(impact.deleted.map((i) => i.label)).toEqual(['1 untergeordnetes Ziel', '1 Zuordnung zu einem Projekt']);
    expect(impact.detached.map((i) => i.label)).toEqual(['1 Kennzahl']);
    await steering().goal.delete({ id: output.id, version: output.version, confirm: true });
    const kept = t.db.select().from(kpis).where(eq(kpis.id, kpi.id)).get()!;
    expect(kept.goalId).toBeNull();
    expect(kept.organisationId).toBe(output.organisationId);
  });
});

describe('[EDIT] KPIs', () => {
  it('"Ist-Wert erfassen" writes one year and keeps the plan; an update replaces the yearly values', async () => {
    const pid = await programmeId();
    const kpi = await steering().kpi.create({
      programmeId: pid,
      key: 'K-T2',
      title: 'Arbeitsplätze mit DMS',
      unit: 'count',
      goalId: null,
      values: [{ year: 2025, plan: 300, actual: null }, { year: 2026, plan: 500, actual: null }],
    });
    const recorded = await steering().kpi.recordActual({ id: kpi.id, version: kpi.version, year: 2026, actual: 420 });
    expect(recorded.version).toBe(kpi.version + 1);
    const values = () => t.db.select().from(kpiValues).where(eq(kpiValues.kpiId, kpi.id)).all().sort((a, b) => a.year - b.year);
    expect(values().map((v) => [v.year, v.plan, v.actual])).toEqual([[2025, 300, null], [2026, 500, 420]]);
    await steering().kpi.update({ ...recorded, values: [{ year: 2026, plan: 500, actual: 450 }] });
    expect(values().map((v) => [v.year, v.plan, v.actual])).toEqual([[2026, 500, 450]]);
    expect((await failure(steering().kpi.update({ ...recorded, version: recorded.version + 1, values: [{ year: 2026, plan: 1, actual: 1 }, { year: 2026, plan: 2, actual: 2 }] }))).userMessage).toBe(
      'Jedes Jahr darf nur einmal vorkommen.',
    );
  });
});

describe('[EDIT] decisions, obligations and their project links', () => {
  it('a new committee name creates the committee; links stay inside the organisation', async () => {
    const pid = await programmeId();
    const decision = await steering().decision.create({
      programmeId: pid,
      committee: 'Ausschuss für Digitalisierung',
      date: '2026-10-15',
      subject: 'Sachstandsbericht Digitalisierung',
      outcome: 'zur Kenntnis genommen',
      projectIds: [dms().id],
    });
    expect(t.db.select().from(committees).where(eq(committees.id, decision.committeeId)).get()!.name).toBe('Ausschuss für Digitalisierung');
    const werlProject = (await callerAs(t.db, 'steuerung.werl').portfolio.projects())[0]!;
    const s = await steering().programmeInfo.structure({ programmeId: pid });
    const d = s.decisions.find((x) => x.id === decision.id)!;
    expect((await failure(steering().decision.update({ ...d, projectIds: [werlProject.id] }))).code).toBe('NOT_FOUND');
    const o = s.obligations[0]!;
    expect((await failure(steering().obligation.update({ ...o, projectIds: [werlProject.id] }))).code).toBe('NOT_FOUND');
  });
});

describe('[EDIT] projects and milestones', () => {
  it('a new milestone takes its planned date as baseline', async () => {
    const m = await steering().milestone.create({ projectId: dms().id, title: 'Ausschreibung', plannedDate: '2027-05-31', phase: 'Vorbereitung' });
    expect(m).toMatchObject({ baselineDate: '2027-05-31', forecastDate: null, actualDate: null, key: expect.stringMatching(/^MS-\d+$/) });
  });

  it('"Meilenstein erreicht" defaults to today', async () => {
    const m = await steering().milestone.create({ projectId: dms().id, title: 'Abnahme', plannedDate: '2026-11-30', phase: null });
    const reached = await callerAs(t.db, 'projektleitung.unna', '2026-11-23').milestone.markReached({ id: m.id, version: m.version });
    expect(reached.actualDate).toBe('2026-11-23');
  });

  it('a lead creates sub-projects of its own project only and cannot change structural fields', async () => {
    const lead = callerAs(t.db, 'projektleitung.unna');
    const p = dms();
    const child = await lead.project.create({
      fieldOfActionId: p.fieldOfActionId,
      parentId: p.id,
      title: 'Teilziel DMS: Scan-Arbeitsplätze',
      code: null,
      description: null,
      responsibleUnit: null,
      responsiblePerson: null,
      involvedParties: null,
      maturity: 1,
      leadUserId: null,
    });
    expect(child).toMatchObject({ parentId: p.id, programmeId: p.programmeId });
    expect((await failure(lead.project.create({ ...child, key: null, parentId: null, leadUserId: null, maturity: 1 }))).code).toBe('FORBIDDEN');
    const other = t.db.select().from(projects).where(eq(projects.programmeId, p.programmeId)).all().find((x) => x.fieldOfActionId !== p.fieldOfActionId)!;
    expect((await failure(lead.project.update({ id: p.id, version: p.version, title: p.title, maturity: 2, fieldOfActionId: other.fieldOfActionId }))).code).toBe('FORBIDDEN');
  });

  it('deleting a project lists and takes everything below it', async () => {
    const p = dms();
    const impact = await steering().project.deletionImpact({ id: p.id });
    expect(impact.subject).toBe(`dem Projekt „${p.title}“`);
    const labels = impact.deleted.map((i) => i.label);
    expect(labels[0]).toBe('4 Teilprojekte');
    expect(labels).toContain('2 Budgetzeilen');
    expect(labels.some((l) => /^\d+ Meilensteine?$/.test(l))).toBe(true);
    expect((await failure(steering().project.delete({ id: p.id, version: p.version, confirm: false as never }))).code).toBe('BAD_REQUEST');
    await steering().project.delete({ id: p.id, version: p.version, confirm: true });
    expect(t.db.select().from(projects).where(eq(projects.parentId, p.id)).all()).toEqual([]);
    const row = t.db.select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;
    expect(row).toMatchObject({ action: 'delete', entity: 'project', entityId: p.id, summary: `Projekt „${p.title}“ gelöscht` });
    expect((row.before as { deletedWithIt: Record<string, number> }).deletedWithIt.subProjects).toBe(4);
  });

  it('deleting a field of action lists its projects first', async () => {
    const pid = await programmeId();
    const field = (await steering().programmeInfo.structure({ programmeId: pid })).fieldsOfAction.find((f) => f.projectCount > 0)!;
    const impact = await steering().fieldOfAction.deletionImpact({ id: field.id });
    expect(impact.deleted[0]!.label).toMatch(/^\d+ Projekte?$/);
  });
});

describe('[EDIT] user administration', () => {
  const admin = () => callerAs(t.db, 'admin.unna');
  const userRow = (username: string) => t.db.select().from(users).where(eq(users.username, username)).get()!;

  it('creates a user with an Argon2 hash and never returns it', async () => {
    const created = await admin().user.create({ username: 'max.muster', displayName: 'Max Muster', role: 'lead', password: 'ein-sicheres-passwort' });
    expect(created).not.toHaveProperty('passwordHash');
    expect(userRow('max.muster').passwordHash).toMatch(/^\$argon2id\$/);
    expect((await failure(admin().user.create({ username: 'max.muster', displayName: 'X', role: 'lead', password: 'ein-sicheres-passwort' }))).userMessage).toBe(
      'Dieser Benutzername ist bereits vergeben.',
    );
    expect((await failure(admin().user.create({ username: 'kurz', displayName: 'X', role: 'lead', password: 'kurz' }))).userMessage).toBe(
      'Das Passwort braucht mindestens 12 Zeichen.',
    );
  });

  it('refuses to change its own role or deactivate itself', async () => {
    const me = userRow('admin.unna');
    expect((await failure(admin().user.changeRole({ id: me.id, version: me.version, role: 'board' }))).code).toBe('BAD_REQUEST');
    expect((await failure(admin().user.deactivate({ id: me.id, version: me.version }))).code).toBe('BAD_REQUEST');
  });

  it('a deactivated user cannot log in; a reset password replaces the old one', async () => {
    const max = userRow('max.muster');
    await login(t.db, 'max.muster', 'ein-sicheres-passwort');
    const deactivated = await admin().user.deactivate({ id: max.id, version: max.version });
    await expect(login(t.db, 'max.muster', 'ein-sicheres-passwort')).rejects.toThrow();
    const active = await admin().user.activate({ id: max.id, version: deactivated.version });
    await admin().user.resetPassword({ id: max.id, version: active.version, password: 'ein-ganz-neues-passwort' });
    await expect(login(t.db, 'max.muster', 'ein-sicheres-passwort')).rejects.toThrow();
    const session = await login(t.db, 'max.muster', 'ein-ganz-neues-passwort');
    expect(session.user.username).toBe('max.muster');
  });
});
