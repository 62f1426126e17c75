import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { Db } from '../../db';
import { applyPragmas, openDatabase } from '../../db';
import { AppError } from '../errors';

/**
 * A consistent copy of the running database through SQLite's online backup API: pages are
 * copied in steps while the application keeps writing; writes made through the same connection
 * during the backup are carried into the copy, so it equals the database at completion.
 */
export async function backupDatabase(db: Db, destination: string): Promise<{ pages: number }> {
  rmSync(destination, { force: true });
  const result = await db.$client.backup(destination, { progress: () => 200 });
  const copy = new Database(destination);
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppError('INTERNAL', `backup integrity check failed: ${String(check)}`);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return { pages: result.totalPages };
}

/** Checks that a file is an intact Cockpit database before anything is replaced. */
export function validateBackupFile(path: string): void {
  if (!existsSync(path)) throw new AppError('INVALID_INPUT', `backup file ${path} does not exist`);
  let source: Database.Database | null = null;
  try {
    source = new Database(path, { readonly: true, fileMustExist: true });
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppError('INVALID_INPUT', `backup ${path} fails the integrity check: ${String(check)}`);
    const hasMigrations = source
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('__drizzle_migrations', 'organisations', 'audit_log')")
      .get() as { n: number };
    if (hasMigrations.n !== 3) throw new AppError('INVALID_INPUT', `${path} is not a Digitalisierungs-Cockpit database`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('INVALID_INPUT', `${path} is not a readable SQLite database: ${(error as Error).message}`);
  } finally {
    source?.close();
  }
}

/**
 * Replaces the database at `target` with the backup (the server must be stopped). The backup is
 * copied to a temporary file beside the target first and renamed into place, so an interrupted
 * restore never leaves a half-written database; older backups are migrated to the current schema.
 */
export async function restoreDatabase(backupPath: string, target: string): Promise<void> {
  validateBackupFile(backupPath);
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  const source = new Database(backupPath, { readonly: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  const staged = new Database(staging);
  applyPragmas(staged);
  staged.pragma('journal_mode = DELETE');
  staged.close();
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
  openDatabase(target).$client.close();
}
