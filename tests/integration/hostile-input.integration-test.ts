import { TRPCError } from '@trpc/server';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { applyPragmas, schema, type Db } from '../../db';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { SHEETS } from '../../server/exchange/columns';
import { serializeProgrammeJson } from '../../server/exchange/json';
import { readProgrammeWorkbook } from '../../server/exchange/xlsx';
import { appRouter } from '../../server/routers';
import { systemActor } from '../../server/services/actor';
import { exportProgramme, exportProgrammeFile } from '../../server/services/programme-export';
import { importProgramme } from '../../server/services/programme-import-run';
import { createOrganisation } from '../../server/services/users';
import { callerAs } from '../factories';
import { createTestDb, type TestDb } from './test-db';

/**
 * Random and malicious input against every mutation of the app router and against the
 * importer. Two promises are checked on every call: the server never answers with an internal
 * error (a 500), and a refused call leaves every table — the audit log included — exactly as it
 * was (no partial write).
 */

/**
 * Every mutation is fuzzed against a fresh in-memory copy of the seed (see below); copies are
 * made from one image taken at the start, not from the shared template file.
 */
let image: Buffer;
let t: { db: Db; close(): void };

function freshDatabase(): { db: Db; close(): void } {
  const sqlite = new Database(image);
  applyPragmas(sqlite);
  const db = drizzle(sqlite, { schema }) as Db;
  return { db, close: () => sqlite.close() };
}

beforeAll(() => {
  const seeded: TestDb = createTestDb();
  // An image in WAL mode cannot be opened in memory.
  seeded.db.$client.pragma('journal_mode = DELETE');
  image = seeded.db.$client.serialize();
  seeded.close();
  t = freshDatabase();
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------
// Observing the database
// ---------------------------------------------------------------------------------------------

function databaseChecksum(): string {
  const hash = createHash('sha256');
  const tables = t.db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(`\u0001${name}`);
    for (const row of t.db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>) {
      for (const value of row) {
        if (Buffer.isBuffer(value)) hash.update(value);
        else hash.update(`\u0002${typeof value}:${String(value)}`);
      }
    }
  }
  return hash.digest('hex');
}

const isPolluted = () => ({}) as Record<string, unknown>;

/** Every failure found, reported together at the end of each test with procedure and input. */
interface Finding {
  procedure: string;
  problem: string;
  input: string;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 40)}… (${v.length} chars)` : v));
    return text === undefined ? String(input) : text.slice(0, 600);
  } catch {
    return String(input);
  }
}

type Call = (input: unknown) => Promise<unknown>;

/** Calls and checks one input; returns what went wrong, if anything. */
async function probe(call: Call, input: unknown, options: { mustNotWrite?: (result: unknown) => boolean } = {}): Promise<string | null> {
  const before = databaseChecksum();
  let result: unknown;
  try {
    result = await call(input);
  } catch (error) {
    if (!(error instanceof TRPCError)) return `threw a non-tRPC error: ${String(error)}`;
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      const cause = error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : String(error.cause);
      return `INTERNAL_SERVER_ERROR (${cause.slice(0, 300)})`;
    }
    if (databaseChecksum() !== before) return `refused with ${error.code} but changed the database`;
    return null;
  }
  if (options.mustNotWrite?.(result) && databaseChecksum() !== before) return 'answered without applying but changed the database';
  if (isPolluted().polluted !== undefined || isPolluted().isAdmin !== undefined) return 'polluted Object.prototype';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

const MEGABYTE = 'A'.repeat(1024 * 1024);
const FORMULA = '=HYPERLINK("http://evil","x")';

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\t\r\n',
  MEGABYTE,
  FORMULA,
  '+cmd|\' /C calc\'!A0',
  '@SUM(1+1)',
  "'; DROP TABLE projects; --",
  '<script>alert(1)</script>',
  '2023-02-30',
  '2021-02-29',
  '0000-00-00',
  '9999-12-31',
  '30.02.2023',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '🙂'.repeat(100),
  '\uD800',
  'NaN',
  '-1',
];
const VALID_DATES = ['2020-02-29', '2024-05-01', '2026-11-23', '2031-01-01'];
const HOSTILE_NUMBERS = [0, -1, -2147483649, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e308];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, new Date('invalid'), new Date(Date.UTC(2023, 1, 28))),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}') as unknown),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
);

/** Ids of rows of one organisation's own (may pass) and of the other organisation (must be refused). */
interface IdPool {
  own: number[];
  other: number[];
}
type IdPools = Map<string, IdPool>;

/** The table an id field points to, by its name; `id` itself by the router it belongs to. */
const TABLE_OF_FIELD: Record<string, string> = {
  fieldOfActionId: 'fields_of_action',
  projectId: 'projects',
  predecessorId: 'projects',
  successorId: 'projects',
  programmeId: 'programmes',
  goalId: 'goals',
  leadUserId: 'users',
  committeeId: 'committees',
  overrideId: 'status_overrides',
};
const TABLE_OF_ROUTER: Record<string, string> = {
  project: 'projects',
  programmeInfo: 'programmes',
  fieldOfAction: 'fields_of_action',
  milestone: 'milestones',
  goal: 'goals',
  kpi: 'kpis',
  obligation: 'legal_obligations',
  budget: 'budget_lines',
  decision: 'decisions',
  user: 'users',
  report: 'progress_reports',
  programme: 'programmes',
};

function collectIds(): IdPools {
  const tables = t.db.$client
    .prepare(
      "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'organisation_id') AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'id')",
    )
    .all() as { name: string }[];
  const ids = (table: string, org: string) =>
    (
      t.db.$client
        .prepare(`SELECT x.id FROM "${table}" x JOIN organisations o ON o.id = x.organisation_id WHERE o.key = ? ORDER BY random() LIMIT 8`)
        .all(org) as { id: number }[]
    ).map((r) => r.id);
  const pools: IdPools = new Map(tables.map(({ name }) => [name, { own: ids(name, 'unna'), other: ids(name, 'werl') }]));
  pools.set('*', {
    own: [...pools.values()].flatMap((pool) => pool.own.slice(0, 2)),
    other: [...pools.values()].flatMap((pool) => pool.other.slice(0, 2)),
  });
  return pools;
}

type ZodDef = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): ZodDef | null => (schema as { _zod?: { def: ZodDef } })?._zod?.def ?? null;

/**
 * Inputs shaped like what a procedure expects — so that many of them pass validation and reach
 * the service — with hostile values mixed in at every field.
 */
function shapedInput(schema: z.ZodType, ids: IdPools, router: string, depth = 0, field = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const hostile = { arbitrary: hostileValue, weight: 1 };
  if (!def || depth > 4) return hostileValue;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const record = fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, shapedInput(child, ids, router, depth + 1, key)])),
        { requiredKeys: Object.keys(shape) },
      );
      return fc.oneof({ arbitrary: record, weight: 12 }, { arbitrary: record.map(withProtoKey), weight: 1 }, hostile);
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(
        { arbitrary: shapedInput(def.innerType as z.ZodType, ids, router, depth, field), weight: 4 },
        { arbitrary: fc.constant(def.type === 'nullable' ? null : undefined), weight: 1 },
      );
    case 'pipe':
      return shapedInput(def.in as z.ZodType, ids, router, depth, field);
    case 'array':
      return fc.oneof(
        { arbitrary: fc.array(shapedInput(def.element as z.ZodType, ids, router, depth + 1, field), { maxLength: 4 }), weight: 5 },
        hostile,
      );
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => shapedInput(option, ids, router, depth, field)), hostileValue);
    case 'enum':
      return fc.oneof({ arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string>)), weight: 12 }, hostile);
    case 'literal':
      return fc.oneof({ arbitrary: fc.constantFrom(...(def.values as unknown[])), weight: 12 }, hostile);
    case 'boolean':
      return fc.oneof({ arbitrary: fc.boolean(), weight: 4 }, hostile);
    case 'number':
      return fc.oneof({ arbitrary: numberFor(field, ids, router), weight: 12 }, hostile);
    case 'string':
      return fc.oneof({ arbitrary: stringFor(field), weight: 12 }, hostile);
    default:
      return hostileValue;
  }
}

function numberFor(field: string, ids: IdPools, router: string): fc.Arbitrary<unknown> {
  if (field === 'version') return fc.constantFrom(1, 1, 1, 2, 0, -1, 2 ** 31);
  if (field === 'year') return fc.constantFrom(2020, 2024, 1989, 2101, 2024.5);
  if (field === 'id' || /Id$/.test(field)) {
    const table = (field === 'id' ? TABLE_OF_ROUTER[router] : TABLE_OF_FIELD[field]) ?? '*';
    const pool = ids.get(table) ?? ids.get('*')!;
    const own = pool.own.length > 0 ? pool.own : ids.get('*')!.own;
    const other = pool.other.length > 0 ? pool.other : ids.get('*')!.other;
    return fc.oneof(
      { arbitrary: fc.constantFrom(...own), weight: 8 },
      { arbitrary: fc.constantFrom(...other), weight: 3 },
      { arbitrary: fc.constantFrom(-1, 0, 999_999, 2 ** 31, 2 ** 53), weight: 1 },
    );
  }
  return fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: 4 },
    fc.double({ noNaN: false }),
    fc.constantFrom(...HOSTILE_NUMBERS),
  );
}

function stringFor(field: string): fc.Arbitrary<unknown> {
  if (/date|deadline|expires|start$|end$|^asOf/i.test(field)) {
    return fc.oneof({ arbitrary: fc.constantFrom(...VALID_DATES), weight: 3 }, fc.constantFrom('2023-02-30', '2023-13-01', '01.04.2020', '2020-4-1'));
  }
  if (field === 'key') return fc.oneof(fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/), fc.constantFrom('__proto__', 'a b', 'x'.repeat(65), 'ÄÖÜ-1'));
  if (field === 'contentBase64') return fc.oneof(fc.base64String({ maxLength: 200 }), fc.constantFrom('', '====', '@@@'));
  return fc.oneof(
    { arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 4 },
    { arbitrary: fc.constantFrom('Gültiger Titel', 'Kreistag', 'EGovG NRW', '§ 3'), weight: 3 },
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 2 },
  );
}

/** An own `__proto__` key, as JSON.parse creates it: must neither pass nor pollute anything. */
function withProtoKey(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...value };
  Object.defineProperty(copy, '__proto__', { value: { polluted: 'yes', isAdmin: true }, enumerable: true, writable: true, configurable: true });
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Every mutation of the app router
// ---------------------------------------------------------------------------------------------

interface ProcedureEntry {
  path: string;
  type: string;
  inputs: z.ZodType[];
}

function mutations(): ProcedureEntry[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: z.ZodType[] } }>;
  return Object.entries(procedures)
    .filter(([, procedure]) => procedure._def.type === 'mutation')
    .map(([path, procedure]) => ({ path, type: procedure._def.type, inputs: procedure._def.inputs }));
}

function callerFor(username: string, path: string): Call {
  const caller = callerAs(t.db, username) as unknown as Record<string, unknown>;
  const target = path.split('.').reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], caller);
  return target as Call;
}

/** Steering fuzzes everything it may call; the procedures it may not (user administration) are fuzzed as admin. */
async function actorFor(path: string): Promise<string> {
  try {
    await callerFor('steuerung.unna', path)(Symbol('probe'));
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'FORBIDDEN') return 'admin.unna';
  }
  return 'steuerung.unna';
}

const RUNS_PER_MUTATION = 25;
/** Generating a report renders PDF and DOCX: fewer runs keep the file inside its time budget. */
const SLOW_MUTATIONS: Record<string, number> = { 'report.generate': 8, 'report.supersede': 8 };

describe('[HOSTILE] every mutation of the app router', () => {
  const all = mutations();

  it('finds the mutations to fuzz (the router enumeration works)', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.map((m) => m.path)).toEqual(expect.arrayContaining(['project.update', 'exchange.preview', 'exchange.applyImport']));
  });

  it('never answers with an internal error and never writes partially, whatever the input', { timeout: 120_000 }, async () => {
    const findings: Finding[] = [];
    for (const procedure of all) {
      // Each mutation meets the seed afresh: what one deletes or demotes (a role, a user) must
      // not leave the next with nothing to work on.
      t.close();
      t = freshDatabase();
      const ids = collectIds();
      const username = await actorFor(procedure.path);
      const call = callerFor(username, procedure.path);
      const router = procedure.path.split('.')[0]!;
      const shaped = procedure.inputs.length === 1 ? shapedInput(procedure.inputs[0]!, ids, router) : hostileValue;
      const input = fc.oneof({ arbitrary: shaped, weight: 5 }, { arbitrary: fc.anything(), weight: 1 });
      let found = false;
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          if (found) return;
          const problem = await probe(call, value);
          if (problem) {
            found = true;
            findings.push({ procedure: `${procedure.path} as ${username}`, problem, input: describeInput(value) });
          }
        }),
        { numRuns: SLOW_MUTATIONS[procedure.path] ?? RUNS_PER_MUTATION, seed: 20261123 },
      );
    }
    expect(findings).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The importer: random workbooks and JSON documents
// ---------------------------------------------------------------------------------------------

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>('P-01', 'P-02', 'f1', 'W1', 'L1', 'K1', 'Titel', 1, 2, 3, 2020, 2021, 'verpflichtend', 'Wirkungsziel', 'Leistungsziel', 'rot', 'Anzahl', 'konsumtiv', '01.04.2020', new Date(Date.UTC(2020, 3, 1))),
  fc.constantFrom<ExcelJS.CellValue>(
    { formula: 'HYPERLINK("http://evil","x")', result: 'x' } as ExcelJS.CellFormulaValue,
    FORMULA,
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    "'=schon geschützt",
    '30.02.2023',
    '2023-02-30',
    { error: '#REF!' } as ExcelJS.CellErrorValue,
    { text: 'Link', hyperlink: 'http://evil' },
    { richText: [{ text: 'fett', font: { bold: true } }, { text: ' normal' }] },
    true,
    -1,
    1e308,
    '',
    ' ',
    'unbekannt',
    '__proto__',
    'P-01; P-01; P-99',
    'x'.repeat(70_000),
  ),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true }),
);

/** A workbook of random rows, with the sheets of the format (some left out) and now and then a stray sheet. */
const randomWorkbook = fc.record({
  sheets: fc.subarray([...SHEETS], { minLength: 1 }),
  rows: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 6 }),
  dropHeader: fc.nat({ max: 20 }),
  straySheet: fc.boolean(),
  extraHeader: fc.option(fc.constantFrom('Unbekannt', FORMULA, ''), { nil: null }),
});

async function buildRandomWorkbook({ sheets, rows, dropHeader, straySheet, extraHeader }: typeof randomWorkbook extends fc.Arbitrary<infer T> ? T : never) {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((sheet, s) => {
    const worksheet = workbook.addWorksheet(sheet.name);
    const headers: ExcelJS.CellValue[] = sheet.columns.map((c) => c.header).filter((_h, i) => i !== dropHeader);
    if (extraHeader !== null) headers.push(extraHeader.startsWith('=') ? ({ formula: extraHeader.slice(1) } as ExcelJS.CellFormulaValue) : extraHeader);
    worksheet.addRow(headers);
    for (const row of rows.slice(s % 2)) worksheet.addRow(row);
  });
  if (straySheet) workbook.addWorksheet('Notizen').addRow(['irgendwas']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A programme as a plain workbook — headers and values, without the exporter's selection lists,
 * which exceljs expands cell by cell on loading and which would make every run slow.
 */
function plainWorkbook(data: TProgrammeExchange): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow(sheet.columns.map((c) => c.header));
    const rows: Record<string, unknown>[] =
      sheet.source === 'programme' ? [{ ...data.programme, formatVersion: data.formatVersion }] : (data[sheet.source] as Record<string, unknown>[]);
    for (const row of rows) {
      worksheet.addRow(
        sheet.columns.map(({ field }) => {
          const value = row[field];
          if (Array.isArray(value)) return value.join('; ');
          return value === undefined ? null : (value as ExcelJS.CellValue);
        }),
      );
    }
  }
  return workbook;
}

describe('[HOSTILE] the importer', () => {
  let werl: TProgrammeExchange;
  let unnaProgrammeId: number;
  let werlProgrammeId: number;
  beforeAll(() => {
    const ids = t.db.$client
      .prepare('SELECT o.key, o.id AS organisationId, p.id AS programmeId FROM programmes p JOIN organisations o ON o.id = p.organisation_id')
      .all() as { key: string; organisationId: number; programmeId: number }[];
    const werlIds = ids.find((r) => r.key === 'werl')!;
    unnaProgrammeId = ids.find((r) => r.key === 'unna')!.programmeId;
    werlProgrammeId = werlIds.programmeId;
    werl = exportProgramme(t.db, werlIds.organisationId, werlIds.programmeId);
  });

  const target = () =>
    fc.constantFrom<{ kind: 'new' } | { kind: 'existing'; programmeId: number }>(
      { kind: 'new' },
      { kind: 'new' },
      { kind: 'existing', programmeId: unnaProgrammeId },
      { kind: 'existing', programmeId: werlProgrammeId },
    );

  /** Preview and apply of one file: no 500, nothing written unless applied, issues well-formed. */
  async function checkUpload(format: 'xlsx' | 'json', content: Buffer, chosen: { kind: 'new' } | { kind: 'existing'; programmeId: number }) {
    const steering = callerAs(t.db, 'steuerung.unna');
    const input = { fileName: `fuzz.${format}`, format, contentBase64: content.toString('base64'), target: chosen };
    const problems: string[] = [];
    const preview = await probe((value) => steering.exchange.preview(value as typeof input), input, { mustNotWrite: () => true });
    if (preview) problems.push(`preview: ${preview}`);
    const apply = await probe((value) => steering.exchange.applyImport(value as typeof input), input, {
      mustNotWrite: (result) => !(result as { ok: boolean }).ok,
    });
    if (apply) problems.push(`applyImport: ${apply}`);
    const result = await steering.exchange.preview(input).catch(() => null);
    if (result && !result.ok) {
      for (const issue of result.issues) {
        const wellFormed =
          typeof issue.sheet === 'string' &&
          typeof issue.message === 'string' &&
          issue.message.length > 0 &&
          (issue.row === null || Number.isInteger(issue.row)) &&
          (issue.column === null || typeof issue.column === 'string');
        if (!wellFormed) problems.push(`malformed issue ${JSON.stringify(issue)}`);
      }
    }
    return problems;
  }

  it('survives random workbooks with formula cells, formula-looking text, impossible dates and unknown keys', { timeout: 60_000 }, async () => {
    const findings: string[] = [];
    await fc.assert(
      fc.asyncProperty(randomWorkbook, target(), async (description, chosen) => {
        findings.push(...(await checkUpload('xlsx', await buildRandomWorkbook(description), chosen)));
      }),
      { numRuns: 30, seed: 4711 },
    );
    expect(findings).toEqual([]);
  });

  it('survives the Werl workbook with random cells replaced by hostile values', { timeout: 60_000 }, async () => {
    const findings: string[] = [];
    const corruption = fc.array(
      fc.record({ sheet: fc.constantFrom(...SHEETS.map((s) => s.name)), row: fc.integer({ min: 1, max: 14 }), column: fc.integer({ min: 1, max: 15 }), value: cellValue }),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(corruption, target(), async (changes, chosen) => {
        const workbook = plainWorkbook(werl);
        for (const change of changes) {
          const sheet = workbook.getWorksheet(change.sheet);
          if (sheet) sheet.getCell(change.row, change.column).value = change.value;
        }
        findings.push(...(await checkUpload('xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), chosen)));
      }),
      { numRuns: 25, seed: 815 },
    );
    expect(findings).toEqual([]);
  });

  it('survives random JSON and the Werl document with random fields replaced', { timeout: 60_000 }, async () => {
    const findings: string[] = [];
    const randomJson = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'undefined'),
      fc.string(),
      fc.constantFrom('', '{', '{"formatVersion": 1, "programme": {"key": "x", "title": "y"}, "__proto__": {"polluted": 1}}', '[]', 'null'),
    );
    const collections = ['projects', 'phases', 'milestones', 'obligations', 'decisions', 'fieldsOfAction'] as const;
    const mutatedWerl = fc
      .record({
        collection: fc.constantFrom(...collections),
        index: fc.nat({ max: 20 }),
        field: fc.constantFrom('key', 'projectKey', 'parentKey', 'fieldOfActionKey', 'title', 'plannedStart', 'plannedEnd', 'start', 'maturity', 'dependsOn', 'projectKeys', 'date', '__proto__', 'unbekannt'),
        value: hostileValue,
        programmeKey: fc.constantFrom('werl-egov-plan', 'fuzz-neu'),
      })
      .map(({ collection, index, field, value, programmeKey }) => {
        const document = JSON.parse(serializeProgrammeJson(werl)) as Record<string, unknown>;
        (document.programme as Record<string, unknown>).key = programmeKey;
        const rows = document[collection] as Record<string, unknown>[];
        const row = rows[index % Math.max(rows.length, 1)];
        if (row) Object.defineProperty(row, field, { value, enumerable: true, writable: true, configurable: true });
        return JSON.stringify(document, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? '';
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomJson, mutatedWerl), target(), async (text, chosen) => {
        findings.push(...(await checkUpload('json', Buffer.from(text, 'utf8'), chosen)));
      }),
      { numRuns: 40, seed: 1234 },
    );
    expect(findings).toEqual([]);
  });
});

describe('[HOSTILE] the workbook reader and numbers beyond the calendar', () => {
  // Found by fuzzing: a number beyond Excel's date range in a date column used to throw a
  // RangeError (a 500 on upload) instead of being reported as an invalid date.
  it('reports a huge number in a date column as an invalid date instead of throwing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Programm');
    sheet.addRow(['Schlüssel', 'Titel', 'Stand']);
    sheet.addRow(['p', 'Programm', 1e10]);
    await expect(readProgrammeWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()))).resolves.toMatchObject({ ok: false });
  });
});

// ---------------------------------------------------------------------------------------------
// Formula injection on export
// ---------------------------------------------------------------------------------------------

describe('[HOSTILE] XLSX export neutralises formula injection', () => {
  it('writes a project titled =HYPERLINK(…) as text, never as a formula, and reads it back unchanged', async () => {
    const organisationId = createOrganisation(t.db, 'formel', 'Formelstadt', 'kommune');
    const actor = systemActor(organisationId, 'Test');
    const result = importProgramme(
      t.db,
      organisationId,
      {
        formatVersion: 1,
        programme: { key: 'formel', title: '@SUM(1+1)', description: '-2+3' },
        fieldsOfAction: [{ key: 'f', title: '+cmd|\' /C calc\'!A0' }],
        projects: [{ key: 'p', fieldOfActionKey: 'f', title: FORMULA, responsibleUnit: '=1+1', maturity: 2 }],
      },
      actor,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));

    const file = await exportProgrammeFile(t.db, actor, result.summary.programmeId, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined)).toEqual([]);

    const projects = workbook.getWorksheet('Projekte')!;
    const titleColumn = SHEETS.find((s) => s.name === 'Projekte')!.columns.findIndex((c) => c.field === 'title') + 1;
    const title = projects.getCell(2, titleColumn);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(`'${FORMULA}`);
    for (const text of ['@SUM(1+1)', '-2+3', '+cmd|\' /C calc\'!A0', '=1+1']) {
      expect(cells.some((cell) => cell.value === `'${text}`)).toBe(true);
    }

    const read = await readProgrammeWorkbook(file.body);
    expect(read.ok && read.data.projects[0]!.title).toBe(FORMULA);
    expect(read.ok && read.data.programme.title).toBe('@SUM(1+1)');
  });
});
