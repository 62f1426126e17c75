/**
 * Board benchmark: a synthetic organisation of 10,000 projects (2,500 with three sub-projects
 * each), 100,000 milestones, 500 legal obligations and 2,000 KPIs (on 2,000 goals W → L → M,
 * each project serving one or two of them, as in the plans) in a temporary database,
 * served by the real server (buildApp on port 0) and queried over HTTP with a session cookie.
 *
 *   npx tsx tests/bench/board.ts [--iterations 30]
 *
 * Per view (Übersicht, Portfolio), latency over HTTP in three states: served from the cache;
 * the first request after a Statusmeldung was posted through the API (the cached snapshot is
 * patched for that project); and the first load with nothing cached. Beside it the time of the
 * raw SQL — the very same SELECTs the status service runs (`boardLoadSelects(...)`, `toSQL()`),
 * executed directly through better-sqlite3 without mapping or status computation, in the same
 * run. Prints a table and writes bench-results/board.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase, type Db } from '../../db';
import { addDays } from '../../shared/dates/iso-date';
import { buildApp } from '../../server/app';
import { systemActor } from '../../server/services/actor';
import { clearBoardCache } from '../../server/services/status/cache';
import { clearStatusMemo } from '../../server/services/status/engine-memo';
import { boardLoadSelects, boardQueries } from '../../server/services/status/queries';
import { changeWindowStart } from '../../server/services/status/window';
import { createUser } from '../../server/services/users';
import { loginOverHttp } from '../integration/http';

const AS_OF = '2026-11-23';
const iterationsArgument = process.argv.indexOf('--iterations');
const ITERATIONS = iterationsArgument > 0 ? Number(process.argv[iterationsArgument + 1]) : 30;
const WARM_UP = 3;
const TARGETS = { overviewP95Ms: 150, overviewRatioToRawSql: 3 };

const SIZE = {
  topLevelProjects: 2_500,
  subProjectsEach: 3,
  milestonesPerProject: 10,
  obligations: 500,
  impactGoals: 50,
  outputGoals: 450,
  measures: 1_500,
  kpis: 2_000,
  kpiYears: [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
  overrides: 100,
};

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same data. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildOrganisation(db: Db): { organisationId: number; counts: Record<string, number> } {
  const rnd = random(42);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const dateBetween = (from: string, days: number) => addDays(from, int(0, days));
  const sqlite = db.$client;
  const counts: Record<string, number> = {};
  let organisationId = 0;

  sqlite.transaction(() => {
    organisationId = Number(
      sqlite.prepare("INSERT INTO organisations (key, name, kind) VALUES ('bench', 'Benchmark-Kreis', 'kreis')").run().lastInsertRowid,
    );
    const programmeId = Number(
      sqlite
        .prepare("INSERT INTO programmes (organisation_id, key, title, as_of_date) VALUES (?, 'bench', 'Digitalprogramm Benchmark', ?)")
        .run(organisationId, AS_OF).lastInsertRowid,
    );
    const insertField = sqlite.prepare(
      'INSERT INTO fields_of_action (organisation_id, programme_id, key, title, sort_order) VALUES (?, ?, ?, ?, ?)',
    );
    const fieldIds = Array.from({ length: 12 }, (_, i) =>
      Number(insertField.run(organisationId, programmeId, `hf-${i + 1}`, `Handlungsfeld ${i + 1}`, i).lastInsertRowid),
    );
    const units = Array.from({ length: 40 }, (_, i) => `Fachbereich ${i + 10}`);

    const insertProject = sqlite.prepare(
      `INSERT INTO projects (organisation_id, programme_id, field_of_action_id, parent_id, key, code, title,
        responsible_unit, responsible_person, planned_start, planned_end, maturity, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const projectIds: number[] = [];
    const topLevelIds: number[] = [];
    const addProject = (parentId: number | null, field: number, code: string, sortOrder: number) => {
      const start = dateBetween('2018-01-01', 3000);
      const id = Number(
        insertProject.run(
          organisationId,
          programmeId,
          field,
          parentId,
          `p-${code}`,
          code,
          `Projekt ${code} ${pick(['E-Akte', 'Serviceportal', 'E-Payment', 'Open Data', 'Schul-IT', 'Geodaten'])}`,
          pick(units),
          `Person ${int(1, 300)}`,
          start,
          addDays(start, int(90, 1500)),
          pick([1, 1, 2, 2, 2, 3]),
          sortOrder,
        ).lastInsertRowid,
      );
      projectIds.push(id);
      return id;
    };
    for (let i = 0; i < SIZE.topLevelProjects; i++) {
      const field = pick(fieldIds);
      const parent = addProject(null, field, `${i + 1}`, i);
      topLevelIds.push(parent);
      for (let j = 0; j < SIZE.subProjectsEach; j++) addProject(parent, field, `${i + 1}.${j + 1}`, j);
    }
    counts.projects = projectIds.length;

    const insertMilestone = sqlite.prepare(
      `INSERT INTO milestones (organisation_id, project_id, key, title, planned_date, baseline_date, forecast_date, actual_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    counts.milestones = 0;
    for (const projectId of projectIds) {
      for (let k = 0; k < SIZE.milestonesPerProject; k++) {
        const planned = dateBetween('2018-01-01', 4300);
        const reached = planned < AS_OF && rnd() < 0.85;
        const baseline = rnd() < 0.5 ? addDays(planned, -int(0, 120)) : null;
        const forecast = !reached && baseline && rnd() < 0.5 ? addDays(planned, int(0, 90)) : null;
        insertMilestone.run(
          organisationId,
          projectId,
          `m${k + 1}`,
          `Meilenstein ${k + 1}`,
          planned,
          baseline,
          forecast,
          reached ? addDays(planned, int(-10, 60)) : null,
        );
        counts.milestones++;
      }
    }

    const insertObligation = sqlite.prepare(
      `INSERT INTO legal_obligations (organisation_id, programme_id, key, law, paragraph, title, deadline, bindingness)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertObligationLink = sqlite.prepare(
      'INSERT OR IGNORE INTO obligation_projects (organisation_id, obligation_id, project_id) VALUES (?, ?, ?)',
    );
    for (let i = 0; i < SIZE.obligations; i++) {
      const obligationId = Number(
        insertObligation.run(
          organisationId,
          programmeId,
          `o-${i + 1}`,
          pick(['EGovG NRW', 'OZG', 'VwVfG NRW']),
          `§ ${int(1, 30)}${pick(['', 'a'])} Abs. (${int(1, 4)})`,
          `Pflicht ${i + 1}`,
          rnd() < 0.9 ? dateBetween('2018-01-01', 5000) : null,
          pick(['mandatory', 'should', 'may']),
        ).lastInsertRowid,
      );
      const links = int(0, 4);
      for (let l = 0; l < links; l++) insertObligationLink.run(organisationId, obligationId, pick(topLevelIds));
    }
    counts.obligations = SIZE.obligations;

    const insertGoal = sqlite.prepare(
      'INSERT INTO goals (organisation_id, programme_id, key, kind, parent_id, text, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const impactIds = Array.from({ length: SIZE.impactGoals }, (_, i) =>
      Number(insertGoal.run(organisationId, programmeId, `W${i + 1}`, 'impact', null, `Wirkungsziel ${i + 1}`, i).lastInsertRowid),
    );
    const outputIds = Array.from({ length: SIZE.outputGoals }, (_, i) =>
      Number(
        insertGoal.run(organisationId, programmeId, `L${i + 1}`, 'output', pick(impactIds), `Leistungsziel ${i + 1}`, i).lastInsertRowid,
      ),
    );
    const measureIds = Array.from({ length: SIZE.measures }, (_, i) =>
      Number(insertGoal.run(organisationId, programmeId, `M${i + 1}`, 'measure', pick(outputIds), `Maßnahme ${i + 1}`, i).lastInsertRowid),
    );
    counts.goals = impactIds.length + outputIds.length + measureIds.length;
    // As in the plans: a project serves one or two measures (sometimes an output goal directly).
    const insertGoalLink = sqlite.prepare('INSERT OR IGNORE INTO project_goals (organisation_id, project_id, goal_id) VALUES (?, ?, ?)');
    for (const projectId of projectIds) {
      insertGoalLink.run(organisationId, projectId, rnd() < 0.8 ? pick(measureIds) : pick(outputIds));
      if (rnd() < 0.3) insertGoalLink.run(organisationId, projectId, pick(measureIds));
    }
    const goalIds = [...outputIds, ...measureIds];

    const insertKpi = sqlite.prepare(
      'INSERT INTO kpis (organisation_id, programme_id, goal_id, key, title, unit, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertKpiValue = sqlite.prepare('INSERT INTO kpi_values (organisation_id, kpi_id, year, plan, actual) VALUES (?, ?, ?, ?, ?)');
    counts.kpiValues = 0;
    for (let i = 0; i < SIZE.kpis; i++) {
      const unit = pick(['count', 'count', 'percent', 'euro', 'yesno']);
      const kpiId = Number(insertKpi.run(organisationId, programmeId, pick(goalIds), `K${i + 1}`, `Kennzahl ${i + 1}`, unit, i).lastInsertRowid);
      for (const year of SIZE.kpiYears) {
        const plan = unit === 'yesno' ? 1 : int(10, 1000);
        const actual = year <= 2025 ? (unit === 'yesno' ? int(0, 1) : Math.round(plan * (0.5 + rnd() * 0.7))) : null;
        insertKpiValue.run(organisationId, kpiId, year, plan, actual);
        counts.kpiValues++;
      }
    }
    counts.kpis = SIZE.kpis;

    const insertUpdate = sqlite.prepare(
      'INSERT INTO status_updates (organisation_id, project_id, date, status, text, author_name) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const projectId of topLevelIds) {
      insertUpdate.run(organisationId, projectId, dateBetween('2026-01-01', 320), pick(['red', 'amber', 'green']), 'Sachstand unverändert.', 'Steuerungsdienst');
    }
    counts.statusUpdates = topLevelIds.length;
    const insertOverride = sqlite.prepare(
      `INSERT INTO status_overrides (organisation_id, project_id, status, justification, author_name, valid_from, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < SIZE.overrides; i++) {
      const validFrom = dateBetween('2026-06-01', 170);
      insertOverride.run(organisationId, pick(topLevelIds), pick(['red', 'amber', 'green']), 'Mit dem Lenkungskreis abgestimmt', 'Steuerungsdienst', validFrom, rnd() < 0.5 ? addDays(validFrom, 90) : null);
    }
    counts.overrides = SIZE.overrides;
  })();
  return { organisationId, counts };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}
const median = (values: readonly number[]) => percentile(values, 50);
const round = (value: number) => Math.round(value * 10) / 10;

/** The same SELECTs the service runs, straight through better-sqlite3 (no mapping, no status). */
function rawSqlRunner(db: Db, organisationId: number, view: 'overview' | 'portfolio') {
  const q = boardQueries(db, organisationId, AS_OF);
  const builders = [
    ...boardLoadSelects(q),
    ...(view === 'overview' ? [q.recentStatusUpdates(addDays(changeWindowStart(AS_OF), 1)), q.recentAudit] : []),
  ];
  const statements = builders.map((builder) => {
    const { sql, params } = builder.toSQL();
    return { statement: db.$client.prepare(sql), params };
  });
  return () => {
    let rows = 0;
    for (const { statement, params } of statements) rows += statement.all(...params).length;
    return rows;
  };
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function timeRequest(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body.slice(0, 300)}`);
  return { ms, bytes: Buffer.byteLength(body) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cockpit-bench-board-'));
  const databasePath = join(dir, 'bench.db');
  const db = openDatabase(databasePath);
  const setupStart = performance.now();
  const { organisationId, counts } = buildOrganisation(db);
  await createUser(db, systemActor(organisationId, 'Benchmark'), {
    organisationId,
    username: 'steuerung.bench',
    displayName: 'Steuerungsdienst Benchmark',
    role: 'steering',
    password: 'cockpit-demo',
  });
  db.$client.pragma('optimize');
  const setupSeconds = (performance.now() - setupStart) / 1000;

  const app = await buildApp({ db, clientDir: null, loginRateLimit: 1000, databasePath, today: () => AS_OF });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  const base = `http://127.0.0.1:${address.port}`;
  const cookie = await loginOverHttp(base, 'steuerung.bench');

  const views = {
    overview: `${base}/trpc/board.overview?input=${encodeURIComponent(JSON.stringify({}))}`,
    portfolio: `${base}/trpc/board.portfolio`,
  } as const;

  // A write through the API, as the steering office makes it: it invalidates the snapshot.
  const projectId = db.$client.prepare('SELECT id FROM projects WHERE organisation_id = ? LIMIT 1').pluck().get(organisationId) as number;
  let writes = 0;
  async function postStatusUpdate(): Promise<void> {
    const response = await fetch(`${base}/trpc/statusUpdate.create`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ projectId, status: 'amber', text: `Sachstand ${++writes}` }),
    });
    if (!response.ok) throw new Error(`statusUpdate.create: ${response.status} ${await response.text()}`);
  }

  const results: Record<string, number> = {};
  const table: Record<string, Record<string, number | string>> = {};
  for (const [name, url] of Object.entries(views) as [keyof typeof views, string][]) {
    const raw = rawSqlRunner(db, organisationId, name);
    for (let i = 0; i < WARM_UP; i++) {
      raw();
      await postStatusUpdate();
      await timeRequest(url, cookie);
    }
    const rawTimes: number[] = [];
    const firstLoad: number[] = [];
    const afterWrite: number[] = [];
    const cached: number[] = [];
    let bytes = 0;
    // Each state in its own loop: a cold load leaves hundreds of MB of garbage behind, which
    // would otherwise be collected during — and billed to — the request measured right after it.
    // On a running server a write follows reads and patches, not a cold start.
    for (let i = 0; i < ITERATIONS; i++) rawTimes.push(time(raw));
    for (let i = 0; i < ITERATIONS; i++) {
      clearBoardCache(db);
      clearStatusMemo();
      firstLoad.push((await timeRequest(url, cookie)).ms);
    }
    for (let i = 0; i < WARM_UP; i++) {
      await postStatusUpdate();
      await timeRequest(url, cookie);
    }
    for (let i = 0; i < ITERATIONS; i++) {
      await postStatusUpdate();
      const fresh = await timeRequest(url, cookie);
      afterWrite.push(fresh.ms);
      bytes = fresh.bytes;
      cached.push((await timeRequest(url, cookie)).ms);
    }
    const rawMs = median(rawTimes);
    // Unprefixed: what readers get while the data is unchanged (the snapshot from the cache).
    // after_write: the first request after a Statusmeldung was posted (the cached board patched
    // for the one project, see board-patch.ts); first_load: nothing cached (server start).
    const metrics = {
      p50_ms: median(cached),
      p95_ms: percentile(cached, 95),
      after_write_p50_ms: median(afterWrite),
      after_write_p95_ms: percentile(afterWrite, 95),
      first_load_p50_ms: median(firstLoad),
      first_load_p95_ms: percentile(firstLoad, 95),
      raw_sql_ms: rawMs,
      ratio_to_raw_sql: percentile(cached, 95) / rawMs,
      after_write_ratio_to_raw_sql: percentile(afterWrite, 95) / rawMs,
      first_load_ratio_to_raw_sql: percentile(firstLoad, 95) / rawMs,
      response_kb: bytes / 1024,
    };
    for (const [metric, value] of Object.entries(metrics)) results[`${name}_${metric}`] = round(value);
    table[name] = Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, round(v)]));
  }
  for (const [key, value] of Object.entries(counts)) results[`data_${key}`] = value;
  results.iterations = ITERATIONS;
  results.setup_s = round(setupSeconds);

  await app.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });

  console.log(`\nBoard benchmark — ${counts.projects} projects, ${counts.milestones} milestones, ${counts.obligations} obligations, ${counts.kpis} KPIs; ${ITERATIONS} runs each (setup ${round(setupSeconds)} s)`);
  console.log(
    'p50/p95 = served from the cache (data unchanged); after_write = first request after a Statusmeldung was posted;\nfirst_load = nothing cached; raw SQL = median time of the same SELECTs through better-sqlite3 (no mapping, no status)\n',
  );
  console.table(table);
  const check = (p95: number, ratio: number) => p95 <= TARGETS.overviewP95Ms && ratio <= TARGETS.overviewRatioToRawSql;
  const cachedOk = check(results.overview_p95_ms!, results.overview_ratio_to_raw_sql!);
  const afterWriteOk = check(results.overview_after_write_p95_ms!, results.overview_after_write_ratio_to_raw_sql!);
  console.log(`Target overview p95 ≤ ${TARGETS.overviewP95Ms} ms and ≤ ${TARGETS.overviewRatioToRawSql}× raw SQL:`);
  console.log(`  from the cache: ${cachedOk ? 'met' : 'NOT met'}; first request after a write: ${afterWriteOk ? 'met' : 'NOT met'}`);
  const resultFile = resolve('bench-results/board.json');
  mkdirSync(resolve('bench-results'), { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Written ${resultFile}`);
  if (!cachedOk) process.exitCode = 1;
}

await main();
