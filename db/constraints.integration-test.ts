import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../tests/integration/test-db';

let t: TestDb;
let unnaProject: { id: number; organisation_id: number; programme_id: number; field_of_action_id: number };
let werlProject: { id: number; organisation_id: number };

beforeAll(() => {
  t = createTestDb();
  const sqlite = t.db.$client;
  unnaProject = sqlite
    .prepare(
      "SELECT p.id, p.organisation_id, p.programme_id, p.field_of_action_id FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE o.key = 'unna' LIMIT 1",
    )
    .get() as typeof unnaProject;
  werlProject = sqlite
    .prepare("SELECT p.id, p.organisation_id FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE o.key = 'werl' LIMIT 1")
    .get() as typeof werlProject;
});
afterAll(() => t.close());

function run(sql: string, ...params: unknown[]) {
  return () => t.db.$client.prepare(sql).run(...params);
}

describe('[DB] the database refuses impossible data', () => {
  it('refuses a maturity outside 1–3', () => {
    expect(run('UPDATE projects SET maturity = 4 WHERE id = ?', unnaProject.id)).toThrow(/CHECK constraint failed/);
    expect(run('UPDATE projects SET maturity = 0 WHERE id = ?', unnaProject.id)).toThrow(/CHECK constraint failed/);
  });

  it('refuses a milestone of an unknown project', () => {
    expect(
      run("INSERT INTO milestones (organisation_id, project_id, key, title) VALUES (?, 999999, 'm', 'Meilenstein')", unnaProject.organisation_id),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('refuses a link across organisations', () => {
    // A Werl project as sub-project of an Unna project …
    expect(run('UPDATE projects SET parent_id = ? WHERE id = ?', unnaProject.id, werlProject.id)).toThrow(/FOREIGN KEY/);
    // … a dependency between the two …
    expect(
      run(
        'INSERT INTO project_dependencies (organisation_id, predecessor_id, successor_id) VALUES (?, ?, ?)',
        unnaProject.organisation_id,
        unnaProject.id,
        werlProject.id,
      ),
    ).toThrow(/FOREIGN KEY/);
    // … or a milestone filed under Unna pointing at a Werl project.
    expect(
      run("INSERT INTO milestones (organisation_id, project_id, key, title) VALUES (?, ?, 'x', 'x')", unnaProject.organisation_id, werlProject.id),
    ).toThrow(/FOREIGN KEY/);
  });

  it('refuses calendar dates that do not exist', () => {
    expect(run("UPDATE projects SET planned_start = '2023-02-30' WHERE id = ?", unnaProject.id)).toThrow(/CHECK/);
    expect(run("UPDATE projects SET planned_start = '01.04.2020' WHERE id = ?", unnaProject.id)).toThrow(/CHECK/);
    expect(run("UPDATE projects SET planned_start = '2020-02-29', planned_end = '2020-12-31' WHERE id = ?", unnaProject.id)).not.toThrow();
  });

  it('refuses a planned end before the start and a project that is its own parent', () => {
    expect(run("UPDATE projects SET planned_start = '2021-01-01', planned_end = '2020-01-01' WHERE id = ?", unnaProject.id)).toThrow(/CHECK/);
    expect(run('UPDATE projects SET parent_id = id WHERE id = ?', unnaProject.id)).toThrow(/CHECK/);
  });

  it('refuses unknown KPI units, bindingness and roles', () => {
    expect(run("UPDATE kpis SET unit = 'kg' WHERE id = (SELECT min(id) FROM kpis)")).toThrow(/CHECK/);
    expect(run("UPDATE legal_obligations SET bindingness = 'egal' WHERE id = (SELECT min(id) FROM legal_obligations)")).toThrow(/CHECK/);
    expect(run("UPDATE users SET role = 'root' WHERE id = (SELECT min(id) FROM users)")).toThrow(/CHECK/);
  });

  it('keeps the audit log append-only', () => {
    const count = () => (t.db.$client.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const before = count();
    expect(before).toBeGreaterThan(0);
    expect(run("UPDATE audit_log SET summary = 'gefälscht' WHERE id = 1")).toThrow(/append-only/);
    expect(run('DELETE FROM audit_log WHERE id = 1')).toThrow(/append-only/);
    expect(
      run(
        "INSERT INTO audit_log (at, action, entity, summary, prev_hash, hash) VALUES (0, 'update', 'x', 'x', 'not-the-last-hash', 'h')",
      ),
    ).toThrow(/chain broken/);
    expect(count()).toBe(before);
  });
});
