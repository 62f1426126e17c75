import type { Db } from '../../db';
import { ZProgrammeExchange, type TProgrammeExchange } from '../../shared/schemas/exchange';
import { fromSqliteError } from '../errors';
import { checkReferences } from '../exchange/references';
import type { ImportIssue } from '../exchange/issues';
import type { Actor } from './actor';
import { applyProgrammeExchange, type ImportSummary } from './programme-import';

export type ImportResult =
  | { ok: true; summary: ImportSummary; applied: boolean }
  | { ok: false; issues: ImportIssue[] };

class PreviewRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('preview rollback');
  }
}

function zodIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): ImportIssue[] {
  return error.issues.map((issue) => ({
    sheet: 'JSON',
    row: typeof issue.path[1] === 'number' ? issue.path[1] + 1 : null,
    column: issue.path.map(String).join('.') || null,
    message: issue.message,
  }));
}

/**
 * Validates everything first, then applies all in one transaction or nothing. With
 * `dryRun` the same code runs and is rolled back, so the preview shows exactly what would change.
 */
export function importProgramme(
  db: Db,
  organisationId: number,
  input: unknown,
  actor: Actor,
  options: { dryRun?: boolean } = {},
): ImportResult {
  const parsed = ZProgrammeExchange.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  return importValidatedProgramme(db, organisationId, parsed.data, actor, options);
}

export function importValidatedProgramme(
  db: Db,
  organisationId: number,
  data: TProgrammeExchange,
  actor: Actor,
  options: { dryRun?: boolean } = {},
): ImportResult {
  const referenceIssues = checkReferences(data);
  if (referenceIssues.length > 0) return { ok: false, issues: referenceIssues };
  try {
    const summary = db.transaction((tx) => {
      const result = applyProgrammeExchange(tx, organisationId, data, actor);
      if (options.dryRun) throw new PreviewRollback(result);
      return result;
    });
    return { ok: true, summary, applied: true };
  } catch (error) {
    if (error instanceof PreviewRollback) return { ok: true, summary: error.summary, applied: false };
    const constraint = fromSqliteError(error);
    if (constraint) {
      return {
        ok: false,
        issues: [{ sheet: 'Datenbank', row: null, column: null, message: `${constraint.userMessage} (${constraint.message})` }],
      };
    }
    throw error;
  }
}
