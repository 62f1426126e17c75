import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { organisations, programmes } from '../../db/schema';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { AppError, fromSqliteError } from '../errors';
import { locateInWorkbook } from '../exchange/columns';
import { FILE_SHEET, JSON_SHEET, type ExchangeReadResult, type ImportIssue, type PathProblem } from '../exchange/issues';
import { formatJsonPath, parseProgrammeJson } from '../exchange/json';
import { findReferenceProblems } from '../exchange/references';
import { readProgrammeWorkbook } from '../exchange/xlsx';
import type { Actor } from './actor';
import { applyProgrammeExchange, type ImportSummary } from './programme-import';

export type ImportFormat = 'json' | 'xlsx';

/**
 * Where the file goes: a new programme (its key must not exist yet), an existing programme (the
 * file must carry that programme's key), or — for the seed and the command line — whatever
 * programme of the organisation has the file's key.
 */
export type ImportTarget = { kind: 'new' } | { kind: 'existing'; programmeId: number } | { kind: 'byKey' };

export interface ImportOptions {
  /** Run the whole import and roll it back: the summary says what would change. */
  dryRun?: boolean;
  target?: ImportTarget;
}

export type ImportResult =
  | { ok: true; summary: ImportSummary; applied: boolean }
  | { ok: false; issues: ImportIssue[] };

/** Sheet of problems the database found although the file passed every check. */
export const DATABASE_SHEET = 'Datenbank';

class PreviewRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('preview rollback');
  }
}

/** A problem found after reading, located like the reader locates its own. */
class LocatedProblems extends Error {
  constructor(readonly problems: PathProblem[]) {
    super('import refused');
  }
}

function locate(format: ImportFormat, { path, message }: PathProblem): ImportIssue {
  if (format === 'xlsx') return { ...locateInWorkbook(path), message };
  return {
    sheet: JSON_SHEET,
    row: typeof path[1] === 'number' ? path[1] + 1 : null,
    column: path.length > 0 ? formatJsonPath(path) : null,
    message,
  };
}

/**
 * Reads an exchange document given as JSON text or as an already parsed object (the seed, API
 * clients). An object goes through the same JSON reader as a file, so its problems carry JSON
 * paths such as `projects[3].plannedStart` as well.
 */
export function readProgrammeDocument(input: unknown): ExchangeReadResult {
  if (typeof input === 'string') return parseProgrammeJson(input);
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    return { ok: false, issues: [{ sheet: JSON_SHEET, row: null, column: null, message: 'Das Dokument lässt sich nicht als JSON darstellen.' }] };
  }
  return parseProgrammeJson(text);
}

export const UNREADABLE_WORKBOOK_MESSAGE =
  'Die Arbeitsmappe enthält einen Wert, der sich nicht lesen lässt (z. B. eine sehr große Zahl in einer Datumsspalte). Bitte die Werte prüfen.';

/**
 * Reads an uploaded file of either format; never throws for bad content. The workbook reader
 * promises not to throw either; should a hostile file still find a way, the upload is refused
 * as unreadable instead of failing the request.
 */
export async function readProgrammeFile(format: ImportFormat, content: Buffer): Promise<ExchangeReadResult> {
  if (format === 'json') return parseProgrammeJson(content.toString('utf8'));
  try {
    return await readProgrammeWorkbook(content);
  } catch {
    return { ok: false, issues: [{ sheet: FILE_SHEET, row: null, column: null, message: UNREADABLE_WORKBOOK_MESSAGE }] };
  }
}

/**
 * Imports a programme from an object or JSON text. Validates everything first, then applies
 * all in one transaction or nothing. With `dryRun` the same code runs and is rolled back, so
 * the preview shows exactly what would change.
 */
export function importProgramme(
  db: Db,
  organisationId: number,
  input: unknown,
  actor: Actor,
  options: ImportOptions = {},
): ImportResult {
  const read = readProgrammeDocument(input);
  if (!read.ok) return read;
  return importValidatedProgramme(db, organisationId, read.data, actor, { ...options, format: 'json' });
}

/** Imports an uploaded XLSX workbook or JSON file, with the same guarantees as `importProgramme`. */
export async function importProgrammeFile(
  db: Db,
  organisationId: number,
  file: { format: ImportFormat; content: Buffer },
  actor: Actor,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const read = await readProgrammeFile(file.format, file.content);
  if (!read.ok) return read;
  return importValidatedProgramme(db, organisationId, read.data, actor, { ...options, format: file.format });
}

/**
 * What the database would refuse although the exchange schema accepts it: a goal text of
 * blanks only (the schema does not trim texts, the database's check does).
 */
function findStoreProblems(data: TProgrammeExchange): PathProblem[] {
  return data.goals.flatMap((goal, i) =>
    goal.text.trim() === '' ? [{ path: ['goals', i, 'text'], message: 'Bitte einen Text angeben.' }] : [],
  );
}

function checkTarget(tx: Pick<Db, 'select'>, organisationId: number, data: TProgrammeExchange, target: ImportTarget): PathProblem[] {
  if (target.kind === 'byKey') return [];
  const path = ['programme', 'key'];
  const key = data.programme.key;
  if (target.kind === 'new') {
    const existing = tx
      .select({ title: programmes.title })
      .from(programmes)
      .where(and(eq(programmes.organisationId, organisationId), eq(programmes.key, key)))
      .get();
    return existing
      ? [
          {
            path,
            message: `Das Programm „${existing.title}“ hat bereits den Schlüssel „${key}“. Bitte dieses Programm als Ziel wählen oder einen anderen Schlüssel angeben.`,
          },
        ]
      : [];
  }
  const chosen = tx
    .select({ key: programmes.key, title: programmes.title })
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, target.programmeId)))
    .get();
  if (!chosen) {
    throw new AppError('NOT_FOUND', `programme ${target.programmeId} not found in organisation ${organisationId}`, {
      userMessage: 'Das gewählte Programm wurde nicht gefunden.',
    });
  }
  return chosen.key === key
    ? []
    : [
        {
          path,
          message: `Die Datei enthält das Programm mit dem Schlüssel „${key}“, gewählt ist „${chosen.title}“ (Schlüssel „${chosen.key}“). Bitte den Schlüssel in der Datei anpassen oder „Neues Programm“ wählen.`,
        },
      ];
}

export function importValidatedProgramme(
  db: Db,
  organisationId: number,
  data: TProgrammeExchange,
  actor: Actor,
  options: ImportOptions & { format?: ImportFormat } = {},
): ImportResult {
  const format = options.format ?? 'json';
  // The readers ran these checks already; a document built in code has not been through them.
  const referenceProblems = findReferenceProblems(data);
  if (referenceProblems.length > 0) return { ok: false, issues: referenceProblems.map((problem) => locate(format, problem)) };
  try {
    const summary = db.transaction((tx) => {
      const problems = [...findStoreProblems(data), ...checkTarget(tx, organisationId, data, options.target ?? { kind: 'byKey' })];
      if (problems.length > 0) throw new LocatedProblems(problems);
      const result = applyProgrammeExchange(tx, organisationId, data, actor);
      if (options.dryRun) throw new PreviewRollback(result);
      return result;
    });
    return { ok: true, summary, applied: true };
  } catch (error) {
    if (error instanceof PreviewRollback) return { ok: true, summary: error.summary, applied: false };
    if (error instanceof LocatedProblems) return { ok: false, issues: error.problems.map((problem) => locate(format, problem)) };
    const constraint = fromSqliteError(error);
    if (constraint) {
      return {
        ok: false,
        issues: [{ sheet: DATABASE_SHEET, row: null, column: null, message: `${constraint.userMessage} (${constraint.message})` }],
      };
    }
    throw error;
  }
}


/**
 * The organisation a command-line import or export works on: the one named by its key, or the
 * only one there is. Returns a German and English message when that is not clear.
 */
export function organisationForTool(
  db: Db,
  key: string | undefined,
): { ok: true; id: number; key: string; name: string } | { ok: false; message: string } {
  const all = db.select({ id: organisations.id, key: organisations.key, name: organisations.name }).from(organisations).all();
  const known = all.map((o) => o.key).join(', ') || '–';
  if (key !== undefined) {
    const found = all.find((o) => o.key === key);
    return found
      ? { ok: true, ...found }
      : { ok: false, message: `Unbekannte Organisation „${key}“ / unknown organisation "${key}" (vorhanden / known: ${known}).` };
  }
  if (all.length === 1) return { ok: true, ...all[0]! };
  return {
    ok: false,
    message:
      all.length === 0
        ? 'Die Datenbank enthält keine Organisation / the database holds no organisation.'
        : `Bitte die Organisation mit --org angeben / please name the organisation with --org (vorhanden / known: ${known}).`,
  };
}
