import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase } from './index';
import { TMP_DIR } from '../tests/integration/template-paths';

interface Journal {
  entries: { idx: number; tag: string }[];
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the migrations folder that stops after the first migration. */
function firstMigrationOnly(): string {
  const dir = mkdtempSync(join(TMP_DIR, 'migrations-'));
  dirs.push(dir);
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  journal.entries = journal.entries.slice(0, 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe('[DB] migrations', () => {
  it('upgrades a database created at the first migration to the latest with its data intact', () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
    expect(journal.entries.length).toBeGreaterThan(1);

    const dir = mkdtempSync(join(TMP_DIR, 'upgrade-'));
    dirs.push(dir);
    const path = join(dir, 'old.db');
    const old = openDatabase(path, { migrationsFolder: firstMigrationOnly() });
    const sqlite = old.$client;
    sqlite.prepare("INSERT INTO organisations (key, name, kind) VALUES ('unna', 'Kreis Unna', 'kreis')").run();
    sqlite.prepare("INSERT INTO programmes (organisation_id, key, title) VALUES (1, 'p', 'Digitaler Masterplan')").run();
    sqlite.prepare("INSERT INTO fields_of_action (organisation_id, programme_id, key, title) VALUES (1, 1, 'f', 'Interne Geschäftsprozesse')").run();
    sqlite
      .prepare("INSERT INTO projects (organisation_id, programme_id, field_of_action_id, key, title, maturity) VALUES (1, 1, 1, 'dms', 'DMS', 2)")
      .run();
    // Before the trigger migration the audit log could still be edited.
    const triggersBefore = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get() as { n: number };
    expect(triggersBefore.n).toBe(0);
    sqlite.close();

    const upgraded = openDatabase(path);
    const project = upgraded.$client.prepare('SELECT title, maturity FROM projects WHERE key = ?').get('dms');
    expect(project).toEqual({ title: 'DMS', maturity: 2 });
    const applied = upgraded.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(journal.entries.length);
    const triggersAfter = upgraded.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").get() as { n: number };
    expect(triggersAfter.n).toBeGreaterThan(0);
    expect(upgraded.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    upgraded.$client.close();
  });
});
