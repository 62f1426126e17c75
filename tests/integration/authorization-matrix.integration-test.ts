import { TRPCError } from '@trpc/server';
import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db';
import {
  auditLog,
  budgetLines,
  committees,
  decisions,
  fieldsOfAction,
  goals,
  kpis,
  legalObligations,
  milestones,
  organisations,
  programmes,
  projectDependencies,
  projects,
  statusOverrides,
  users,
} from '../../db/schema';
import { appRouter } from '../../server/routers';
import { systemActor } from '../../server/services/actor';
import { exportProgramme } from '../../server/services/programme-export';
import { generateReport } from '../../server/services/reports/generate';
import { releaseReport } from '../../server/services/reports/release';
import { ZReportGenerate } from '../../shared/schemas/report-request';
import { DEFAULT_STATUS_THRESHOLDS } from '../../shared/status';
import { ROLES, type TRole } from '../../shared/schemas/domain';
import { callerAs } from '../factories';
import { createTestDb, type TestDb } from './test-db';

/**
 * Who may call which mutation, as a table. Every mutation of the app router needs an entry: a
 * new mutation without one fails the first test, so nothing slips through unreviewed.
 *
 * For each mutation: `target(db, org)` builds a valid input aimed at a row of `org` (creating
 * fixture rows directly where the seed has none; for mutations a project lead may call, a row of
 * a project that org's demo lead leads). Then
 *  - every role of Unna calls it on an Unna target: allowed roles succeed and write one audit
 *    row, the others get FORBIDDEN and nothing changes;
 *  - every role of Unna calls it on a Werl target and every role of Werl on an Unna target:
 *    NOT_FOUND for roles that hold the permission (no existence leak), FORBIDDEN otherwise;
 *  - the allowed roles of Werl succeed on a Werl target (so the Werl input is valid and the
 *    NOT_FOUND above is the organisation boundary, not a broken input);
 *  - where a lead may call it: on a project the lead does not lead, FORBIDDEN.
 */

type Org = 'unna' | 'werl';
type Input = (db: Db, org: Org) => unknown;
type AsyncInput = (db: Db, org: Org) => unknown | Promise<unknown>;

interface MatrixEntry {
  /** Roles that may call the mutation on a target inside their own organisation. */
  allowed: readonly TRole[];
  /** `row`: the input names rows; `organisation`: it names none (the actor's organisation applies). */
  scope: 'row' | 'organisation' | 'session' | 'public';
  target?: AsyncInput;
  /** For mutations a lead may call: a target in the lead's organisation that it does not lead. */
  notLedByLead?: Input;
  /** Audit rows an allowed call writes (default exactly 1; `atLeastOne` where a call may record more). */
  auditRows?: number | 'atLeastOne';
}

const ROLE_PREFIX: Record<TRole, string> = {
  admin: 'admin',
  steering: 'steuerung',
  lead: 'projektleitung',
  board: 'vorstand',
  committee: 'ausschuss',
};
const username = (role: TRole, org: Org) => `${ROLE_PREFIX[role]}.${org}`;

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

/* Fixture lookups and rows (written directly, without audit, so only the call under test audits). */

function orgIdOf(db: Db, org: Org): number {
  return db.select().from(organisations).where(eq(organisations.key, org)).get()!.id;
}
function userOf(db: Db, name: string) {
  return db.select().from(users).where(eq(users.username, name)).get()!;
}
function programmeOf(db: Db, org: Org) {
  return db.select().from(programmes).where(eq(programmes.organisationId, orgIdOf(db, org))).get()!;
}
/** A top-level project the organisation's demo lead leads. */
function ledProject(db: Db, org: Org) {
  const lead = userOf(db, username('lead', org));
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.leadUserId, lead.id), isNull(projects.parentId)))
    .get()!;
}
/** A top-level project nobody leads (so a lead may not edit it). */
function unledProject(db: Db, org: Org) {
  return db
    .select()
    .from(projects)
    .where(and(eq(projects.organisationId, orgIdOf(db, org)), isNull(projects.leadUserId), isNull(projects.parentId)))
    .get()!;
}
function insertMilestone(db: Db, project: { id: number; organisationId: number }) {
  return db
    .insert(milestones)
    .values({ organisationId: project.organisationId, projectId: project.id, key: unique('ms'), title: 'Testmeilenstein' })
    .returning()
    .get();
}
function insertBudgetLine(db: Db, project: { id: number; organisationId: number; programmeId: number }) {
  return db
    .insert(budgetLines)
    .values({ organisationId: project.organisationId, programmeId: project.programmeId, projectId: project.id, year: 2026, kind: 'consumptive', plan: 1000 })
    .returning()
    .get();
}
function insertKpi(db: Db, org: Org) {
  const programme = programmeOf(db, org);
  return db
    .insert(kpis)
    .values({ organisationId: programme.organisationId, programmeId: programme.id, key: unique('K'), title: 'Testkennzahl', unit: 'count' })
    .returning()
    .get();
}
function insertGoal(db: Db, org: Org) {
  const programme = programmeOf(db, org);
  return db
    .insert(goals)
    .values({ organisationId: programme.organisationId, programmeId: programme.id, key: unique('W'), kind: 'impact', text: 'Testziel' })
    .returning()
    .get();
}
function insertOverride(db: Db, project: { id: number; organisationId: number }) {
  return db
    .insert(statusOverrides)
    .values({
      organisationId: project.organisationId,
      projectId: project.id,
      status: 'red',
      justification: 'Test',
      authorName: 'Test',
      validFrom: '2026-11-01',
    })
    .returning()
    .get();
}
function firstOf<T extends { organisationId: number }>(rows: T[], db: Db, org: Org): T {
  const id = orgIdOf(db, org);
  return rows.find((r) => r.organisationId === id)!;
}
/** Two projects of the organisation with no dependency between them or anywhere near them. */
function independentPair(db: Db, org: Org) {
  const linked = db.select().from(projectDependencies).all().flatMap((d) => [d.predecessorId, d.successorId]);
  const free = db
    .select()
    .from(projects)
    .where(and(eq(projects.organisationId, orgIdOf(db, org)), notInArray(projects.id, linked.length ? linked : [0])))
    .all();
  return { predecessorId: free[0]!.id, successorId: free[1]!.id };
}

/** A programme exported in the exchange format, as the import expects an upload. */
function exchangeUpload(db: Db, org: Org) {
  const programme = programmeOf(db, org);
  const document = exportProgramme(db, programme.organisationId, programme.id);
  return {
    fileName: 'programm.json',
    format: 'json',
    contentBase64: Buffer.from(JSON.stringify(document)).toString('base64'),
    target: { kind: 'existing', programmeId: programme.id },
  };
}

function reportRequest(db: Db, org: Org) {
  const programme = programmeOf(db, org);
  const committee = db.select().from(committees).where(eq(committees.organisationId, programme.organisationId)).get()!;
  return { programmeId: programme.id, committee: { kind: 'existing', committeeId: committee.id }, asOfDate: '2026-11-01' };
}

/** A draft (or released) report of the organisation, generated once per database. */
const reports = new WeakMap<Db, Map<string, number>>();
async function reportOf(db: Db, org: Org, state: 'draft' | 'released'): Promise<number> {
  const cache = reports.get(db) ?? new Map<string, number>();
  reports.set(db, cache);
  const key = `${org}:${state}`;
  if (!cache.has(key)) {
    const actor = systemActor(programmeOf(db, org).organisationId, 'Test');
    const draft = await generateReport(db, actor, ZReportGenerate.parse(reportRequest(db, org)), '2026-11-23');
    if (state === 'released') releaseReport(db, actor, { id: draft.id });
    cache.set(key, draft.id);
  }
  return cache.get(key)!;
}

const milestoneUpdate = (m: { id: number; version: number }) => ({
  id: m.id,
  version: m.version,
  title: 'Geänderter Meilenstein',
  plannedDate: '2027-03-31',
  baselineDate: null,
  forecastDate: null,
  actualDate: null,
  phase: null,
});
const budgetUpdate = (b: { id: number; version: number; projectId: number | null }) => ({
  id: b.id,
  version: b.version,
  projectId: b.projectId,
  year: 2027,
  kind: 'investive' as const,
  fundingSource: 'Haushalt',
  description: null,
  plan: 5000,
  actual: null,
  positions: null,
});
const projectCreate = (parent: { id: number; fieldOfActionId: number }) => ({
  fieldOfActionId: parent.fieldOfActionId,
  parentId: parent.id,
  title: 'Neues Teilprojekt',
  code: null,
  description: null,
  responsibleUnit: null,
  responsiblePerson: null,
  involvedParties: null,
  plannedStart: null,
  plannedEnd: null,
  maturity: 1 as const,
  leadUserId: null,
});
const projectUpdate = (p: { id: number; version: number; title: string }) => ({ id: p.id, version: p.version, title: `${p.title} (geändert)`, maturity: 2 as const });

const steeringOnly = ['steering'] as const;
const steeringAndLead = ['steering', 'lead'] as const;

const MATRIX: Record<string, MatrixEntry> = {
  'auth.login': { allowed: [], scope: 'public' },
  'auth.logout': { allowed: ROLES, scope: 'session', auditRows: 0 },

  'project.create': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => projectCreate(ledProject(db, org)),
    notLedByLead: (db, org) => projectCreate(unledProject(db, org)),
  },
  'project.update': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => projectUpdate(ledProject(db, org)),
    notLedByLead: (db, org) => projectUpdate(unledProject(db, org)),
  },
  'project.changeMaturity': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ id: ledProject(db, org).id, version: ledProject(db, org).version, maturity: 3 }),
    notLedByLead: (db, org) => ({ id: unledProject(db, org).id, version: unledProject(db, org).version, maturity: 3 }),
  },
  'project.delete': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ id: ledProject(db, org).id, version: ledProject(db, org).version, confirm: true }),
  },

  'milestone.create': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ projectId: ledProject(db, org).id, title: 'Neuer Meilenstein', plannedDate: '2027-06-30', phase: null }),
    notLedByLead: (db, org) => ({ projectId: unledProject(db, org).id, title: 'Neuer Meilenstein', phase: null }),
  },
  'milestone.update': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => milestoneUpdate(insertMilestone(db, ledProject(db, org))),
    notLedByLead: (db, org) => milestoneUpdate(insertMilestone(db, unledProject(db, org))),
  },
  'milestone.markReached': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ id: insertMilestone(db, ledProject(db, org)).id, version: 1 }),
    notLedByLead: (db, org) => ({ id: insertMilestone(db, unledProject(db, org)).id, version: 1 }),
  },
  'timeline.reschedule': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ kind: 'milestone', id: insertMilestone(db, ledProject(db, org)).id, version: 1, newDate: '2027-03-31' }),
    notLedByLead: (db, org) => ({ kind: 'projectEnd', id: unledProject(db, org).id, version: unledProject(db, org).version, newDate: '2030-12-31' }),
  },
  'milestone.delete': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ id: insertMilestone(db, ledProject(db, org)).id, version: 1, confirm: true }),
    notLedByLead: (db, org) => ({ id: insertMilestone(db, unledProject(db, org)).id, version: 1, confirm: true }),
  },

  'budget.create': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ ...budgetUpdate({ id: 0, version: 0, projectId: ledProject(db, org).id }), id: undefined, version: undefined, programmeId: programmeOf(db, org).id }),
    notLedByLead: (db, org) => ({ ...budgetUpdate({ id: 0, version: 0, projectId: unledProject(db, org).id }), id: undefined, version: undefined, programmeId: programmeOf(db, org).id }),
  },
  'budget.update': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => budgetUpdate(insertBudgetLine(db, ledProject(db, org))),
    notLedByLead: (db, org) => budgetUpdate(insertBudgetLine(db, unledProject(db, org))),
  },
  'budget.delete': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ id: insertBudgetLine(db, ledProject(db, org)).id, version: 1, confirm: true }),
    notLedByLead: (db, org) => ({ id: insertBudgetLine(db, unledProject(db, org)).id, version: 1, confirm: true }),
  },

  'dependency.add': { allowed: steeringOnly, scope: 'row', target: (db, org) => independentPair(db, org) },
  'dependency.remove': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const d = firstOf(db.select().from(projectDependencies).all(), db, org);
      return { predecessorId: d.predecessorId, successorId: d.successorId };
    },
  },

  'programmeInfo.update': {
    allowed: ['admin', 'steering'],
    scope: 'row',
    target: (db, org) => {
      const p = programmeOf(db, org);
      return { id: p.id, version: p.version, title: `${p.title} (Fortschreibung)`, versionLabel: '2. Fortschreibung', asOfDate: '2026-11-01', leadUnit: p.leadUnit, description: p.description };
    },
  },
  'fieldOfAction.create': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ programmeId: programmeOf(db, org).id, title: 'Neues Handlungsfeld', description: null }),
  },
  'fieldOfAction.update': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const f = firstOf(db.select().from(fieldsOfAction).all(), db, org);
      return { id: f.id, version: f.version, title: `${f.title} (neu)`, description: null, sortOrder: f.sortOrder };
    },
  },
  'fieldOfAction.delete': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const f = firstOf(db.select().from(fieldsOfAction).all(), db, org);
      return { id: f.id, version: f.version, confirm: true };
    },
  },

  'goal.create': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ programmeId: programmeOf(db, org).id, kind: 'impact', key: unique('W'), text: 'Neues Wirkungsziel', parentId: null, dueDate: null, projectIds: [] }),
  },
  'goal.update': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const g = insertGoal(db, org);
      return { id: g.id, version: g.version, key: g.key, text: 'Geändertes Ziel', parentId: null, dueDate: '2030-12-31', projectIds: [] };
    },
  },
  'goal.delete': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ id: insertGoal(db, org).id, version: 1, confirm: true }),
  },

  'kpi.create': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ programmeId: programmeOf(db, org).id, key: unique('K'), title: 'Neue Kennzahl', unit: 'count', goalId: null, values: [{ year: 2026, plan: 10, actual: null }] }),
  },
  'kpi.update': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const k = insertKpi(db, org);
      return { id: k.id, version: k.version, key: k.key, title: 'Geänderte Kennzahl', unit: 'percent', goalId: null, values: [{ year: 2026, plan: 80, actual: 75 }] };
    },
  },
  'kpi.recordActual': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ id: insertKpi(db, org).id, version: 1, year: 2026, actual: 42 }),
  },
  'kpi.delete': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ id: insertKpi(db, org).id, version: 1, confirm: true }),
  },

  'obligation.create': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ programmeId: programmeOf(db, org).id, law: 'OZG', paragraph: '§ 1', title: 'Online-Zugang', description: null, deadline: '2022-12-31', bindingness: 'mandatory', projectIds: [] }),
  },
  'obligation.update': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const o = firstOf(db.select().from(legalObligations).all(), db, org);
      return { id: o.id, version: o.version, law: o.law, paragraph: o.paragraph, title: `${o.title} (neu)`, description: o.description, deadline: o.deadline, bindingness: o.bindingness, projectIds: [ledProject(db, org).id] };
    },
  },
  'obligation.delete': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const o = firstOf(db.select().from(legalObligations).all(), db, org);
      return { id: o.id, version: o.version, confirm: true };
    },
  },

  'decision.create': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => ({ programmeId: programmeOf(db, org).id, committee: 'Digitalisierungsausschuss', date: '2026-10-01', subject: 'Sachstand', outcome: null, projectIds: [ledProject(db, org).id] }),
  },
  'decision.update': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const d = firstOf(db.select().from(decisions).all(), db, org);
      return { id: d.id, version: d.version, committee: 'Hauptausschuss', date: d.date, subject: d.subject, outcome: 'zur Kenntnis genommen', projectIds: [] };
    },
  },
  'decision.delete': {
    allowed: steeringOnly,
    scope: 'row',
    target: (db, org) => {
      const d = firstOf(db.select().from(decisions).all(), db, org);
      return { id: d.id, version: d.version, confirm: true };
    },
  },

  'user.create': {
    allowed: ['admin'],
    scope: 'organisation',
    target: () => ({ username: unique('neu.person'), displayName: 'Neue Person', role: 'board', password: 'ein-sicheres-passwort' }),
  },
  'user.changeRole': {
    allowed: ['admin'],
    scope: 'row',
    target: (db, org) => {
      const u = userOf(db, username('committee', org));
      return { id: u.id, version: u.version, role: 'board' };
    },
  },
  'user.deactivate': {
    allowed: ['admin'],
    scope: 'row',
    target: (db, org) => {
      const u = userOf(db, username('board', org));
      return { id: u.id, version: u.version };
    },
  },
  'user.activate': {
    allowed: ['admin'],
    scope: 'row',
    target: (db, org) => {
      const u = userOf(db, username('board', org));
      db.update(users).set({ active: false }).where(eq(users.id, u.id)).run();
      return { id: u.id, version: u.version };
    },
  },
  'user.resetPassword': {
    allowed: ['admin'],
    scope: 'row',
    target: (db, org) => {
      const u = userOf(db, username('board', org));
      return { id: u.id, version: u.version, password: 'ein-neues-passwort-2026' };
    },
  },

  'statusUpdate.create': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ projectId: ledProject(db, org).id, status: 'amber', text: 'Verzögerung bei der Ausschreibung' }),
    notLedByLead: (db, org) => ({ projectId: unledProject(db, org).id, status: 'amber', text: 'Verzögerung' }),
  },
  'status.setOverride': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ projectId: ledProject(db, org).id, status: 'red', justification: 'Ausschreibung gescheitert', expiresAt: null }),
    notLedByLead: (db, org) => ({ projectId: unledProject(db, org).id, status: 'red', justification: 'Test', expiresAt: null }),
  },
  'status.revokeOverride': {
    allowed: steeringAndLead,
    scope: 'row',
    target: (db, org) => ({ overrideId: insertOverride(db, ledProject(db, org)).id }),
    notLedByLead: (db, org) => ({ overrideId: insertOverride(db, unledProject(db, org)).id }),
  },
  'exchange.preview': { allowed: steeringOnly, scope: 'row', target: exchangeUpload, auditRows: 0 },
  'exchange.applyImport': { allowed: steeringOnly, scope: 'row', target: exchangeUpload, auditRows: 'atLeastOne' },
  'report.generate': { allowed: steeringOnly, scope: 'row', target: reportRequest, auditRows: 'atLeastOne' },
  'report.release': { allowed: steeringOnly, scope: 'row', target: async (db, org) => ({ id: await reportOf(db, org, 'draft') }), auditRows: 'atLeastOne' },
  'report.deleteDraft': { allowed: steeringOnly, scope: 'row', target: async (db, org) => ({ id: await reportOf(db, org, 'draft') }) },
  'report.supersede': { allowed: steeringOnly, scope: 'row', target: async (db, org) => ({ id: await reportOf(db, org, 'released') }), auditRows: 'atLeastOne' },
  'programme.updateThresholds': {
    allowed: ['admin', 'steering'],
    scope: 'row',
    target: (db, org) => {
      const p = programmeOf(db, org);
      return { programmeId: p.id, version: p.version, thresholds: { ...DEFAULT_STATUS_THRESHOLDS, milestoneRedOverdueDays: 60 } };
    },
  },
};

/* Running the table */

const mutationPaths = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === 'mutation')
  .map(([path]) => path)
  .sort();

type AnyCaller = Record<string, unknown>;
async function call(db: Db, user: string | null, path: string, input: unknown): Promise<string | null> {
  const caller = callerAs(db, user) as unknown as AnyCaller;
  const fn = path.split('.').reduce<unknown>((node, part) => (node as AnyCaller)[part], caller) as (i: unknown) => Promise<unknown>;
  try {
    await fn(input);
    return null;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** Every row of every table except sessions: "nothing changed" means this is identical. */
function fingerprint(db: Db): string {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('sessions', '__drizzle_migrations') ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map((t) => [t.name, db.$client.prepare(`SELECT * FROM "${t.name}"`).raw().all()]), (_k, v: unknown) =>
    Buffer.isBuffer(v) ? v.length : v,
  );
}

function auditCount(db: Db): number {
  return db.select().from(auditLog).all().length;
}

/** Runs the call and returns its error code; a refused call must leave the database as it was. */
async function refused(db: Db, user: string, path: string, input: unknown): Promise<string | null> {
  const before = fingerprint(db);
  const code = await call(db, user, path, input);
  if (code !== null) expect(fingerprint(db), `${user} ${path} was refused but changed data`).toBe(before);
  return code;
}

function withFreshDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const t = createTestDb();
  return fn(t.db).finally(() => t.close());
}

describe('[AUTHZ] the matrix covers the app router', () => {
  it('has an entry for every mutation (add one for a new mutation)', () => {
    expect(mutationPaths.filter((path) => !MATRIX[path])).toEqual([]);
  });
  it('has no entry for a mutation that no longer exists', () => {
    expect(Object.keys(MATRIX).filter((path) => !mutationPaths.includes(path))).toEqual([]);
  });
  it('knows the editing mutations', () => {
    expect(mutationPaths.length).toBeGreaterThanOrEqual(40);
  });
});

const ORGS: readonly Org[] = ['unna', 'werl'];

for (const path of mutationPaths) {
  const entry = MATRIX[path];
  if (!entry || entry.scope === 'public' || entry.scope === 'session') continue;
  const target = entry.target!;
  const expectedAudit = entry.auditRows ?? 1;

  describe(`[AUTHZ] ${path}`, () => {
    let shared: TestDb;
    beforeAll(() => {
      shared = createTestDb();
    });
    afterAll(() => shared.close());

    for (const org of ORGS) {
      for (const role of ROLES) {
        const user = username(role, org);
        if (entry.allowed.includes(role)) {
          it(`${user} may call it on a target of its own organisation`, async () => {
            await withFreshDb(async (db) => {
              const input = await target(db, org);
              const audit = auditCount(db);
              expect(await call(db, user, path, input)).toBeNull();
              if (expectedAudit === 'atLeastOne') expect(auditCount(db) - audit, 'audit rows written').toBeGreaterThanOrEqual(1);
              else expect(auditCount(db) - audit, 'audit rows written').toBe(expectedAudit);
            });
          });
        } else if (org === 'unna') {
          it(`${user} is refused with FORBIDDEN`, async () => {
            expect(await refused(shared.db, user, path, await target(shared.db, org))).toBe('FORBIDDEN');
          });
        }
      }
    }

    if (entry.scope === 'row') {
      for (const [actorOrg, targetOrg] of [
        ['unna', 'werl'],
        ['werl', 'unna'],
      ] as const) {
        for (const role of ROLES) {
          const user = username(role, actorOrg);
          const expected = entry.allowed.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN';
          it(`${user} gets ${expected} on a target of ${targetOrg}, and nothing changes`, async () => {
            expect(await refused(shared.db, user, path, await target(shared.db, targetOrg))).toBe(expected);
          });
        }
      }
    }

    if (entry.notLedByLead) {
      const notLed = entry.notLedByLead;
      it('projektleitung.unna is refused with FORBIDDEN on a project it does not lead', async () => {
        expect(await refused(shared.db, 'projektleitung.unna', path, notLed(shared.db, 'unna'))).toBe('FORBIDDEN');
      });
    }
  });
}

describe('[AUTHZ] reads of the editing area stay inside the organisation', () => {
  let t: TestDb;
  beforeAll(() => {
    t = createTestDb();
  });
  afterAll(() => t.close());

  it.each([
    ['project.deletionImpact', (db: Db) => ({ id: ledProject(db, 'werl').id })],
    ['milestone.deletionImpact', (db: Db) => ({ id: insertMilestone(db, ledProject(db, 'werl')).id })],
    ['budget.deletionImpact', (db: Db) => ({ id: insertBudgetLine(db, ledProject(db, 'werl')).id })],
    ['goal.deletionImpact', (db: Db) => ({ id: insertGoal(db, 'werl').id })],
    ['kpi.deletionImpact', (db: Db) => ({ id: insertKpi(db, 'werl').id })],
    ['obligation.deletionImpact', (db: Db) => ({ id: firstOf(db.select().from(legalObligations).all(), db, 'werl').id })],
    ['decision.deletionImpact', (db: Db) => ({ id: firstOf(db.select().from(decisions).all(), db, 'werl').id })],
    ['fieldOfAction.deletionImpact', (db: Db) => ({ id: firstOf(db.select().from(fieldsOfAction).all(), db, 'werl').id })],
    ['programmeInfo.structure', (db: Db) => ({ programmeId: programmeOf(db, 'werl').id })],
    ['audit.projectHistory', (db: Db) => ({ projectId: ledProject(db, 'werl').id })],
  ] as const)('steuerung.unna gets NOT_FOUND from %s for a Werl id', async (path, input) => {
    expect(await call(t.db, 'steuerung.unna', path, input(t.db))).toBe('NOT_FOUND');
  });

  it('the user list never contains password hashes', async () => {
    const list = await callerAs(t.db, 'admin.unna').user.list();
    expect(list.length).toBeGreaterThan(0);
    expect(JSON.stringify(list)).not.toMatch(/argon2|passwordHash/);
    expect(list.every((u) => u.username.endsWith('.unna'))).toBe(true);
  });
});
