import type Database from 'better-sqlite3';
import type { Db } from '../../../db';
import { loadBoardData, type BoardData } from './board-data';

/**
 * Board data per (organisation, asOf), reused while the database is unchanged.
 *
 * The data version is `total_changes()` — every row this connection has inserted, updated or
 * deleted, whatever the table or the code path — together with `PRAGMA data_version`, which
 * moves when another connection (CLI import, restore) commits. Any write therefore invalidates,
 * including writes we do not care about (a session touch); a needless recompute is cheap, a
 * stale traffic light is not. See docs/decisions/003-status-computation.md.
 */

interface CacheEntry {
  version: string;
  data: BoardData;
  derived: Map<string, unknown>;
}

interface ConnectionCache {
  versionStatement: Database.Statement<[], { changes: number; dataVersion: number }>;
  entries: Map<string, CacheEntry>;
}

/** Organisations × dates kept; a board meeting looks at one date, reports at a few more. */
const MAX_ENTRIES = 8;

const caches = new WeakMap<Database.Database, ConnectionCache>();

function cacheOf(db: Db): ConnectionCache {
  let cache = caches.get(db.$client);
  if (!cache) {
    cache = {
      versionStatement: db.$client.prepare(
        'SELECT total_changes() AS changes, data_version AS dataVersion FROM pragma_data_version()',
      ),
      entries: new Map(),
    };
    caches.set(db.$client, cache);
  }
  return cache;
}

export function dataVersionOf(db: Db): string {
  const row = cacheOf(db).versionStatement.get()!;
  return `${row.dataVersion}:${row.changes}`;
}

export interface BoardSnapshot {
  data: BoardData;
  /** Memoises a view derived from this snapshot (overview, portfolio rows …). */
  derive<T>(key: string, compute: () => T): T;
}

export function boardSnapshot(db: Db, organisationId: number, asOf: string): BoardSnapshot {
  const cache = cacheOf(db);
  const key = `${organisationId}|${asOf}`;
  const version = dataVersionOf(db);
  let entry = cache.entries.get(key);
  if (entry && entry.version === version) {
    cache.entries.delete(key);
    cache.entries.set(key, entry);
  } else {
    entry = { version, data: loadBoardData(db, organisationId, asOf), derived: new Map() };
    cache.entries.delete(key);
    cache.entries.set(key, entry);
    while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  }
  const current = entry;
  return {
    data: current.data,
    derive<T>(name: string, compute: () => T): T {
      if (!current.derived.has(name)) current.derived.set(name, compute());
      return current.derived.get(name) as T;
    },
  };
}

/** Drops every cached snapshot of this database (benchmarks measure the cold path with it). */
export function clearBoardCache(db: Db): void {
  caches.get(db.$client)?.entries.clear();
}
