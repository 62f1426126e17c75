import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export { schema };
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export const DEFAULT_DATABASE_PATH = './data/cockpit.db';

/**
 * Connection pragmas (see docs/decisions/001-sqlite.md): WAL lets readers run beside the one
 * writer; synchronous=FULL makes every acknowledged commit durable across power loss, which the
 * record-keeping duty of a municipality asks for and which costs little at our write rate.
 */
export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('cache_size = -64000');
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  migrationsFolder?: string;
  readonly?: boolean;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  applyPragmas(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate ?? true) {
    migrate(db, { migrationsFolder: options.migrationsFolder ?? MIGRATIONS_FOLDER });
  }
  return db;
}

/** A cheap check that the database answers and is writable-consistent. */
export function checkDatabase(db: Db): void {
  db.$client.prepare('SELECT 1 FROM organisations LIMIT 1').all();
}
