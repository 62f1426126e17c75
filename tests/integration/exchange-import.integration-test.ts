import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { organisations, programmes } from '../../db/schema';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { writeProgrammeWorkbook } from '../../server/exchange/xlsx';
import { systemActor } from '../../server/services/actor';
import { exportProgramme } from '../../server/services/programme-export';
import type { ImportSummary } from '../../server/services/programme-import';
import { importProgramme, type ImportResult } from '../../server/services/programme-import-run';
import { callerAs } from '../factories';
import { createTestDb, type TestDb } from './test-db';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

/** A hash of every row of every table: equal before and after means nothing was written. */
function databaseChecksum(): string {
  const hash = createHash('sha256');
  const tables = t.db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(name);
    for (const row of t.db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    }
  }
  return hash.digest('hex');
}

function orgOf(key: string) {
  const row = t.db
    .select({ organisationId: organisations.id, programmeId: programmes.id, programmeKey: programmes.key })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.organisationId))
    .where(eq(organisations.key, key))
    .get();
  if (!row) throw new Error(`no programme of ${key}`);
  return row;
}

function upload(content: Buffer, format: 'xlsx' | 'json', target: { kind: 'new' } | { kind: 'existing'; programmeId: number }) {
  return { fileName: `test.${format}`, format, contentBase64: content.toString('base64'), target };
}

function applied(result: ImportResult): ImportSummary {
  if (!result.ok) throw new Error(`import refused:\n${result.issues.map((i) => JSON.stringify(i)).join('\n')}`);
  return result.summary;
}

let unna: ReturnType<typeof orgOf>;
let seedUnna: TProgrammeExchange;
beforeEach(() => {
  unna = orgOf('unna');
  seedUnna = exportProgramme(t.db, unna.organisationId, unna.programmeId);
});

describe('[EXCHANGE] preview and apply through tRPC', () => {
  it('previews a changed project title as "1 geändert" without writing anything, then applies it with an audit row', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const changed = structuredClone(seedUnna);
    changed.projects[0]!.title = 'Neuer Titel aus Excel';
    const input = upload(await writeProgrammeWorkbook(changed), 'xlsx', { kind: 'existing', programmeId: unna.programmeId });

    const before = databaseChecksum();
    const preview = await steering.exchange.preview(input);
    expect(databaseChecksum()).toBe(before);
    if (!preview.ok) throw new Error(JSON.stringify(preview.issues));
    expect(preview.applied).toBe(false);
    const projects = preview.changes.find((row) => row.kind === 'projects')!;
    expect(projects).toMatchObject({ label: 'Projekte', created: 0, updated: 1, deleted: 0 });
    expect(preview.changes.filter((row) => row.kind !== 'projects' && row.created + row.updated + row.deleted > 0)).toEqual([]);

    const result = await steering.exchange.applyImport(input);
    expect(result.ok && result.applied).toBe(true);
    const titles = (await steering.portfolio.projects()).map((p) => p.title);
    expect(titles).toContain('Neuer Titel aus Excel');
    const audit = t.db.$client
      .prepare("SELECT username, summary FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1")
      .get();
    expect(audit).toEqual({ username: 'steuerung.unna', summary: `Programm „${seedUnna.programme.title}“ importiert` });
  });

  it('reports every problem of a workbook in one pass, with sheet, row, column and a German message, and writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeProgrammeWorkbook(seedUnna)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Projekte')!;
    const header = (name: string) => {
      let column = 0;
      sheet.getRow(1).eachCell((cell, n) => {
        if (cell.value === name) column = n;
      });
      return column;
    };
    sheet.getCell(5, header('Geplanter Beginn')).value = '30.02.2023';
    sheet.getCell(6, header('Handlungsfeld')).value = 'gibt-es-nicht';
    sheet.getCell(7, header('Titel')).value = { formula: 'HYPERLINK("http://evil","x")' };
    const input = upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'xlsx', { kind: 'existing', programmeId: unna.programmeId });

    const before = databaseChecksum();
    const result = await callerAs(t.db, 'steuerung.unna').exchange.applyImport(input);
    expect(databaseChecksum()).toBe(before);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { sheet: 'Projekte', row: 5, column: 'Geplanter Beginn', message: '„30.02.2023“ ist kein gültiges Datum (erwartet TT.MM.JJJJ).' },
        { sheet: 'Projekte', row: 6, column: 'Handlungsfeld', message: 'Unbekanntes Handlungsfeld „gibt-es-nicht“.' },
        { sheet: 'Projekte', row: 7, column: 'Titel', message: 'Formeln sind nicht erlaubt.' },
      ]),
    );
  });

  it('refuses a file whose programme key differs from the chosen programme, and a new programme whose key exists', async () => {
    const steering = callerAs(t.db, 'steuerung.unna');
    const other = structuredClone(seedUnna);
    other.programme.key = 'anderes-programm';
    const mismatch = await steering.exchange.preview(
      upload(await writeProgrammeWorkbook(other), 'xlsx', { kind: 'existing', programmeId: unna.programmeId }),
    );
    expect(mismatch).toMatchObject({ ok: false, issues: [{ sheet: 'Programm', row: 2, column: 'Schlüssel' }] });

    const duplicate = await steering.exchange.preview(
      upload(Buffer.from(JSON.stringify(seedUnna)), 'json', { kind: 'new' }),
    );
    expect(duplicate).toMatchObject({ ok: false, issues: [{ sheet: 'JSON', row: null, column: 'programme.key' }] });
    if (!duplicate.ok) expect(duplicate.issues[0]!.message).toContain('hat bereits den Schlüssel');
  });

  it("answers NOT_FOUND for the other organisation's programme as target, FORBIDDEN for roles that may not import", async () => {
    const werl = orgOf('werl');
    const content = Buffer.from(JSON.stringify(seedUnna));
    await expect(
      callerAs(t.db, 'steuerung.unna').exchange.preview(upload(content, 'json', { kind: 'existing', programmeId: werl.programmeId })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const username of ['vorstand.unna', 'projektleitung.unna', 'admin.unna', 'ausschuss.unna']) {
      await expect(
        callerAs(t.db, username).exchange.preview(upload(content, 'json', { kind: 'new' })),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(callerAs(t.db, null).exchange.applyImport(upload(content, 'json', { kind: 'new' }))).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('gives a German message for content that is not base64', async () => {
    await expect(
      callerAs(t.db, 'steuerung.unna').exchange.preview({
        fileName: 'x.json',
        format: 'json',
        contentBase64: '<<<kein base64>>>',
        target: { kind: 'new' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('[EXCHANGE] the importer for documents built in code (the seed)', () => {
  it('locates problems of an object by its JSON path, e.g. projects[0].plannedStart', () => {
    const organisationId = unna.organisationId;
    const result = importProgramme(
      t.db,
      organisationId,
      {
        formatVersion: 1,
        programme: { key: 'p', title: 'Programm' },
        fieldsOfAction: [{ key: 'f', title: 'Feld' }],
        projects: [{ key: 'a', fieldOfActionKey: 'f', title: 'A', maturity: 1, plannedStart: '2023-02-30' }],
      },
      systemActor(organisationId, 'Test'),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          sheet: 'JSON',
          row: 1,
          column: 'projects[0].plannedStart',
          message: 'Kein gültiges Datum (erwartet TT.MM.JJJJ bzw. JJJJ-MM-TT).',
        },
      ],
    });
  });

  it('refuses a goal text of blanks (the database would) with its location instead of a database error', () => {
    const document = structuredClone(seedUnna);
    document.goals[0]!.text = '   ';
    const result = importProgramme(t.db, unna.organisationId, document, systemActor(unna.organisationId, 'Test'));
    expect(result).toEqual({
      ok: false,
      issues: [{ sheet: 'JSON', row: 1, column: 'goals[0].text', message: 'Bitte einen Text angeben.' }],
    });
  });
});

describe('[EXCHANGE] keyed synchronisation keeps what the file keeps', () => {
  function projectRow(key: string) {
    return t.db.$client
      .prepare('SELECT p.id, p.parent_id AS parentId, f.key AS field FROM projects p JOIN fields_of_action f ON f.id = p.field_of_action_id WHERE p.programme_id = ? AND p.key = ?')
      .get(unna.programmeId, key) as { id: number; parentId: number | null; field: string } | undefined;
  }
  const statusUpdatesOf = (projectId: number) =>
    (t.db.$client.prepare('SELECT count(*) AS n FROM status_updates WHERE project_id = ?').get(projectId) as { n: number }).n;

  it('moves a sub-project out of a parent that the file deletes, without losing the sub-project or its history', () => {
    const child = seedUnna.projects.find((p) => p.parentKey !== null && seedUnna.projects.filter((q) => q.parentKey === p.parentKey).length === 1)
      ?? seedUnna.projects.find((p) => p.parentKey !== null)!;
    const parentKey = child.parentKey!;
    const before = projectRow(child.key)!;
    t.db.$client
      .prepare("INSERT INTO status_updates (organisation_id, project_id, date, status, text, author_name) VALUES (?, ?, '2026-01-15', 'green', 'läuft', 'Test')")
      .run(unna.organisationId, before.id);

    const document = exportProgramme(t.db, unna.organisationId, unna.programmeId);
    const removed = new Set([parentKey, ...document.projects.filter((p) => p.parentKey === parentKey && p.key !== child.key).map((p) => p.key)]);
    const strip = (keys: string[]) => keys.filter((k) => !removed.has(k));
    document.projects = document.projects
      .filter((p) => !removed.has(p.key))
      .map((p) => ({ ...p, parentKey: p.key === child.key ? null : p.parentKey, dependsOn: strip(p.dependsOn) }));
    for (const list of [document.phases, document.milestones, document.budgetLines, document.statusUpdates]) {
      list.splice(0, list.length, ...(list as { projectKey: string | null }[]).filter((r) => !removed.has(r.projectKey ?? '')) as never[]);
    }
    document.obligations = document.obligations.map((o) => ({ ...o, projectKeys: strip(o.projectKeys) }));
    document.decisions = document.decisions.map((d) => ({ ...d, projectKeys: strip(d.projectKeys) }));

    const summary = applied(importProgramme(t.db, unna.organisationId, document, systemActor(unna.organisationId, 'Test')));
    expect(summary.counts.projects.deleted).toBe(removed.size);
    expect(summary.counts.projects.updated).toBeGreaterThanOrEqual(1);
    const after = projectRow(child.key)!;
    expect(after.id).toBe(before.id);
    expect(after.parentId).toBeNull();
    expect(statusUpdatesOf(after.id)).toBe(1);
    expect(projectRow(parentKey)).toBeUndefined();
  });

  it('moves projects to a new field of action and deletes the old field, keeping the projects', () => {
    const document = exportProgramme(t.db, unna.organisationId, unna.programmeId);
    const oldField = document.fieldsOfAction[0]!;
    const moved = document.projects.filter((p) => p.fieldOfActionKey === oldField.key);
    expect(moved.length).toBeGreaterThan(0);
    const ids = moved.map((p) => projectRow(p.key)!.id);
    document.fieldsOfAction = [{ key: 'neu', title: 'Neues Handlungsfeld', description: null }, ...document.fieldsOfAction.slice(1)];
    document.projects = document.projects.map((p) => (p.fieldOfActionKey === oldField.key ? { ...p, fieldOfActionKey: 'neu' } : p));

    const summary = applied(importProgramme(t.db, unna.organisationId, document, systemActor(unna.organisationId, 'Test')));
    expect(summary.counts.fieldsOfAction).toMatchObject({ created: 1, deleted: 1 });
    expect(summary.counts.projects).toMatchObject({ created: 0, deleted: 0, updated: moved.length });
    expect(moved.map((p) => projectRow(p.key))).toEqual(ids.map((id) => expect.objectContaining({ id, field: 'neu' })));
  });

  it('counts a changed dependency as an updated project and a changed goal parent as an updated goal', () => {
    const document = exportProgramme(t.db, unna.organisationId, unna.programmeId);
    const [first, second] = document.projects.filter((p) => p.parentKey === null && p.dependsOn.length === 0);
    first!.dependsOn = [second!.key];
    const output = document.goals.find((g) => g.kind === 'output')!;
    output.kind = 'impact';
    output.parentKey = null;
    document.goals = document.goals.map((g) => (g.parentKey === output.key && g.kind === 'output' ? { ...g, kind: 'measure' } : g));
    const summary = applied(importProgramme(t.db, unna.organisationId, document, systemActor(unna.organisationId, 'Test')));
    expect(summary.counts.projects).toMatchObject({ updated: 1, created: 0, deleted: 0 });
    expect(summary.counts.goals.updated).toBeGreaterThanOrEqual(1);
    expect(exportProgramme(t.db, unna.organisationId, unna.programmeId).projects.find((p) => p.key === first!.key)!.dependsOn).toEqual([second!.key]);
  });
});
