import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../db';
import { serializeProgrammeJson } from '../../exchange/json';
import { callerAs } from '../../../tests/factories';
import { createTestDb, type TestDb } from '../../../tests/integration/test-db';
import { exportProgramme } from '../programme-export';
import { loadBoardData, type BoardData } from './board-data';
import { boardSnapshot, clearBoardCache } from './cache';
import { WATCHED_TABLES } from './change-log';
import { boardQueries, boardQueriesFor } from './queries';

/**
 * After a write the cached board is patched rather than reloaded (cache.ts, board-patch.ts). The
 * safety net: after every kind of mutation the API offers — and after random sequences of them —
 * the board this connection serves must equal a fresh load of the same database, data and views
 * alike. The fresh side is a second connection with its cache cleared, so it shares nothing with
 * the incremental side but the file (and the engine memo, which is keyed by content).
 */

const TODAY = '2026-11-23';
/**
 * The seed's import and every KPI or obligation edit make the whole programme's earlier status
 * "unknown" within 30 days; two months on those audit rows are out of the window, so the overview
 * shows a transition for every project and a stale earlier status would show.
 */
const LATER = '2027-01-25';
const DATES = [TODAY, LATER];
let t: TestDb;
let reference: Db;
let organisationId: number;
let programmeId: number;

beforeAll(() => {
  t = createTestDb();
  reference = openDatabase(t.path, { migrate: false });
  const row = t.db.$client
    .prepare("SELECT o.id AS organisationId, p.id AS programmeId FROM organisations o JOIN programmes p ON p.organisation_id = o.id WHERE o.key = 'unna'")
    .get() as { organisationId: number; programmeId: number };
  ({ organisationId, programmeId } = row);
});
afterAll(() => {
  reference.$client.close();
  t.close();
});

const steering = () => callerAs(t.db, 'steuerung.unna', TODAY);

function one<T>(statement: string, ...params: unknown[]): T {
  const row = t.db.$client.prepare(statement).get(...params) as T | undefined;
  if (row === undefined) throw new Error(`no row for: ${statement}`);
  return row;
}

function all<T>(statement: string, ...params: unknown[]): T[] {
  return t.db.$client.prepare(statement).all(...params) as T[];
}

/** A project with sub-projects, one of them, a KPI whose goal some projects serve, an obligation with projects. */
const parentProject = () =>
  one<{ id: number; version: number }>(
    'SELECT id, version FROM projects WHERE organisation_id = ? AND parent_id IS NULL AND id IN (SELECT parent_id FROM projects WHERE parent_id IS NOT NULL) ORDER BY id LIMIT 1',
    organisationId,
  );
const subProject = () =>
  one<ProjectRow>('SELECT * FROM projects WHERE parent_id = ? ORDER BY id LIMIT 1', parentProject().id);
const servedKpi = () =>
  one<{ id: number; version: number; goalId: number }>(
    'SELECT k.id, k.version, k.goal_id AS goalId FROM kpis k WHERE k.organisation_id = ? AND k.goal_id IN (SELECT goal_id FROM project_goals) ORDER BY k.id LIMIT 1',
    organisationId,
  );
const linkedObligation = () =>
  one<{ id: number; version: number }>(
    'SELECT id, version FROM legal_obligations WHERE organisation_id = ? AND id IN (SELECT obligation_id FROM obligation_projects) ORDER BY id LIMIT 1',
    organisationId,
  );

interface ProjectRow {
  id: number;
  version: number;
  title: string;
  code: string | null;
  maturity: 1 | 2 | 3;
  planned_start: string | null;
  planned_end: string | null;
  field_of_action_id: number;
  parent_id: number | null;
}

async function views(db: Db) {
  const result = [];
  for (const date of DATES) {
    const board = callerAs(db, 'vorstand.unna', date).board;
    result.push({
      overview: await board.overview(),
      overviewOfProgramme: await board.overview({ programmeId }),
      portfolio: await board.portfolio(),
      deadlines: await board.deadlines(),
      goals: await board.goals(),
      projectStatus: await board.projectStatus({ projectId: subProject().id }),
    });
  }
  return result;
}

type Path = 'patched' | 'reloaded' | 'unchanged';

async function expectSameAsFreshLoad(before?: BoardData, path?: Path) {
  const incremental = boardSnapshot(t.db, organisationId, TODAY).data;
  clearBoardCache(reference);
  for (const date of DATES) {
    expect(boardSnapshot(t.db, organisationId, date).data).toStrictEqual(loadBoardData(reference, organisationId, date));
  }
  expect(await views(t.db)).toStrictEqual(await views(reference));
  // How the board got there: a patch keeps the objects it did not touch, a reload renews all.
  if (path === 'unchanged') expect(incremental).toBe(before);
  if (path === 'patched') {
    expect(incremental).not.toBe(before);
    expect(incremental.programmes).toBe(before!.programmes);
  }
  if (path === 'reloaded') expect(incremental.programmes).not.toBe(before!.programmes);
}

/** Reads everything (so the cache and its derived views are warm), writes, and compares. */
async function afterWrite(path: Path, write: () => unknown) {
  await views(t.db);
  const before = boardSnapshot(t.db, organisationId, TODAY).data;
  await write();
  await expectSameAsFreshLoad(before, path);
}

function projectUpdate(p: ProjectRow, fields: Record<string, unknown>) {
  return steering().project.update({
    id: p.id,
    version: p.version,
    title: p.title,
    code: p.code,
    maturity: p.maturity,
    plannedStart: p.planned_start,
    plannedEnd: p.planned_end,
    ...fields,
  });
}

const milestoneOf = (projectId: number) =>
  one<{ id: number; version: number }>('SELECT id, version FROM milestones WHERE project_id = ? ORDER BY id DESC LIMIT 1', projectId);
const anyMilestone = () =>
  one<{ id: number; version: number }>('SELECT id, version FROM milestones WHERE organisation_id = ? ORDER BY id LIMIT 1', organisationId);

const CASES: { name: string; path: Path; write: () => unknown }[] = [
  {
    name: 'a Statusmeldung',
    path: 'patched',
    write: () => steering().statusUpdate.create({ projectId: subProject().id, status: 'red', text: 'Verzug beim Dienstleister' }),
  },
  {
    name: 'a manual override',
    path: 'patched',
    write: () =>
      steering().status.setOverride({ projectId: parentProject().id, status: 'green', justification: 'Mit dem Lenkungskreis abgestimmt', expiresAt: '2027-03-31' }),
  },
  {
    name: 'revoking the override',
    path: 'patched',
    write: () => {
      const { id } = one<{ id: number }>('SELECT id FROM status_overrides WHERE project_id = ? AND revoked_at IS NULL', parentProject().id);
      return steering().status.revokeOverride({ overrideId: id });
    },
  },
  { name: 'a sub-project renamed (its parent cites it)', path: 'patched', write: () => projectUpdate(subProject(), { title: 'Umbenanntes Teilprojekt', code: '9.9' }) },
  { name: 'project fields the status ignores', path: 'patched', write: () => projectUpdate(subProject(), { responsibleUnit: 'FB 99', plannedEnd: '2028-12-31' }) },
  {
    name: 'a Reifegrad change (legal deadlines follow it)',
    path: 'patched',
    write: () => {
      const { id, version } = one<{ id: number; version: number }>(
        'SELECT id, version FROM projects WHERE id IN (SELECT project_id FROM obligation_projects) AND maturity < 3 ORDER BY id LIMIT 1',
      );
      return steering().project.changeMaturity({ id, version, maturity: 3 });
    },
  },
  {
    name: 'an overdue milestone created',
    path: 'patched',
    write: () => steering().milestone.create({ projectId: subProject().id, title: 'Abnahme', plannedDate: '2026-01-15', phase: null }),
  },
  {
    name: 'a milestone forecast behind its baseline',
    path: 'patched',
    write: () => {
      const m = one<{ id: number; version: number; title: string; planned_date: string | null; baseline_date: string | null }>(
        'SELECT * FROM milestones WHERE id = ?',
        milestoneOf(subProject().id).id,
      );
      return steering().milestone.update({
        id: m.id,
        version: m.version,
        title: m.title,
        plannedDate: m.planned_date,
        baselineDate: m.baseline_date,
        forecastDate: '2027-06-30',
        actualDate: null,
        phase: null,
      });
    },
  },
  { name: 'a milestone reached', path: 'patched', write: () => steering().milestone.markReached({ ...milestoneOf(subProject().id) }) },
  {
    name: 'a milestone moved in the Gantt',
    path: 'patched',
    write: () => steering().timeline.reschedule({ kind: 'milestone', ...milestoneOf(subProject().id), newDate: '2025-02-01' }),
  },
  {
    name: "a project's end moved in the Gantt",
    path: 'patched',
    write: () => steering().timeline.reschedule({ kind: 'projectEnd', id: subProject().id, version: subProject().version, newDate: '2029-06-30' }),
  },
  { name: 'a milestone deleted', path: 'patched', write: () => steering().milestone.delete({ ...milestoneOf(subProject().id), confirm: true }) },
  { name: 'a KPI actual recorded', path: 'patched', write: () => steering().kpi.recordActual({ ...servedKpi(), year: 2026, actual: 1 }) },
  {
    name: "a KPI's yearly values replaced",
    path: 'patched',
    write: () => {
      const k = servedKpi();
      const row = one<{ key: string; title: string; unit: 'count' }>('SELECT key, title, unit FROM kpis WHERE id = ?', k.id);
      return steering().kpi.update({ id: k.id, version: k.version, ...row, goalId: k.goalId, values: [{ year: 2025, plan: 100, actual: 10 }] });
    },
  },
  {
    name: 'a direct SQL write without an audit row',
    path: 'patched',
    write: () => t.db.$client.prepare("UPDATE milestones SET planned_date = '2024-01-01', actual_date = NULL WHERE id = ?").run(anyMilestone().id),
  },
  {
    name: 'a sub-project moved to another field of action',
    path: 'reloaded',
    write: () => {
      const other = one<{ id: number }>('SELECT id FROM fields_of_action WHERE programme_id = ? AND id <> ? ORDER BY id LIMIT 1', programmeId, subProject().field_of_action_id);
      return projectUpdate(subProject(), { fieldOfActionId: other.id });
    },
  },
  {
    name: 'a sub-project created',
    path: 'reloaded',
    write: () =>
      steering().project.create({
        fieldOfActionId: subProject().field_of_action_id,
        parentId: parentProject().id,
        title: 'Neues Teilprojekt',
        code: null,
        description: null,
        responsibleUnit: null,
        responsiblePerson: null,
        involvedParties: null,
        maturity: 1,
        leadUserId: null,
      }),
  },
  {
    name: 'a project deleted',
    path: 'reloaded',
    write: () => {
      const p = one<{ id: number; version: number }>("SELECT id, version FROM projects WHERE title = 'Neues Teilprojekt'");
      return steering().project.delete({ ...p, confirm: true });
    },
  },
  {
    name: 'a KPI created for a served goal',
    path: 'reloaded',
    write: () =>
      steering().kpi.create({ programmeId, key: 'K-NEU', title: 'Neue Kennzahl', unit: 'percent', goalId: servedKpi().goalId, values: [{ year: 2026, plan: 80, actual: 20 }] }),
  },
  {
    name: 'a KPI moved to another goal',
    path: 'reloaded',
    write: () => {
      const k = one<{ id: number; version: number; key: string; title: string; unit: 'percent' }>("SELECT id, version, key, title, unit FROM kpis WHERE key = 'K-NEU'");
      return steering().kpi.update({ ...k, goalId: null, values: [{ year: 2026, plan: 80, actual: 20 }] });
    },
  },
  {
    name: 'a KPI deleted',
    path: 'reloaded',
    write: () => steering().kpi.delete({ ...one<{ id: number; version: number }>("SELECT id, version FROM kpis WHERE key = 'K-NEU'"), confirm: true }),
  },
  {
    name: 'a goal created with projects',
    path: 'reloaded',
    write: () => {
      const impact = one<{ id: number }>("SELECT id FROM goals WHERE programme_id = ? AND kind = 'impact' ORDER BY id LIMIT 1", programmeId);
      return steering().goal.create({ programmeId, kind: 'output', key: 'L-NEU', parentId: impact.id, text: 'Neues Ziel', dueDate: null, projectIds: [subProject().id] });
    },
  },
  {
    name: 'the projects of a goal changed',
    path: 'reloaded',
    write: () => {
      const g = one<{ id: number; version: number; parentId: number; text: string }>("SELECT id, version, parent_id AS parentId, text FROM goals WHERE key = 'L-NEU'");
      return steering().goal.update({ ...g, key: 'L-NEU', dueDate: null, projectIds: [parentProject().id] });
    },
  },
  {
    name: 'a goal deleted',
    path: 'reloaded',
    write: () => steering().goal.delete({ ...one<{ id: number; version: number }>("SELECT id, version FROM goals WHERE key = 'L-NEU'"), confirm: true }),
  },
  {
    name: 'an obligation created with projects',
    path: 'reloaded',
    write: () =>
      steering().obligation.create({
        programmeId,
        law: 'EGovG NRW',
        paragraph: '§ 99',
        title: 'Neue Pflicht',
        description: null,
        deadline: '2026-06-30',
        bindingness: 'mandatory',
        projectIds: [subProject().id],
      }),
  },
  {
    name: 'the deadline and projects of an obligation changed',
    path: 'reloaded',
    write: () => {
      const o = linkedObligation();
      const row = one<{ law: string; paragraph: string; title: string; bindingness: 'mandatory' }>('SELECT law, paragraph, title, bindingness FROM legal_obligations WHERE id = ?', o.id);
      return steering().obligation.update({ ...o, ...row, description: null, deadline: '2025-01-01', projectIds: [parentProject().id, subProject().id] });
    },
  },
  {
    name: 'an obligation deleted',
    path: 'reloaded',
    write: () => steering().obligation.delete({ ...one<{ id: number; version: number }>("SELECT id, version FROM legal_obligations WHERE paragraph = '§ 99'"), confirm: true }),
  },
  {
    name: 'a field of action created, renamed and deleted',
    path: 'reloaded',
    write: async () => {
      const field = await steering().fieldOfAction.create({ programmeId, title: 'Neues Handlungsfeld', description: null });
      const renamed = await steering().fieldOfAction.update({ id: field.id, version: field.version, title: 'Umbenannt', description: null, sortOrder: 0 });
      await steering().fieldOfAction.delete({ id: renamed.id, version: renamed.version, confirm: true });
    },
  },
  {
    name: 'the Ampel thresholds changed',
    path: 'reloaded',
    write: async () => {
      const current = await steering().programme.thresholds({ programmeId });
      return steering().programme.updateThresholds({
        programmeId,
        version: current.version,
        thresholds: { ...current.thresholds, milestoneRedOverdueDays: current.thresholds.milestoneRedOverdueDays + 30 },
      });
    },
  },
  {
    name: 'the programme renamed',
    path: 'reloaded',
    write: async () => {
      const p = one<{ version: number; versionLabel: string | null; asOfDate: string | null; leadUnit: string | null; description: string | null }>(
        'SELECT version, version_label AS versionLabel, as_of_date AS asOfDate, lead_unit AS leadUnit, description FROM programmes WHERE id = ?',
        programmeId,
      );
      return steering().programmeInfo.update({ id: programmeId, ...p, title: 'Digitalisierungsprogramm (neu)' });
    },
  },
  {
    // Only a project's fields change: the import's rows are project rows, so the board is patched.
    name: 'a programme import',
    path: 'patched',
    write: async () => {
      const document = exportProgramme(t.db, organisationId, programmeId);
      document.projects[0]!.title = 'Titel aus dem Import';
      const content = Buffer.from(serializeProgrammeJson(document));
      const result = await steering().exchange.applyImport({
        fileName: 'programm.json',
        format: 'json',
        contentBase64: content.toString('base64'),
        target: { kind: 'existing', programmeId },
      });
      expect(result.ok).toBe(true);
    },
  },
  {
    name: 'a write of another connection (CLI, restore)',
    path: 'reloaded',
    write: () => reference.$client.prepare("UPDATE projects SET title = 'Von der Kommandozeile' WHERE id = ?").run(subProject().id),
  },
  {
    name: 'budget lines (not board data)',
    path: 'unchanged',
    write: async () => {
      const line = await steering().budget.create({
        programmeId,
        projectId: subProject().id,
        year: 2026,
        kind: 'investive',
        fundingSource: null,
        description: null,
        plan: 1000,
        actual: null,
        positions: null,
      });
      await steering().budget.delete({ id: line.id, version: line.version, confirm: true });
    },
  },
  {
    name: 'a decision and a dependency (not board data)',
    path: 'unchanged',
    write: async () => {
      await steering().decision.create({ programmeId, committee: 'Rat', date: '2026-11-01', subject: 'Beschluss', outcome: 'beschlossen', projectIds: [subProject().id] });
      const other = one<{ id: number }>('SELECT id FROM projects WHERE organisation_id = ? AND parent_id IS NULL AND id <> ? ORDER BY id LIMIT 1', organisationId, parentProject().id);
      await steering().dependency.add({ predecessorId: other.id, successorId: parentProject().id });
    },
  },
  {
    name: 'a login, a new user and session touches (not board data)',
    path: 'unchanged',
    write: async () => {
      await callerAs(t.db, null, TODAY).auth.login({ username: 'vorstand.unna', password: 'cockpit-demo' });
      await callerAs(t.db, 'admin.unna', TODAY).user.create({ username: 'neu.unna', displayName: 'Neue Person', role: 'board', password: 'ein-sicheres-passwort-2026' });
      t.db.$client.prepare('UPDATE sessions SET last_seen_at = last_seen_at + 1').run();
    },
  },
  {
    name: "Werl's writes",
    path: 'unchanged',
    write: () => {
      const werl = one<{ id: number }>("SELECT p.id FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE o.key = 'werl' ORDER BY p.id LIMIT 1");
      return callerAs(t.db, 'steuerung.werl', TODAY).statusUpdate.create({ projectId: werl.id, status: 'amber', text: 'Werl' });
    },
  },
];

describe('[BOARD] after every kind of write, the refreshed board equals a fresh load', () => {
  it.each(CASES.map((c) => [c.name, c.path, c.write] as const))('[BOARD] %s: %s, equal to a fresh load', async (_name, path, write) => {
    await afterWrite(path, write);
  });

  it('[BOARD] what a rolled-back transaction read is never kept', async () => {
    await views(t.db);
    const milestone = anyMilestone();
    let seenInside: BoardData | undefined;
    expect(() =>
      t.db.$client.transaction(() => {
        t.db.$client.prepare("UPDATE milestones SET planned_date = '2020-01-01', actual_date = NULL WHERE id = ?").run(milestone.id);
        seenInside = boardSnapshot(t.db, organisationId, TODAY).data;
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(seenInside).toBeDefined();
    await expectSameAsFreshLoad();
    expect(boardSnapshot(t.db, organisationId, TODAY).data).not.toBe(seenInside);
  });

  it('[BOARD] a connection whose first board read is inside a rolled-back transaction still sees every later write', () => {
    const other = openDatabase(t.path, { migrate: false });
    try {
      expect(() =>
        other.$client.transaction(() => {
          boardSnapshot(other, organisationId, TODAY);
          throw new Error('rolled back');
        })(),
      ).toThrow('rolled back');
      boardSnapshot(other, organisationId, TODAY);
      other.$client.prepare("UPDATE milestones SET planned_date = '2019-05-05', actual_date = NULL WHERE id = ?").run(anyMilestone().id);
      clearBoardCache(reference);
      expect(boardSnapshot(other, organisationId, TODAY).data).toStrictEqual(loadBoardData(reference, organisationId, TODAY));
    } finally {
      other.$client.close();
    }
  });
});

describe('[BOARD] random sequences of edits, read at random moments', () => {
  const projectIds = () => all<{ id: number }>('SELECT id FROM projects WHERE organisation_id = ? ORDER BY id', organisationId).map((p) => p.id);
  const pickProject = (n: number) => {
    const ids = projectIds();
    return one<ProjectRow>('SELECT * FROM projects WHERE id = ?', ids[n % ids.length]);
  };
  const pickMilestone = (n: number) => {
    const rows = all<{ id: number; version: number }>('SELECT id, version FROM milestones WHERE organisation_id = ? ORDER BY id', organisationId);
    if (rows.length === 0) throw new NothingToEdit();
    return rows[n % rows.length]!;
  };
  const date = (n: number) => `202${5 + (n % 3)}-0${1 + (n % 9)}-1${n % 10}`;

  /** Edits a steering office makes in a session; most are local, some reach the whole board. */
  const EDITS: Record<string, (n: number) => unknown> = {
    statusUpdate: (n) => steering().statusUpdate.create({ projectId: pickProject(n).id, status: 'amber', text: `Sachstand ${n}` }),
    override: (n) => steering().status.setOverride({ projectId: pickProject(n).id, status: n % 2 ? 'red' : 'green', justification: `Begründung ${n}` }),
    revoke: (n) => {
      const open = all<{ id: number }>('SELECT id FROM status_overrides WHERE organisation_id = ? AND revoked_at IS NULL ORDER BY id', organisationId);
      return open.length > 0 ? steering().status.revokeOverride({ overrideId: open[n % open.length]!.id }) : undefined;
    },
    maturity: (n) => {
      const p = pickProject(n);
      return steering().project.changeMaturity({ id: p.id, version: p.version, maturity: ((n % 3) + 1) as 1 | 2 | 3 });
    },
    retitle: (n) => projectUpdate(pickProject(n), { title: `Projekt ${n}`, code: `C${n % 7}` }),
    milestone: (n) => steering().milestone.create({ projectId: pickProject(n).id, title: `Meilenstein ${n}`, plannedDate: date(n), phase: null }),
    reached: (n) => steering().milestone.markReached({ ...pickMilestone(n) }),
    moved: (n) => steering().timeline.reschedule({ kind: 'milestone', ...pickMilestone(n), newDate: date(n + 1) }),
    deleteMilestone: (n) => steering().milestone.delete({ ...pickMilestone(n), confirm: true }),
    kpiActual: (n) => steering().kpi.recordActual({ ...servedKpi(), year: 2024 + (n % 3), actual: n % 50 }),
    sqlForecast: (n) => t.db.$client.prepare('UPDATE milestones SET forecast_date = ?, actual_date = NULL WHERE id = ?').run(date(n), pickMilestone(n).id),
    obligationLinks: (n) => {
      const o = linkedObligation();
      const row = one<{ law: string; paragraph: string; title: string; bindingness: 'mandatory'; deadline: string | null }>(
        'SELECT law, paragraph, title, bindingness, deadline FROM legal_obligations WHERE id = ?',
        o.id,
      );
      return steering().obligation.update({ ...o, ...row, description: null, projectIds: [pickProject(n).id] });
    },
    budget: (n) =>
      steering().budget.create({ programmeId, projectId: null, year: 2026, kind: 'consumptive', fundingSource: null, description: `Zeile ${n}`, plan: n, actual: null, positions: null }),
  };

  class NothingToEdit extends Error {}

  /** A refused edit (finished project, version conflict, other programme …) writes nothing. */
  async function attempt(edit: () => unknown) {
    try {
      await edit();
    } catch (error) {
      if (!(error instanceof TRPCError) && !(error instanceof NothingToEdit)) throw error;
    }
  }

  it('[BOARD] the refreshed board always equals a fresh load', async () => {
    const step = fc.record({ edit: fc.constantFrom(...Object.keys(EDITS)), n: fc.nat(10_000), read: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        await views(t.db);
        for (const { edit, n, read } of steps) {
          await attempt(() => EDITS[edit]!(n));
          if (read) await callerAs(t.db, 'vorstand.unna', DATES[n % 2]).board.overview();
        }
        await expectSameAsFreshLoad();
      }),
      { numRuns: 25 },
    );
  });
});

describe('[BOARD] the change log watches every table the board reads', () => {
  it('[BOARD] each table in the board queries has triggers', () => {
    const q = boardQueries(t.db, organisationId, TODAY);
    const builders = [
      ...Object.values(q).filter((b) => typeof b !== 'function'),
      q.recentStatusUpdates(TODAY),
      ...Object.values(boardQueriesFor(t.db, organisationId, TODAY, [1], [1])),
    ] as { toSQL(): { sql: string } }[];
    const tables = new Set(builders.flatMap((b) => [...b.toSQL().sql.matchAll(/\b(?:from|join)\s+"(\w+)"/gi)].map((m) => m[1]!)));
    expect([...tables].sort()).toEqual(Object.keys(WATCHED_TABLES).sort());
    boardSnapshot(t.db, organisationId, TODAY);
    const triggers = all<{ name: string }>("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'").map((r) => r.name);
    for (const table of tables) {
      for (const op of ['insert', 'update', 'delete']) expect(triggers).toContain(`board_change_log_${table}_${op}`);
    }
  });
});
