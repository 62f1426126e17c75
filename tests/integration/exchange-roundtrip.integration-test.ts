import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organisations, programmes } from '../../db/schema';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { serializeProgrammeJson } from '../../server/exchange/json';
import { writeProgrammeWorkbook } from '../../server/exchange/xlsx';
import { systemActor } from '../../server/services/actor';
import { exportProgramme } from '../../server/services/programme-export';
import { IMPORT_KINDS, type ImportSummary } from '../../server/services/programme-import';
import { importProgramme, importProgrammeFile, type ImportResult } from '../../server/services/programme-import-run';
import { createOrganisation, createUser } from '../../server/services/users';
import { callerAs } from '../factories';
import { createTestDb, type TestDb } from './test-db';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

function seedProgramme(orgKey: string): { organisationId: number; programmeId: number } {
  const row = t.db
    .select({ organisationId: organisations.id, programmeId: programmes.id })
    .from(programmes)
    .innerJoin(organisations, eq(organisations.id, programmes.organisationId))
    .where(eq(organisations.key, orgKey))
    .get();
  if (!row) throw new Error(`no programme of ${orgKey}`);
  return row;
}

/**
 * The only normalisation: key lists are sets (the importer stores links, which have no order),
 * so they are compared sorted. Everything else — the order of rows, every value, null vs. empty
 * — must survive as it is. The exporter sorts key lists itself, so this is a safeguard that
 * states the rule rather than something the comparison relies on.
 */
function normalise(data: TProgrammeExchange): TProgrammeExchange {
  const sorted = (keys: readonly string[]) => [...keys].sort();
  return {
    ...data,
    projects: data.projects.map((p) => ({ ...p, dependsOn: sorted(p.dependsOn), goalKeys: sorted(p.goalKeys) })),
    obligations: data.obligations.map((o) => ({ ...o, projectKeys: sorted(o.projectKeys) })),
    decisions: data.decisions.map((d) => ({ ...d, projectKeys: sorted(d.projectKeys) })),
  };
}

function applied(result: ImportResult): ImportSummary {
  if (!result.ok) throw new Error(`import refused:\n${result.issues.map((i) => JSON.stringify(i)).join('\n')}`);
  expect(result.applied).toBe(true);
  return result.summary;
}

function expectNothingChanged(summary: ImportSummary) {
  for (const kind of IMPORT_KINDS) {
    const c = summary.counts[kind];
    expect({ kind, created: c.created, updated: c.updated, deleted: c.deleted }).toEqual({ kind, created: 0, updated: 0, deleted: 0 });
  }
}

let organisationCounter = 0;
function emptyOrganisation(label: string): number {
  organisationCounter++;
  return createOrganisation(t.db, `rt-${label}-${organisationCounter}`, `Rundreise ${label} ${organisationCounter}`, 'kommune');
}

describe.each(['unna', 'werl'])('[EXCHANGE] round trip of the %s seed programme', (orgKey) => {
  let original: TProgrammeExchange;
  beforeAll(() => {
    const { organisationId, programmeId } = seedProgramme(orgKey);
    original = exportProgramme(t.db, organisationId, programmeId);
  });

  it('holds real data (a round trip of an empty programme would prove nothing)', () => {
    expect(original.projects.length).toBeGreaterThan(10);
    expect(original.obligations.length).toBeGreaterThan(5);
    const kinds = Object.entries(original).filter(([, rows]) => Array.isArray(rows) && rows.length > 0);
    expect(kinds.length).toBeGreaterThanOrEqual(6);
  });

  it('JSON: export → import into an empty organisation → export gives the same document, byte for byte', () => {
    const text = serializeProgrammeJson(original);
    const organisationId = emptyOrganisation(`${orgKey}-json`);
    const summary = applied(importProgramme(t.db, organisationId, text, systemActor(organisationId, 'Test')));
    expect(summary.created).toBe(true);
    expect(summary.counts.projects.created).toBe(original.projects.length);

    const again = exportProgramme(t.db, organisationId, summary.programmeId);
    expect(normalise(again)).toEqual(normalise(original));
    expect(serializeProgrammeJson(again)).toBe(text);
  });

  it('XLSX: export → import into an empty organisation → export gives the same document', async () => {
    const workbook = await writeProgrammeWorkbook(original);
    const organisationId = emptyOrganisation(`${orgKey}-xlsx`);
    const summary = applied(
      await importProgrammeFile(t.db, organisationId, { format: 'xlsx', content: workbook }, systemActor(organisationId, 'Test')),
    );
    const again = exportProgramme(t.db, organisationId, summary.programmeId);
    expect(normalise(again)).toEqual(normalise(original));
  });

  it('re-importing the same file into the same organisation reports everything unchanged (JSON and XLSX)', async () => {
    const { organisationId } = seedProgramme(orgKey);
    const actor = systemActor(organisationId, 'Test');
    const json = applied(importProgramme(t.db, organisationId, serializeProgrammeJson(original), actor));
    expectNothingChanged(json);
    expect(json.counts.projects.unchanged).toBe(original.projects.length);
    expect(json.counts.phases.unchanged).toBe(original.phases.length);
    expect(json.counts.statusUpdates.unchanged).toBe(original.statusUpdates.length);

    const xlsx = applied(
      await importProgrammeFile(t.db, organisationId, { format: 'xlsx', content: await writeProgrammeWorkbook(original) }, actor),
    );
    expectNothingChanged(xlsx);
    expect(normalise(exportProgramme(t.db, organisationId, xlsx.programmeId))).toEqual(normalise(original));
  });
});

describe('[EXCHANGE] a steering office rebuilds the Werl programme from an empty organisation through the XLSX import alone', () => {
  it('imports the exported workbook through exchange.applyImport and gets the same portfolio, phases, milestones and obligations', async () => {
    const werl = seedProgramme('werl');
    const workbook = await writeProgrammeWorkbook(exportProgramme(t.db, werl.organisationId, werl.programmeId));

    const organisationId = createOrganisation(t.db, 'neustadt', 'Stadt Neustadt', 'kommune');
    await createUser(t.db, null, {
      organisationId,
      username: 'steuerung.neustadt',
      displayName: 'Steuerungsdienst Neustadt',
      role: 'steering',
      password: 'neustadt-passwort',
    });
    const steering = callerAs(t.db, 'steuerung.neustadt');
    expect(await steering.portfolio.programmes()).toEqual([]);

    const upload = {
      fileName: 'werl.xlsx',
      format: 'xlsx' as const,
      contentBase64: workbook.toString('base64'),
      target: { kind: 'new' as const },
    };
    const preview = await steering.exchange.preview(upload);
    expect(preview.ok).toBe(true);
    expect(await steering.portfolio.programmes()).toEqual([]);

    const result = await steering.exchange.applyImport(upload);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.applied).toBe(true);
    expect(result.programme.created).toBe(true);

    // The portfolio as both steering offices see it, without ids (which differ by nature).
    const portfolio = async (caller: ReturnType<typeof callerAs>) => {
      const projects = await caller.portfolio.projects();
      const keyOf = new Map(projects.map((p) => [p.id, p.key]));
      return projects.map((p) => ({
        key: p.key,
        code: p.code,
        title: p.title,
        parent: p.parentId === null ? null : keyOf.get(p.parentId),
        fieldOfAction: p.fieldOfActionTitle,
        programme: p.programmeTitle,
        responsibleUnit: p.responsibleUnit,
        responsiblePerson: p.responsiblePerson,
      }));
    };
    const original = await portfolio(callerAs(t.db, 'steuerung.werl'));
    expect(original.length).toBeGreaterThan(5);
    expect(await portfolio(steering)).toEqual(original);

    const rebuilt = exportProgramme(t.db, organisationId, result.programme.id);
    const source = exportProgramme(t.db, werl.organisationId, werl.programmeId);
    expect(rebuilt.projects).toEqual(source.projects);
    expect(rebuilt.phases).toEqual(source.phases);
    expect(rebuilt.milestones).toEqual(source.milestones);
    expect(rebuilt.obligations).toEqual(source.obligations);
    expect(normalise(rebuilt)).toEqual(normalise(source));

    const audit = t.db.$client
      .prepare("SELECT action, entity, username FROM audit_log WHERE organisation_id = ? AND action = 'import'")
      .all(organisationId);
    expect(audit).toEqual([{ action: 'import', entity: 'programme', username: 'steuerung.neustadt' }]);
  });
});
