import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './test-db';
import { TMP_DIR } from './template-paths';

const run = promisify(execFile);

let t: TestDb;
let dir: string;
beforeAll(() => {
  t = createTestDb();
  // The scripts open the file themselves: hand it over as one file, without a WAL beside it.
  t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  dir = mkdtempSync(join(TMP_DIR, 'cli-'));
});
afterAll(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(script: 'import' | 'export', args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_PATH: t.path },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('[EXCHANGE] command line', () => {
  it('exports Werl, checks the file with --dry-run, and refuses a broken copy with exit code 1 and located problems', { timeout: 60_000 }, async () => {
    const file = join(dir, 'werl.xlsx');
    const exported = await cli('export', ['--org', 'werl', '--programme', 'werl-egov-plan', '--out', file]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Exportiert / exported: werl-egov-plan');

    const dryRun = await cli('import', [file, '--org', 'werl', '--dry-run']);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('Probelauf / dry run');
    expect(dryRun.stdout).toMatch(/Projekte\s+0\s+0\s+0\s+12/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const projects = workbook.getWorksheet('Projekte')!;
    projects.getCell(5, (projects.getRow(1).values as unknown[]).indexOf('Geplanter Beginn')).value = '30.02.2023';
    const broken = join(dir, 'kaputt.xlsx');
    await workbook.xlsx.writeFile(broken);
    const refused = await cli('import', [broken, '--org', 'werl']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing was imported');
    expect(refused.stderr).toContain('Blatt Projekte, Zeile 5, Spalte "Geplanter Beginn": „30.02.2023“ ist kein gültiges Datum');

    const ambiguous = await cli('import', [file]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('--org');
  });
});
