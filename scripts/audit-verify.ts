import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATABASE_PATH, schema, type Db } from '../db';
import { verifyAuditChain } from '../server/services/audit';

/**
 * `npm run audit:verify [-- --db PATH]`: recomputes the hash chain of the audit log and exits 0
 * when it is intact, 1 when a row was changed, removed or inserted out of order (or the database
 * cannot be read). The database is opened read-only, so the check can run beside the server.
 */
export function auditVerify(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { exitCode: 0 | 1; message: string } {
  const flag = argv.indexOf('--db');
  const path = resolve(flag >= 0 && argv[flag + 1] ? argv[flag + 1]! : (env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH));
  if (!existsSync(path)) {
    return {
      exitCode: 1,
      message: `Datenbank nicht gefunden: ${path}\nDatabase not found: ${path}`,
    };
  }
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = verifyAuditChain(drizzle(sqlite, { schema }) as Db);
    if (result.ok) {
      return {
        exitCode: 0,
        message:
          `Änderungsprotokoll intakt: ${result.rows} Einträge geprüft, die Hash-Kette ist lückenlos (${path}).\n` +
          `Audit log intact: ${result.rows} rows verified, the hash chain is unbroken (${path}).`,
      };
    }
    return {
      exitCode: 1,
      message:
        `Änderungsprotokoll VERÄNDERT: Die Hash-Kette bricht bei Eintrag ${result.firstBrokenId} (${result.rows} Einträge gelesen, ${path}).\n` +
        `Audit log TAMPERED: the hash chain breaks at row ${result.firstBrokenId} (${result.rows} rows read): ${result.problem}`,
    };
  } catch (error) {
    return {
      exitCode: 1,
      message: `Das Änderungsprotokoll konnte nicht gelesen werden: ${String(error)}\nThe audit log could not be read: ${String(error)}`,
    };
  } finally {
    sqlite.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { exitCode, message } = auditVerify(process.argv.slice(2));
  (exitCode === 0 ? console.log : console.error)(message);
  process.exit(exitCode);
}
