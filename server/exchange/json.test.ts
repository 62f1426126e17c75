import { describe, expect, test } from 'vitest';
import { programmeSmall } from '../../tests/fixtures/programme-small';
import { IMPORT_LIMITS, type ImportIssue } from './issues';
import { formatJsonPath, parseProgrammeJson, serializeProgrammeJson } from './json';

function issuesOf(text: string): ImportIssue[] {
  const result = parseProgrammeJson(text);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issues;
}

/** The fixture as a plain object that a test may change freely. */
function documentCopy(): Record<string, unknown> & { projects: Record<string, unknown>[] } {
  return JSON.parse(serializeProgrammeJson(programmeSmall));
}

describe('serializeProgrammeJson → parseProgrammeJson', () => {
  test('[EXCHANGE] a realistic programme survives JSON export and re-import unchanged', () => {
    expect(parseProgrammeJson(serializeProgrammeJson(programmeSmall))).toEqual({ ok: true, data: programmeSmall });
  });

  test('[EXCHANGE] the JSON is pretty and does not depend on the order in which objects were built', () => {
    const reversed = Object.fromEntries(
      Object.entries(programmeSmall)
        .reverse()
        .map(([field, value]) => [
          field,
          Array.isArray(value)
            ? value.map((item: object) => Object.fromEntries(Object.entries(item).reverse()))
            : value,
        ]),
    ) as typeof programmeSmall;

    const text = serializeProgrammeJson(programmeSmall);
    expect(serializeProgrammeJson(reversed)).toBe(text);
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "programme": {\n    "key": "suedkreis-egov",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('[EXCHANGE] a JSON file may leave out what has a default', () => {
    const result = parseProgrammeJson(
      JSON.stringify({ formatVersion: 1, programme: { key: 'p', title: 'Programm' }, projects: [] }),
    );
    expect(result.ok && result.data.programme).toEqual({
      key: 'p',
      title: 'Programm',
      version: null,
      asOfDate: null,
      description: null,
      leadUnit: null,
    });
  });
});

describe('parseProgrammeJson', () => {
  test('[EXCHANGE] every problem is reported with its JSON path and array index + 1 as row', () => {
    const document = documentCopy();
    document.projects[1]!.plannedStart = '2020-02-30';
    document.projects[0]!.plannedstart = '2020-01-01';
    document.projects[3]!.maturity = 4;
    (document.milestones as Record<string, unknown>[])[0]!.projectKey = 'P9';
    delete (document.programme as Record<string, unknown>).title;

    expect(issuesOf(JSON.stringify(document))).toEqual([
      { sheet: 'JSON', row: 1, column: 'projects[0].plannedstart', message: 'Unbekanntes Feld „plannedstart“: es würde nicht übernommen.' },
      { sheet: 'JSON', row: null, column: 'programme.title', message: 'Bitte einen Titel angeben.' },
      { sheet: 'JSON', row: 2, column: 'projects[1].plannedStart', message: 'Kein gültiges Datum (erwartet TT.MM.JJJJ bzw. JJJJ-MM-TT).' },
      { sheet: 'JSON', row: 4, column: 'projects[3].maturity', message: 'Der Reifegrad muss 1, 2 oder 3 sein.' },
      { sheet: 'JSON', row: 1, column: 'milestones[0].projectKey', message: 'Unbekanntes Projekt „P9“.' },
    ]);
  });

  test('[EXCHANGE] type errors get German messages', () => {
    const document = documentCopy();
    document.projects[2]!.dependsOn = ['dms', 7];
    (document.kpiValues as Record<string, unknown>[])[0]!.plan = '25';
    (document.budgetLines as Record<string, unknown>[])[0]!.positions = -1;

    expect(issuesOf(JSON.stringify(document))).toEqual([
      { sheet: 'JSON', row: 3, column: 'projects[2].dependsOn[1]', message: 'Bitte einen Schlüssel angeben.' },
      { sheet: 'JSON', row: 1, column: 'kpiValues[0].plan', message: 'Bitte eine Zahl angeben.' },
      { sheet: 'JSON', row: 1, column: 'budgetLines[0].positions', message: 'Der Wert muss mindestens 0 betragen.' },
    ]);
  });

  test('[EXCHANGE] a wrong format version, a wrong root and broken JSON are refused clearly', () => {
    expect(issuesOf(JSON.stringify({ ...documentCopy(), formatVersion: 2 }))).toEqual([
      { sheet: 'JSON', row: null, column: 'formatVersion', message: 'Ungültiger Wert – erlaubt: 1.' },
    ]);
    expect(issuesOf('[]')).toEqual([{ sheet: 'JSON', row: null, column: null, message: 'Bitte ein Objekt angeben.' }]);
    for (const broken of ['', '{"formatVersion": 1,', '{\n  "formatVersion": 1 2\n}', 'PK\u0003\u0004']) {
      const issues = issuesOf(broken);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ sheet: 'JSON', row: null, column: null });
      expect(issues[0]!.message).toMatch(/^Die Datei ist kein gültiges JSON/);
    }
  });

  test('[EXCHANGE] a byte order mark at the start is accepted', () => {
    expect(parseProgrammeJson(`\uFEFF${serializeProgrammeJson(programmeSmall)}`).ok).toBe(true);
  });

  test('[EXCHANGE] a list with more than 50,000 entries is refused before it is validated', () => {
    const document = documentCopy();
    document.kpiValues = Array.from({ length: IMPORT_LIMITS.maxRowsPerSheet + 1 }, () => ({ kpiKey: 'K1', year: 2020 }));
    expect(issuesOf(JSON.stringify(document))).toEqual([
      { sheet: 'JSON', row: null, column: 'kpiValues', message: 'Höchstens 50.000 Einträge je Liste.' },
    ]);
  });

  test('[EXCHANGE] JSON paths are written as in JavaScript', () => {
    expect(formatJsonPath(['projects', 3, 'plannedStart'])).toBe('projects[3].plannedStart');
    expect(formatJsonPath(['projects', 0, 'dependsOn', 1])).toBe('projects[0].dependsOn[1]');
    expect(formatJsonPath(['programme', 'Geplanter Beginn'])).toBe('programme["Geplanter Beginn"]');
  });
});
