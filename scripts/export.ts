/**
 * `npm run export -- --org ORG --programme KEY --out FILE.xlsx|FILE.json`: writes one programme
 * of the database at DATABASE_PATH in the exchange format (the format follows the file name).
 * The export is recorded in the audit log.
 *
 * Exit codes: 0 written, 1 writing failed, 2 wrong call (arguments, organisation, programme).
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db';
import { readConfig } from '../server/config';
import { systemActor } from '../server/services/actor';
import { exportProgrammeFile, type ExportFormat } from '../server/services/programme-export';
import { programmeIdByKey } from '../server/services/programme-import';
import { organisationForTool } from '../server/services/programme-import-run';

const USAGE = 'Aufruf / usage: npm run export -- [--org ORGANISATION] --programme SCHLÜSSEL --out DATEI.xlsx|DATEI.json';

function fail(message: string): never {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
}

const options = { org: { type: 'string' }, programme: { type: 'string' }, out: { type: 'string' } } as const;
let values: { org?: string; programme?: string; out?: string };
try {
  ({ values } = parseArgs({ options, allowPositionals: false }));
} catch (error) {
  fail((error as Error).message);
}
const { programme: programmeKey, out } = values;
if (!programmeKey) fail('Bitte das Programm mit --programme angeben / please name the programme with --programme.');
if (!out) fail('Bitte die Zieldatei mit --out angeben / please name the output file with --out.');
const extension = extname(out).toLowerCase();
if (extension !== '.xlsx' && extension !== '.json') {
  fail(`Die Zieldatei muss auf .xlsx oder .json enden / the output file must end in .xlsx or .json: ${out}`);
}
const format: ExportFormat = extension === '.xlsx' ? 'xlsx' : 'json';

const { databasePath } = readConfig();
const db = openDatabase(databasePath);
try {
  const organisation = organisationForTool(db, values.org);
  if (!organisation.ok) fail(organisation.message);
  const programmeId = programmeIdByKey(db, organisation.id, programmeKey);
  if (programmeId === null) {
    fail(`${organisation.name} hat kein Programm „${programmeKey}“ / ${organisation.key} has no programme "${programmeKey}".`);
  }
  const file = await exportProgrammeFile(db, systemActor(organisation.id, 'Kommandozeile'), programmeId, format);
  writeFileSync(out, file.body);
  console.log(`Exportiert / exported: ${programmeKey} (${organisation.name}) → ${out} (${file.body.length} Bytes)`);
} catch (error) {
  console.error(`Export fehlgeschlagen / export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
