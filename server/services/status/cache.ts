import type Database from 'better-sqlite3';
import type { Db } from '../../../db';
import { loadBoardData, type BoardData } from './board-data';
import { patchBoardData } from './board-patch';
import { openChangeLog, type ChangeLog, type LogPosition } from './change-log';
import { forgetThenTrees } from './changes';

/**
 * Board data per (organisation, asOf), kept up to date with as little work as the last writes
 * allow. See docs/decisions/003-status-computation.md.
 *
 * A cached board records where it stands: `PRAGMA data_version` (moves when another connection
 * commits — CLI import, restore), the schema version, and the last row of this connection's change
 * log (change-log.ts) it has taken into account. On a request:
 *  - nothing new in the log for its organisation and no other connection wrote: served as is,
 *    whatever else was written (session touches, users, budget lines …);
 *  - only audit rows: the same data; views reading the audit log are derived again;
 *  - rows of some projects or KPIs: patched (board-patch.ts);
 *  - anything else, another connection's commit or a schema change: loaded afresh.
 * A needless reload is cheap, a stale traffic light is not; so anything not known to be local
 * reloads.
 */

interface CacheEntry {
  dataVersion: number;
  seq: number;
  data: BoardData;
  derived: Map<string, unknown>;
  /** Derived views that read the audit log besides the data. */
  readsAuditLog: Set<string>;
}

interface ConnectionCache {
  log: ChangeLog;
  schemaVersion: number;
  entries: Map<string, CacheEntry>;
}

/** Organisations × dates kept; a board meeting looks at one date, reports at a few more. */
const MAX_ENTRIES = 8;

const caches = new WeakMap<Database.Database, ConnectionCache>();

function cacheOf(db: Db): ConnectionCache {
  let cache = caches.get(db.$client);
  if (!cache) {
    const log = openChangeLog(db.$client);
    cache = { log, schemaVersion: log.position().schemaVersion, entries: new Map() };
    caches.set(db.$client, cache);
  }
  return cache;
}

function freshEntry(db: Db, organisationId: number, asOf: string, position: LogPosition): CacheEntry {
  return {
    dataVersion: position.dataVersion,
    seq: position.lastSeq,
    data: loadBoardData(db, organisationId, asOf),
    derived: new Map(),
    readsAuditLog: new Set(),
  };
}

/** The entry brought up to `position`, or the entry itself when nothing of its organisation changed. */
function refreshed(db: Db, cache: ConnectionCache, entry: CacheEntry, position: LogPosition): CacheEntry {
  const { organisationId, asOf } = entry.data;
  if (entry.dataVersion !== position.dataVersion) return freshEntry(db, organisationId, asOf, position);
  if (entry.seq === position.lastSeq) return entry;
  const changes = cache.log.since(entry.seq, organisationId);
  if (changes.reload) return freshEntry(db, organisationId, asOf, position);
  const local = changes.projectIds.size > 0 || changes.kpiIds.size > 0;
  const data = local ? patchBoardData(db, entry.data, changes) : entry.data;
  if (!data) return freshEntry(db, organisationId, asOf, position);
  const base = { dataVersion: position.dataVersion, seq: position.lastSeq, data, readsAuditLog: new Set<string>() };
  if (data !== entry.data) return { ...base, derived: new Map() };
  const derived = new Map(entry.derived);
  if (changes.audit) for (const name of entry.readsAuditLog) derived.delete(name);
  else for (const name of entry.readsAuditLog) base.readsAuditLog.add(name);
  return { ...base, derived };
}

export interface BoardSnapshot {
  data: BoardData;
  /**
   * Memoises a view derived from this snapshot (overview, portfolio rows …). A view that also
   * reads the audit log says so, and is derived again after audit rows were added.
   */
  derive<T>(key: string, compute: () => T, options?: { readsAuditLog?: boolean }): T;
}

function snapshotOf(entry: CacheEntry): BoardSnapshot {
  return {
    data: entry.data,
    derive<T>(name: string, compute: () => T, options?: { readsAuditLog?: boolean }): T {
      if (options?.readsAuditLog) entry.readsAuditLog.add(name);
      if (!entry.derived.has(name)) entry.derived.set(name, compute());
      return entry.derived.get(name) as T;
    },
  };
}

/** A board read once, never kept. */
function uncached(db: Db, organisationId: number, asOf: string): BoardSnapshot {
  return snapshotOf({ dataVersion: 0, seq: 0, data: loadBoardData(db, organisationId, asOf), derived: new Map(), readsAuditLog: new Set() });
}

export function boardSnapshot(db: Db, organisationId: number, asOf: string): BoardSnapshot {
  // Inside a transaction a rollback may take back log rows (their seq numbers are then handed
  // out again) and even the triggers, were they created there: what is read there is used once
  // and never kept, and the log is set up only outside.
  const inTransaction = db.$client.inTransaction;
  let cache = caches.get(db.$client);
  if (!cache) {
    if (inTransaction) return uncached(db, organisationId, asOf);
    cache = cacheOf(db);
  }
  const position = cache.log.position();
  if (position.schemaVersion !== cache.schemaVersion) {
    if (inTransaction) return uncached(db, organisationId, asOf);
    // A table rebuilt by a migration has lost its triggers: set them up again, trust nothing cached.
    cache.log.install();
    cache.entries.clear();
    cache.schemaVersion = position.schemaVersion;
  }
  const key = `${organisationId}|${asOf}`;
  const cached = cache.entries.get(key);
  const entry = cached ? refreshed(db, cache, cached, position) : freshEntry(db, organisationId, asOf, position);
  if (!inTransaction) {
    cache.entries.delete(key);
    cache.entries.set(key, entry);
    while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    if (entry !== cached) cache.log.prune(Math.min(...[...cache.entries.values()].map((e) => e.seq)));
  }
  return snapshotOf(entry);
}

/** Drops every cached snapshot of this database (benchmarks measure the cold path with it). */
export function clearBoardCache(db: Db): void {
  caches.get(db.$client)?.entries.clear();
  forgetThenTrees(db);
}
