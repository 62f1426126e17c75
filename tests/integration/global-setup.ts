import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db';
import { seedDatabase } from '../../seed/load';
import { TMP_DIR } from './template-paths';

function closeAsSingleFile(db: ReturnType<typeof openDatabase>): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.pragma('journal_mode = DELETE');
  db.$client.close();
}

/** Migrates and seeds the template databases once for this run; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(TMP_DIR, { recursive: true });
  const dir = mkdtempSync(join(TMP_DIR, 'run-'));
  closeAsSingleFile(openDatabase(join(dir, 'template-empty.db')));
  const seeded = openDatabase(join(dir, 'template-seeded.db'));
  await seedDatabase(seeded, { demoUsers: true });
  closeAsSingleFile(seeded);
  project.provide('templateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
