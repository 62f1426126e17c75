import type Database from 'better-sqlite3';

/**
 * What this connection wrote to the tables the board reads, recorded by temporary triggers.
 *
 * The triggers live in the connection's TEMP schema: no migration, nothing on disk, invisible to
 * other connections and to backups. They fire for every row written through this connection,
 * whatever the code path — services, imports, the seed, a raw statement, cascading deletes — so
 * "no row in the log" proves that nothing the board reads has changed here. Commits of other
 * connections do not fire them; `PRAGMA data_version` tells those apart (cache.ts). The log rows
 * are written in the writing transaction, so a rollback removes them with the change.
 *
 * Why not the audit log: it records the entity a user changed, not every row the board reads
 * (a KPI's audit row has no project, a project's deletion takes milestones and links with it), and
 * nothing proves that a write came with an audit row at all.
 */

/**
 * What a write to a table means for a cached board:
 *  - project: rows of one project (`ref` = project id) — the board can be patched;
 *  - kpi: one KPI or its yearly values (`ref` = KPI id) — patched through the goal's projects;
 *  - all: organisation-wide structure (programmes, fields, obligations, goals, links) — reload;
 *  - audit: only "what changed" on the overview reads it — the board data stay as they are.
 * Every table `queries.ts` reads must be listed; change-log.integration-test checks that.
 */
export const WATCHED_TABLES = {
  projects: { kind: 'project', ref: 'id' },
  milestones: { kind: 'project', ref: 'project_id' },
  status_overrides: { kind: 'project', ref: 'project_id' },
  status_updates: { kind: 'project', ref: 'project_id' },
  kpis: { kind: 'kpi', ref: 'id' },
  kpi_values: { kind: 'kpi', ref: 'kpi_id' },
  programmes: { kind: 'all', ref: null },
  fields_of_action: { kind: 'all', ref: null },
  legal_obligations: { kind: 'all', ref: null },
  obligation_projects: { kind: 'all', ref: null },
  goals: { kind: 'all', ref: null },
  project_goals: { kind: 'all', ref: null },
  audit_log: { kind: 'audit', ref: null },
} as const satisfies Record<string, { kind: ChangeKind; ref: string | null }>;

type ChangeKind = 'project' | 'kpi' | 'all' | 'audit';

export interface LoggedChanges {
  /** Something only a full load can follow. */
  reload: boolean;
  projectIds: Set<number>;
  kpiIds: Set<number>;
  /** Audit rows were added (the overview's "what changed" reads them). */
  audit: boolean;
}

export interface LogPosition {
  /** Moves when another connection commits. */
  dataVersion: number;
  /** Moves when the schema changes (a table rebuilt by a migration drops its triggers). */
  schemaVersion: number;
  /** The newest log row of this connection, 0 before the first. */
  lastSeq: number;
}

const LOG = 'board_change_log';

/** Distinct changes read at most per request; more than this and a full load is cheaper anyway. */
const READ_MAX = 500;

function triggerSql(table: string, kind: ChangeKind, ref: string | null): string[] {
  const row = (side: 'NEW' | 'OLD') => `(${side}.organisation_id, '${kind}', ${ref === null ? 'NULL' : `${side}.${ref}`})`;
  // Unqualified: statements inside a trigger may not name a schema; temp tables resolve first.
  const insert = (values: string) => `INSERT INTO ${LOG} (organisation_id, kind, ref) VALUES ${values};`;
  return [
    `CREATE TEMP TRIGGER IF NOT EXISTS ${LOG}_${table}_insert AFTER INSERT ON main.${table} BEGIN ${insert(row('NEW'))} END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS ${LOG}_${table}_update AFTER UPDATE ON main.${table} BEGIN ${insert(`${row('OLD')}, ${row('NEW')}`)} END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS ${LOG}_${table}_delete AFTER DELETE ON main.${table} BEGIN ${insert(row('OLD'))} END`,
  ];
}

export interface ChangeLog {
  position(): LogPosition;
  /** (Re)creates the triggers; after a schema change some may have gone with their table. */
  install(): void;
  /** This connection's changes to one organisation's board rows after `seq`. */
  since(seq: number, organisationId: number): LoggedChanges;
  /** Forgets rows no cached board needs any more. */
  prune(upToSeq: number): void;
}

export function openChangeLog(sqlite: Database.Database): ChangeLog {
  const install = () => {
    sqlite.exec(
      `CREATE TEMP TABLE IF NOT EXISTS ${LOG} (seq INTEGER PRIMARY KEY AUTOINCREMENT, organisation_id INTEGER, kind TEXT NOT NULL, ref INTEGER)`,
    );
    for (const [table, { kind, ref }] of Object.entries(WATCHED_TABLES)) {
      for (const statement of triggerSql(table, kind, ref)) sqlite.exec(statement);
    }
  };
  install();
  // AUTOINCREMENT: a pruned log must never hand out a seq a cached board has already seen.
  const positionStatement = sqlite.prepare<[], LogPosition>(
    `SELECT (SELECT data_version FROM pragma_data_version()) AS dataVersion,
            (SELECT schema_version FROM pragma_schema_version()) AS schemaVersion,
            coalesce((SELECT seq FROM temp.sqlite_sequence WHERE name = '${LOG}'), 0) AS lastSeq`,
  );
  const sinceStatement = sqlite.prepare<[number, number, number], { kind: ChangeKind; ref: number | null }>(
    `SELECT kind, ref FROM temp.${LOG} WHERE seq > ? AND organisation_id = ? GROUP BY kind, ref LIMIT ?`,
  );
  const pruneStatement = sqlite.prepare<[number]>(`DELETE FROM temp.${LOG} WHERE seq <= ?`);
  return {
    position: () => positionStatement.get()!,
    install,
    since(seq, organisationId) {
      const changes: LoggedChanges = { reload: false, projectIds: new Set(), kpiIds: new Set(), audit: false };
      const rows = sinceStatement.all(seq, organisationId, READ_MAX + 1);
      if (rows.length > READ_MAX) changes.reload = true;
      for (const { kind, ref } of rows) {
        if (kind === 'all' || (ref === null && kind !== 'audit')) changes.reload = true;
        else if (kind === 'project') changes.projectIds.add(ref!);
        else if (kind === 'kpi') changes.kpiIds.add(ref!);
        else changes.audit = true;
      }
      return changes;
    },
    prune(upToSeq) {
      pruneStatement.run(upToSeq);
    },
  };
}
