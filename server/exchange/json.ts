import { z } from 'zod';
import { formatNumber } from '../../shared/dates/format';
import { ZIsoDate } from '../../shared/schemas/common';
import {
  EXCHANGE_FORMAT_VERSION,
  ZExchangeBudgetLine,
  ZExchangeDecision,
  ZExchangeFieldOfAction,
  ZExchangeGoal,
  ZExchangeKpi,
  ZExchangeKpiValue,
  ZExchangeMilestone,
  ZExchangeObligation,
  ZExchangePhase,
  ZExchangeProgramme,
  ZExchangeProject,
  ZExchangeStatusUpdate,
  ZProgrammeExchange,
  type TProgrammeExchange,
} from '../../shared/schemas/exchange';
import { SHEETS, type CollectionKey } from './columns';
import {
  FILE_TOO_LARGE_MESSAGE,
  IMPORT_LIMITS,
  JSON_SHEET,
  germanZodErrors,
  uniqueIssues,
  type ExchangeReadResult,
  type ImportIssue,
  type PathProblem,
} from './issues';
import { findReferenceProblems, toReferenceView } from './references';

/** The object schema of each part of the document, in the order the fields are written. */
const PART_SCHEMAS = {
  programme: ZExchangeProgramme,
  fieldsOfAction: ZExchangeFieldOfAction,
  projects: ZExchangeProject,
  phases: ZExchangePhase,
  milestones: ZExchangeMilestone,
  goals: ZExchangeGoal,
  kpis: ZExchangeKpi,
  kpiValues: ZExchangeKpiValue,
  obligations: ZExchangeObligation,
  budgetLines: ZExchangeBudgetLine,
  decisions: ZExchangeDecision,
  statusUpdates: ZExchangeStatusUpdate,
} as const;

const ROOT_FIELDS = Object.keys(ZProgrammeExchange.shape) as (keyof TProgrammeExchange)[];
const COLLECTIONS = ROOT_FIELDS.filter(
  (field): field is CollectionKey => field !== 'formatVersion' && field !== 'programme',
);
const fieldsOf = (part: keyof typeof PART_SCHEMAS) => Object.keys(PART_SCHEMAS[part].shape);

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

function inSchemaOrder(value: object, fields: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]));
}

/**
 * The document as pretty JSON with the fields in the order of the schema, whatever order the
 * objects were built in, so that two exports of the same data are byte-identical.
 */
export function serializeProgrammeJson(data: TProgrammeExchange): string {
  const document: Record<string, unknown> = {
    formatVersion: data.formatVersion,
    programme: inSchemaOrder(data.programme, fieldsOf('programme')),
  };
  for (const collection of COLLECTIONS) {
    const fields = fieldsOf(collection);
    document[collection] = data[collection].map((item) => inSchemaOrder(item, fields));
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['projects', 3, 'plannedStart']` → `projects[3].plannedStart`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      if (!IDENTIFIER.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

function jsonIssue({ path, message }: PathProblem): ImportIssue {
  return {
    sheet: JSON_SHEET,
    row: typeof path[1] === 'number' ? path[1] + 1 : null,
    column: path.length > 0 ? formatJsonPath(path) : null,
    message,
  };
}

const fileProblem = (message: string): ExchangeReadResult => ({
  ok: false,
  issues: [{ sheet: JSON_SHEET, row: null, column: null, message }],
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** V8 names the offset of a syntax error; the user gets line and character instead. */
function syntaxErrorMessage(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return 'Die Datei ist kein gültiges JSON.';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const character = before.length - before.lastIndexOf('\n');
  return `Die Datei ist kein gültiges JSON (Zeile ${line}, Zeichen ${character}).`;
}

/** The schema drops fields it does not know; a user would lose them without noticing. */
function unknownFields(document: Record<string, unknown>): PathProblem[] {
  const problems: PathProblem[] = [];
  const check = (object: unknown, allowed: readonly string[], path: readonly PropertyKey[]) => {
    if (!isRecord(object)) return;
    for (const field of Object.keys(object)) {
      if (!allowed.includes(field)) {
        problems.push({ path: [...path, field], message: `Unbekanntes Feld „${field}“: es würde nicht übernommen.` });
      }
    }
  };
  check(document, ROOT_FIELDS, []);
  check(document.programme, fieldsOf('programme'), ['programme']);
  for (const collection of COLLECTIONS) {
    const items = document[collection];
    if (Array.isArray(items)) items.forEach((item, i) => check(item, fieldsOf(collection), [collection, i]));
  }
  return problems;
}

/** A problem of the document's shape (not an object, a part not a list) makes reference checks meaningless. */
function isShapeProblem(path: readonly PropertyKey[]): boolean {
  return path.length === 0 || (path.length === 1 && path[0] !== 'formatVersion');
}

/**
 * Parses and validates a JSON exchange document completely. Problems carry the sheet `'JSON'`,
 * the JSON path as column and the array index + 1 as row. Never throws for bad input.
 */
export function parseProgrammeJson(text: string): ExchangeReadResult {
  if (text.length > IMPORT_LIMITS.maxFileBytes) return fileProblem(FILE_TOO_LARGE_MESSAGE);
  const source = text.replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(source);
  } catch (error) {
    return fileProblem(syntaxErrorMessage(source, error));
  }

  if (isRecord(document)) {
    const oversized = COLLECTIONS.filter(
      (collection) => Array.isArray(document[collection]) && (document[collection] as unknown[]).length > IMPORT_LIMITS.maxRowsPerSheet,
    );
    if (oversized.length > 0) {
      return {
        ok: false,
        issues: oversized.map((collection) =>
          jsonIssue({ path: [collection], message: `Höchstens ${formatNumber(IMPORT_LIMITS.maxRowsPerSheet)} Einträge je Liste.` }),
        ),
      };
    }
  }

  const parsed = ZProgrammeExchange.safeParse(document, { error: germanZodErrors });
  const schemaProblems = parsed.success ? [] : parsed.error.issues;
  const problems: PathProblem[] = [
    ...(isRecord(document) ? unknownFields(document) : []),
    ...schemaProblems,
    ...(schemaProblems.some((problem) => isShapeProblem(problem.path))
      ? []
      : findReferenceProblems(toReferenceView(document))),
  ];

  if (problems.length > 0 || !parsed.success) return { ok: false, issues: uniqueIssues(problems.map(jsonIssue)) };
  return { ok: true, data: parsed.data };
}

// ---------------------------------------------------------------------------------------------
// JSON Schema
// ---------------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

function child(object: unknown, ...keys: string[]): JsonObject | undefined {
  let current: unknown = object;
  for (const key of keys) current = isRecord(current) ? current[key] : undefined;
  return isRecord(current) ? current : undefined;
}

/**
 * The JSON Schema of the exchange document, generated from the zod schema (the input side:
 * fields with defaults may be left out), with the German sheet and column names of the workbook
 * as descriptions. Written to docs/ by scripts/generate-exchange-schema.ts.
 */
export function buildExchangeJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(ZProgrammeExchange, {
    io: 'input',
    override: (context) => {
      if (context.zodSchema === ZIsoDate) {
        context.jsonSchema.format = 'date';
        context.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
      }
    },
  });
  // A deep copy: zod may share one object between equal sub-schemas, the descriptions may not.
  const schema = JSON.parse(JSON.stringify(generated)) as JsonObject;
  const annotated: JsonObject = {
    $schema: schema.$schema,
    title: `Digitalisierungs-Cockpit: Austauschformat eines Programms (Version ${EXCHANGE_FORMAT_VERSION})`,
    description:
      'Ein ganzes Programm mit Handlungsfeldern, Projekten, Zielen, Kennzahlen, Fristen, Budget, Beschlüssen und Statusmeldungen. Zeilen verweisen über fachliche Schlüssel aufeinander. Siehe docs/exchange-format.md.',
    ...schema,
    // The importer refuses fields it does not know (they would be lost), so the schema does too.
    additionalProperties: false,
  };

  for (const sheet of SHEETS) {
    const part = child(annotated, 'properties', sheet.source);
    const item = sheet.source === 'programme' ? part : child(part, 'items');
    if (part) part.description = `Tabellenblatt „${sheet.name}“`;
    if (item) item.additionalProperties = false;
    for (const column of sheet.columns) {
      const field =
        column.field === 'formatVersion'
          ? child(annotated, 'properties', 'formatVersion')
          : child(item, 'properties', column.field);
      if (field) field.description = `Tabellenblatt „${sheet.name}“, Spalte „${column.header}“`;
    }
  }
  return annotated;
}

export function renderExchangeJsonSchema(): string {
  return `${JSON.stringify(buildExchangeJsonSchema(), null, 2)}\n`;
}
