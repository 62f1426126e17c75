import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../db';
import { emptyTemplate, seededTemplate, TMP_DIR } from './template-paths';

export interface TestDb {
  db: Db;
  path: string;
  close(): void;
}

/** A private copy of a template database: real SQLite, real migrations, no shared state. */
export function createTestDb(options: { seeded?: boolean } = {}): TestDb {
  const dir = mkdtempSync(join(TMP_DIR, 'db-'));
  const path = join(dir, 'cockpit.db');
  copyFileSync(options.seeded === false ? emptyTemplate() : seededTemplate(), path);
  const db = openDatabase(path);
  return {
    db,
    path,
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
