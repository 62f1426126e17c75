import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/iso-date';
import { computeProjectStatus, DEFAULT_STATUS_THRESHOLDS, type StatusInput } from '../../../shared/status';
import type { TMaturity } from '../../../shared/schemas/domain';
import { createTestDb, type TestDb } from '../../../tests/integration/test-db';
import { loadBoardData, toStatusOverride, currentOverrides } from './board-data';
import { computeOwnStatuses, obligationLabel } from './compute';
import { changeWindowStart } from './window';

/**
 * The loader reads only the milestones a rule can flag and the KPI values it needs. This checks
 * that it gives exactly what the engine gives on everything, row by row, on random data — at
 * asOf and at asOf − 30 days (the "what changed" comparison reuses the same data).
 */

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_OF = '2026-01-10';
let t: TestDb;
let organisationId: number;

beforeAll(() => {
  t = createTestDb({ seeded: false });
  const rnd = random(7);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const maybe = <T>(p: number, value: () => T) => (rnd() < p ? value() : null);
  const date = () => addDays('2024-06-01', int(0, 900));
  const db = t.db.$client;
  db.transaction(() => {
    organisationId = Number(db.prepare("INSERT INTO organisations (key, name, kind) VALUES ('eq', 'Gleichheit', 'kommune')").run().lastInsertRowid);
    const programmeId = Number(
      db
        .prepare("INSERT INTO programmes (organisation_id, key, title, status_thresholds) VALUES (?, 'p', 'Programm', ?)")
        .run(organisationId, JSON.stringify({ ...DEFAULT_STATUS_THRESHOLDS, milestoneRedOverdueDays: 60, forecastSlipAmberDays: 10 })).lastInsertRowid,
    );
    const fieldId = Number(
      db.prepare("INSERT INTO fields_of_action (organisation_id, programme_id, key, title) VALUES (?, ?, 'f', 'Feld')").run(organisationId, programmeId)
        .lastInsertRowid,
    );
    const insertProject = db.prepare(
      'INSERT INTO projects (organisation_id, programme_id, field_of_action_id, parent_id, key, title, maturity) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const projectIds: number[] = [];
    for (let i = 0; i < 300; i++) {
      const parent = projectIds.length > 0 && rnd() < 0.4 ? projectIds[int(0, projectIds.length - 1)]! : null;
      projectIds.push(Number(insertProject.run(organisationId, programmeId, fieldId, parent, `p${i}`, `Projekt ${i}`, int(1, 3)).lastInsertRowid));
    }
    const insertMilestone = db.prepare(
      `INSERT INTO milestones (organisation_id, project_id, key, title, planned_date, baseline_date, forecast_date, actual_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let m = 0;
    for (const projectId of projectIds) {
      for (let k = int(0, 6); k > 0; k--) {
        insertMilestone.run(
          organisationId,
          projectId,
          `m${m++}`,
          `Meilenstein ${m}`,
          maybe(0.85, date),
          maybe(0.4, date),
          maybe(0.4, date),
          maybe(0.35, date),
        );
      }
    }
    const insertObligation = db.prepare(
      "INSERT INTO legal_obligations (organisation_id, programme_id, key, law, paragraph, title, deadline, bindingness) VALUES (?, ?, ?, 'EGovG NRW', ?, ?, ?, 'mandatory')",
    );
    const link = db.prepare('INSERT OR IGNORE INTO obligation_projects (organisation_id, obligation_id, project_id) VALUES (?, ?, ?)');
    for (let i = 0; i < 40; i++) {
      const id = Number(insertObligation.run(organisationId, programmeId, `o${i}`, `§ ${i}a Abs. 1`, `Pflicht ${i}`, maybe(0.8, date)).lastInsertRowid);
      for (let k = int(0, 4); k > 0; k--) link.run(organisationId, id, projectIds[int(0, projectIds.length - 1)]);
    }
    const insertGoal = db.prepare("INSERT INTO goals (organisation_id, programme_id, key, kind, text) VALUES (?, ?, ?, 'impact', ?)");
    const goalIds = Array.from({ length: 20 }, (_, i) => Number(insertGoal.run(organisationId, programmeId, `W${i}`, `Ziel ${i}`).lastInsertRowid));
    const goalLink = db.prepare('INSERT OR IGNORE INTO project_goals (organisation_id, project_id, goal_id) VALUES (?, ?, ?)');
    for (const projectId of projectIds) for (let k = int(0, 2); k > 0; k--) goalLink.run(organisationId, projectId, goalIds[int(0, 19)]);
    const insertKpi = db.prepare('INSERT INTO kpis (organisation_id, programme_id, goal_id, key, title, unit) VALUES (?, ?, ?, ?, ?, ?)');
    const insertValue = db.prepare('INSERT INTO kpi_values (organisation_id, kpi_id, year, plan, actual) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < 30; i++) {
      const unit = (['count', 'percent', 'euro', 'yesno'] as const)[int(0, 3)];
      const kpiId = Number(insertKpi.run(organisationId, programmeId, goalIds[int(0, 19)], `K${i}`, `Kennzahl ${i}`, unit).lastInsertRowid);
      for (const year of [2023, 2024, 2025, 2026, 2027]) {
        if (rnd() < 0.2) continue;
        insertValue.run(organisationId, kpiId, year, maybe(0.9, () => int(0, 100)), maybe(0.7, () => int(0, 120)));
      }
    }
    const insertOverride = db.prepare(
      `INSERT INTO status_overrides (organisation_id, project_id, status, justification, author_name, valid_from, expires_at, revoked_at)
       VALUES (?, ?, ?, 'Begründung', 'Test', ?, ?, ?)`,
    );
    for (let i = 0; i < 40; i++) {
      const from = addDays(AS_OF, -int(0, 90));
      insertOverride.run(
        organisationId,
        projectIds[int(0, projectIds.length - 1)],
        (['red', 'amber', 'green'] as const)[int(0, 2)],
        from,
        maybe(0.5, () => addDays(from, int(1, 120))),
        maybe(0.2, () => Date.now()),
      );
    }
  })();
});
afterAll(() => t.close());

/** The engine on everything in the tables, one project at a time, without any shortcut. */
function naiveOwnStatuses(asOf: string) {
  const db = t.db.$client;
  const thresholds = { ...DEFAULT_STATUS_THRESHOLDS, milestoneRedOverdueDays: 60, forecastSlipAmberDays: 10 };
  const projects = db.prepare('SELECT id, maturity FROM projects WHERE organisation_id = ?').all(organisationId) as { id: number; maturity: TMaturity }[];
  const data = loadBoardData(t.db, organisationId, AS_OF);
  const override = currentOverrides(data.overrides);
  return new Map(
    projects.map((p) => {
      const input: StatusInput = {
        maturity: p.maturity,
        milestones: db
          .prepare('SELECT title, planned_date AS plannedDate, baseline_date AS baselineDate, forecast_date AS forecastDate, actual_date AS actualDate FROM milestones WHERE project_id = ? ORDER BY id')
          .all(p.id) as StatusInput['milestones'],
        obligations: (
          db
            .prepare(
              'SELECT o.law, o.paragraph, o.title, o.deadline FROM obligation_projects op JOIN legal_obligations o ON o.id = op.obligation_id WHERE op.project_id = ? ORDER BY op.rowid',
            )
            .all(p.id) as { law: string; paragraph: string; title: string; deadline: string | null }[]
        ).map((o) => ({ label: obligationLabel(o.law, o.paragraph), title: o.title, deadline: o.deadline })),
        kpis: (
          db
            .prepare('SELECT k.id, k.key, k.title, k.unit FROM project_goals pg JOIN kpis k ON k.goal_id = pg.goal_id WHERE pg.project_id = ?')
            .all(p.id) as { id: number; key: string; title: string; unit: 'count' }[]
        ).map((k) => ({
          title: `${k.key} ${k.title}`,
          unit: k.unit,
          values: db.prepare('SELECT year, plan, actual FROM kpi_values WHERE kpi_id = ? ORDER BY year').all(k.id) as StatusInput['kpis'][number]['values'],
        })),
        override: override.has(p.id) ? toStatusOverride(override.get(p.id)!) : null,
      };
      return [p.id, computeProjectStatus(input, asOf, thresholds)];
    }),
  );
}

function comparable(result: { status: string; computed: string; reasons: { level: string; message: string }[] }) {
  return { status: result.status, computed: result.computed, reasons: result.reasons.map((r) => `${r.level}: ${r.message}`).sort() };
}

describe('[BOARD] the set-based loader gives what the engine gives on all the data', () => {
  it('[BOARD] every project has the same own status and reasons at asOf', () => {
    const data = loadBoardData(t.db, organisationId, AS_OF);
    const naive = naiveOwnStatuses(AS_OF);
    expect(data.projects.length).toBe(300);
    const mismatches = data.projects.filter((p) => JSON.stringify(comparable(p.own)) !== JSON.stringify(comparable(naive.get(p.id)!)));
    expect(mismatches.map((p) => ({ id: p.id, loader: comparable(p.own), naive: comparable(naive.get(p.id)!) }))).toEqual([]);
    const statuses = new Set(data.projects.map((p) => p.own.computed));
    expect([...statuses].sort()).toEqual(['amber', 'done', 'green', 'none', 'red']);
  });

  it('[BOARD] and at asOf − 30 days on the same data', () => {
    const data = loadBoardData(t.db, organisationId, AS_OF);
    const since = changeWindowStart(AS_OF);
    const thresholds = data.programmes[0]!.thresholds;
    const current = currentOverrides(data.overrides);
    const fromLoader = computeOwnStatuses(
      data.projects,
      data.sources,
      (id) => (current.has(id) ? toStatusOverride(current.get(id)!) : null),
      () => thresholds,
      since,
    );
    const naive = naiveOwnStatuses(since);
    const mismatches = data.projects.filter(
      (p) => JSON.stringify(comparable(fromLoader.get(p.id)!)) !== JSON.stringify(comparable(naive.get(p.id)!)),
    );
    expect(mismatches.map((p) => p.id)).toEqual([]);
  });
});
