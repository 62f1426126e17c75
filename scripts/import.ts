/**
 * `npm run import -- FILE [--org ORG] [--dry-run]`: imports a programme (XLSX workbook or JSON
 * document in the exchange format) into an organisation of the database at DATABASE_PATH.
 * Everything is checked first; the file is applied completely or not at all.
 *
 * Exit codes: 0 imported (or, with --dry-run, would import), 1 the file has problems and nothing
 * was imported, 2 wrong call (arguments, file, organisation).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db';
import { JSON_SHEET, type ImportIssue } from '../server/exchange/issues';
import { readConfig } from '../server/config';
import { systemActor } from '../server/services/actor';
import { IMPORT_KIND_LABELS, IMPORT_KINDS, type ImportSummary } from '../server/services/programme-import';
import { importProgrammeFile, organisationForTool, type ImportFormat } from '../server/services/programme-import-run';

const USAGE = 'Aufruf / usage: npm run import -- DATEI.xlsx|DATEI.json [--org ORGANISATION] [--dry-run]';

/** `Blatt Projekte, Zeile 5, Spalte "Geplanter Beginn": …` – or the JSON path for a JSON file. */
function describeIssue(issue: ImportIssue): string {
  const place =
    issue.sheet === JSON_SHEET
      ? ['JSON', issue.row !== null ? `Eintrag ${issue.row}` : null, issue.column !== null ? `Pfad ${issue.column}` : null]
      : [`Blatt ${issue.sheet}`, issue.row !== null ? `Zeile ${issue.row}` : null, issue.column !== null ? `Spalte "${issue.column}"` : null];
  return `${place.filter(Boolean).join(', ')}: ${issue.message}`;
}

function describeSummary(summary: ImportSummary): string[] {
  const cells = (label: string, values: readonly (string | number)[]) =>
    `  ${label.padEnd(16)}${values.map((v) => String(v).padStart(10)).join('')}`;
  return [
    cells('Art / kind', ['neu', 'geändert', 'gelöscht', 'gleich']),
    ...IMPORT_KINDS.map((kind) => {
      const c = summary.counts[kind];
      return cells(IMPORT_KIND_LABELS[kind], [c.created, c.updated, c.deleted, c.unchanged]);
    }),
  ];
}

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

function formatOf(file: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.json') return 'json';
  return fail(`Die Datei muss auf .xlsx oder .json enden / the file must end in .xlsx or .json: ${file}`);
}

const options = { org: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;
let values: { org?: string; 'dry-run'?: boolean };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({ options, allowPositionals: true }));
} catch (error) {
  fail((error as Error).message);
}
const [file, ...extra] = positionals;
if (!file || extra.length > 0) fail('Bitte genau eine Datei angeben / please name exactly one file.');
const format = formatOf(file);
let content: Buffer;
try {
  content = readFileSync(file);
} catch (error) {
  fail(`Die Datei lässt sich nicht lesen / cannot read the file: ${(error as Error).message}`);
}

const dryRun = values['dry-run'] ?? false;
const { databasePath } = readConfig();
const db = openDatabase(databasePath);
try {
  const organisation = organisationForTool(db, values.org);
  if (!organisation.ok) fail(organisation.message);
  const result = await importProgrammeFile(
    db,
    organisation.id,
    { format, content },
    systemActor(organisation.id, 'Kommandozeile'),
    { dryRun },
  );
  if (!result.ok) {
    console.error(
      `Die Datei enthält ${result.issues.length} Problem(e); nichts wurde importiert. / ` +
        `The file has ${result.issues.length} problem(s); nothing was imported.`,
    );
    for (const issue of result.issues) console.error(`- ${describeIssue(issue)}`);
    process.exitCode = 1;
  } else {
    const { summary } = result;
    console.log(
      dryRun
        ? `Probelauf / dry run: „${summary.programmeTitle}“ (${summary.programmeKey}) in ${organisation.name} – nichts gespeichert / nothing saved.`
        : `Importiert / imported: „${summary.programmeTitle}“ (${summary.programmeKey}) in ${organisation.name}${summary.created ? ' (neu angelegt / created)' : ''}.`,
    );
    for (const line of describeSummary(summary)) console.log(line);
  }
} finally {
  db.$client.close();
}
