import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TProgrammeExchange } from '../../shared/schemas/exchange';
import { programmeSmall } from '../../tests/fixtures/programme-small';
import { SHEETS } from './columns';
import { FILE_SHEET, IMPORT_LIMITS, TOO_MANY_ROWS_MESSAGE, type ImportIssue } from './issues';
import {
  FORMULA_MESSAGE,
  INVALID_WORKBOOK_MESSAGE,
  guardFormulaText,
  readProgrammeWorkbook,
  unguardFormulaText,
  writeProgrammeWorkbook,
} from './xlsx';

type Cell = ExcelJS.CellValue;

/** A workbook as a test writes it by hand: sheet name → rows (the first row is the header). */
async function workbookOf(sheets: Record<string, Cell[][]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((row, r) => row.forEach((value, c) => (worksheet.getCell(r + 1, c + 1).value = value)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Data validations of whole columns are slow to load; only one test looks at them. */
async function load(buffer: Buffer, { validations = false } = {}): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: validations ? [] : ['dataValidations'] });
  return workbook;
}

function everyCell(workbook: ExcelJS.Workbook, visit: (cell: ExcelJS.Cell, sheet: string) => void) {
  workbook.eachSheet((worksheet) =>
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => visit(cell, worksheet.name)),
    ),
  );
}

async function issuesOf(buffer: Buffer): Promise<ImportIssue[]> {
  const result = await readProgrammeWorkbook(buffer);
  if (result.ok) throw new Error('expected the workbook to be refused');
  return result.issues;
}

const MINIMAL: Record<string, Cell[][]> = {
  Programm: [['Schlüssel', 'Titel'], ['prog', 'Digitalisierungsprogramm']],
  Handlungsfelder: [['Schlüssel', 'Titel'], ['F1', 'Interne Geschäftsprozesse']],
  Projekte: [['Schlüssel', 'Handlungsfeld', 'Titel', 'Reifegrad (1–3)'], ['P1', 'F1', 'DMS', 2]],
};

describe('writeProgrammeWorkbook → readProgrammeWorkbook', () => {
  test('[EXCHANGE] a realistic programme survives export and re-import unchanged', async () => {
    const result = await readProgrammeWorkbook(await writeProgrammeWorkbook(programmeSmall));
    expect(result).toEqual({ ok: true, data: programmeSmall });
  });

  test('[EXCHANGE] the workbook has one sheet per kind in the documented order', async () => {
    const workbook = await load(await writeProgrammeWorkbook(programmeSmall));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Programm',
      'Handlungsfelder',
      'Projekte',
      'Phasen',
      'Meilensteine',
      'Ziele',
      'Kennzahlen',
      'Kennzahlwerte',
      'Fristen',
      'Budget',
      'Beschlüsse',
      'Statusmeldungen',
    ]);
  });

  test('[EXCHANGE] headers are bold and frozen, columns sized, dates are real dates shown TT.MM.JJJJ', async () => {
    const workbook = await load(await writeProgrammeWorkbook(programmeSmall));
    const projects = workbook.getWorksheet('Projekte')!;
    expect(projects.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(projects.getCell('A1').value).toBe('Schlüssel');
    expect(projects.getCell('A1').font?.bold).toBe(true);
    expect(projects.getColumn(5).width).toBe(40);

    const start = projects.getCell('J2');
    expect(projects.getCell('J1').value).toBe('Geplanter Beginn');
    expect(start.value).toEqual(new Date(Date.UTC(2019, 0, 1)));
    expect(start.numFmt).toBe('dd.mm.yyyy');
    expect(projects.getCell('L2').value).toBe(2);
    expect(projects.getCell('M4').value).toBe('dms');
    expect(workbook.getWorksheet('Fristen')!.getCell('H2').value).toBe('dms; eakte');
  });

  test('[EXCHANGE] enums are written as German labels with a drop-down list; Reifegrad is limited to 1–3', async () => {
    const workbook = await load(await writeProgrammeWorkbook(programmeSmall), { validations: true });
    const validations = (sheet: string) =>
      (workbook.getWorksheet(sheet) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
        .dataValidations.model;

    expect(workbook.getWorksheet('Ziele')!.getCell('B3').value).toBe('Leistungsziel');
    expect(validations('Ziele')['B2']).toMatchObject({ type: 'list', formulae: ['"Wirkungsziel,Leistungsziel,Maßnahme"'] });
    expect(workbook.getWorksheet('Statusmeldungen')!.getCell('C2').value).toBe('gelb');
    expect(validations('Statusmeldungen')['C500']).toMatchObject({ type: 'list', formulae: ['"rot,gelb,grün"'] });
    expect(validations('Projekte')['L2']).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 3] });
  });

  test('[EXCHANGE] a text that looks like a formula is written as a guarded string, never as a formula', async () => {
    const workbook = await load(await writeProgrammeWorkbook(programmeSmall));
    const description = workbook.getWorksheet('Projekte')!.getCell('F4');
    expect(description.type).toBe(ExcelJS.ValueType.String);
    expect(description.value).toBe(`'=HYPERLINK("https://example.org/e-akte";"Konzept öffnen")`);
    everyCell(workbook, (cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
  });

  test('[EXCHANGE] the guard apostrophe is added only where needed and removed exactly once', () => {
    expect(guardFormulaText('=SUMME(A1:A3)')).toBe("'=SUMME(A1:A3)");
    expect(guardFormulaText('-20 %')).toBe("'-20 %");
    expect(guardFormulaText("'zitiert'")).toBe("''zitiert'");
    expect(guardFormulaText('Serviceportal')).toBe('Serviceportal');
    expect(unguardFormulaText("'=SUMME(A1:A3)")).toBe('=SUMME(A1:A3)');
    expect(unguardFormulaText("''zitiert'")).toBe("'zitiert'");
    expect(unguardFormulaText("'Hallo")).toBe("'Hallo");
  });

  test('[EXCHANGE] property: any text round-trips exactly and no written cell is or starts like a formula', async () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: codeUnit, maxLength: 40 }),
      fc
        .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "'=", '_x0041_', '=HYPERLINK('), fc.string({ maxLength: 20 }))
        .map(([start, rest]) => start + rest),
    );
    const title = anyText.filter((text) => text.length > 0 && text.trim() === text);
    const nonEmpty = anyText.filter((text) => text.length > 0);

    await fc.assert(
      fc.asyncProperty(anyText, title, nonEmpty, async (description, fieldTitle, statusText) => {
        const data: TProgrammeExchange = {
          ...programmeSmall,
          programme: { ...programmeSmall.programme, description },
          fieldsOfAction: [{ key: 'F1', title: fieldTitle, description }],
          projects: [{ ...programmeSmall.projects[3]!, fieldOfActionKey: 'F1', description, goalKeys: [] }],
          phases: [],
          milestones: [],
          goals: [],
          kpis: [],
          kpiValues: [],
          obligations: [],
          budgetLines: [],
          decisions: [],
          statusUpdates: [{ projectKey: 'portal', date: '2020-09-30', status: 'green', text: statusText, author: 'Steuerungsdienst' }],
        };
        const buffer = await writeProgrammeWorkbook(data);

        everyCell(await load(buffer), (cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        });
        expect(await readProgrammeWorkbook(buffer)).toEqual({ ok: true, data });
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('readProgrammeWorkbook', () => {
  test('[EXCHANGE] a workbook with many errors reports every one with sheet, row and column', async () => {
    const buffer = await workbookOf({
      Programm: MINIMAL.Programm!,
      Handlungsfelder: [
        ['Schlüssel', 'Titel'],
        ['F1', { formula: '"Kunden"&"service"', result: 'Kundenservice' }],
      ],
      Projekte: [
        ['Schlüssel', 'Handlungsfeld', 'Titel', 'Geplanter Beginn', 'Reifegrad (1–3)'],
        ['P1', 'F1', 'DMS', '30.02.2023', 2],
        ['P2', 'F1', 'E-Akte', '01.04.2020', 4],
        ['P3', 'F1', null, '2020-04-01', 1],
      ],
      Meilensteine: [
        ['Schlüssel', 'Projekt', 'Titel'],
        ['M1', 'P9', 'Go-live'],
      ],
    });

    expect(await issuesOf(buffer)).toEqual([
      { sheet: 'Handlungsfelder', row: 2, column: 'Titel', message: FORMULA_MESSAGE },
      { sheet: 'Projekte', row: 2, column: 'Geplanter Beginn', message: '„30.02.2023“ ist kein gültiges Datum (erwartet TT.MM.JJJJ).' },
      { sheet: 'Projekte', row: 3, column: 'Reifegrad (1–3)', message: 'Der Reifegrad muss 1, 2 oder 3 sein.' },
      { sheet: 'Projekte', row: 4, column: 'Titel', message: 'Bitte einen Titel angeben.' },
      { sheet: 'Meilensteine', row: 2, column: 'Projekt', message: 'Unbekanntes Projekt „P9“.' },
    ]);
  });

  test('[EXCHANGE] dates are read from date cells and from the texts "01.04.2020" and "2020-04-01"', async () => {
    const buffer = await workbookOf({
      ...MINIMAL,
      Phasen: [
        ['Projekt', 'Bezeichnung', 'Beginn', 'Ende'],
        ['P1', 'Vorbereitung', new Date(Date.UTC(2020, 3, 1)), '30.6.2020'],
        ['P1', 'Umsetzung', '2020-07-01', ' 31.12.2020 '],
      ],
    });
    const result = await readProgrammeWorkbook(buffer);
    expect(result.ok && result.data.phases).toEqual([
      { projectKey: 'P1', name: 'Vorbereitung', start: '2020-04-01', end: '2020-06-30' },
      { projectKey: 'P1', name: 'Umsetzung', start: '2020-07-01', end: '2020-12-31' },
    ]);
  });

  test('[EXCHANGE] labels, codes, German numbers and key lists are read as a person types them', async () => {
    const buffer = await workbookOf({
      ...MINIMAL,
      Projekte: [
        ['schlüssel', 'Handlungsfeld', 'Titel', 'Reifegrad (1-3)', 'Abhängig von'],
        ['P1', 'F1', 'DMS', '2', null],
        ['P2', 'F1', 'E-Akte', 1, 'P1, P3;'],
        ['P3', 'F1', 'Scan', 1, 'P1\nP1'],
      ],
      Budget: [
        ['Projekt', 'Jahr', 'Art', 'Plan (€)', 'Ist (€)', 'Stellen'],
        ['P1', '2020', 'Investiv', '1.234,5', 99.5, '0,5'],
        [null, 2021, 'consumptive', 1000, '1250.75', null],
      ],
    });
    const result = await readProgrammeWorkbook(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.projects.map((p) => [p.maturity, p.dependsOn])).toEqual([
      [2, []],
      [1, ['P1', 'P3']],
      [1, ['P1', 'P1']],
    ]);
    expect(result.data.budgetLines).toMatchObject([
      { projectKey: 'P1', year: 2020, kind: 'investive', plan: 1234.5, actual: 99.5, positions: 0.5 },
      { projectKey: null, year: 2021, kind: 'consumptive', plan: 1000, actual: 1250.75, positions: null },
    ]);
  });

  test('[EXCHANGE] rows are counted as in Excel even with blank rows between the data', async () => {
    const buffer = await workbookOf({
      ...MINIMAL,
      Projekte: [
        ['Schlüssel', 'Handlungsfeld', 'Titel', 'Reifegrad (1–3)'],
        ['P1', 'F1', 'DMS', 2],
        [],
        [null, '  '],
        ['P2', 'F9', 'E-Akte', 'hoch'],
      ],
    });
    expect(await issuesOf(buffer)).toEqual([
      { sheet: 'Projekte', row: 5, column: 'Handlungsfeld', message: 'Unbekanntes Handlungsfeld „F9“.' },
      { sheet: 'Projekte', row: 5, column: 'Reifegrad (1–3)', message: '„hoch“ ist keine Zahl.' },
    ]);
  });

  test('[EXCHANGE] unknown sheets and columns are refused only when their content would be lost', async () => {
    const buffer = await workbookOf({
      ...MINIMAL,
      Projekte: [
        ['Schlüssel', 'Handlungsfeld', 'Titel', 'Reifegrad (1–3)', 'Bemerkung', 'Leer'],
        ['P1', 'F1', 'DMS', 2, 'bitte prüfen', null],
        ['P2', 'F1', 'E-Akte', 1, null, null, 'ohne Überschrift'],
      ],
      Notizen: [['irgendwas']],
      Leer: [],
    });
    expect(await issuesOf(buffer)).toEqual([
      {
        sheet: 'Projekte',
        row: 1,
        column: 'Bemerkung',
        message: 'Unbekannte Spalte „Bemerkung“: ihr Inhalt würde nicht übernommen. Bitte entfernen oder eine der vorgesehenen Spaltenüberschriften verwenden.',
      },
      {
        sheet: 'Projekte',
        row: 1,
        column: 'Spalte G',
        message: 'Die Spalte G hat keine Überschrift, enthält aber Daten, die nicht übernommen würden.',
      },
      {
        sheet: 'Notizen',
        row: null,
        column: null,
        message: 'Unbekanntes Tabellenblatt „Notizen“: sein Inhalt würde nicht übernommen. Bitte entfernen oder umbenennen.',
      },
    ]);
  });

  test('[EXCHANGE] a column header used twice is reported once, not for each of its cells', async () => {
    const buffer = await workbookOf({
      ...MINIMAL,
      Projekte: [
        ['Schlüssel', 'Handlungsfeld', 'Titel', 'Reifegrad (1–3)', 'titel'],
        ['P1', 'F1', 'DMS', 2, 'Dokumentenmanagement'],
      ],
    });
    expect(await issuesOf(buffer)).toEqual([
      { sheet: 'Projekte', row: 1, column: 'Titel', message: 'Die Spalte „Titel“ kommt mehrfach vor.' },
    ]);
  });

  test('[EXCHANGE] missing required sheets and columns are reported once, not per row', async () => {
    const buffer = await workbookOf({
      Programm: MINIMAL.Programm!,
      Handlungsfelder: [['Schlüssel'], ['F1'], ['F2']],
      Meilensteine: [['Schlüssel', 'Titel'], ['M1', 'Go-live']],
    });
    expect(await issuesOf(buffer)).toEqual([
      { sheet: 'Handlungsfelder', row: 1, column: 'Titel', message: 'Die Pflichtspalte „Titel“ fehlt.' },
      { sheet: 'Projekte', row: null, column: null, message: 'Das Tabellenblatt „Projekte“ fehlt.' },
      { sheet: 'Meilensteine', row: 1, column: 'Projekt', message: 'Die Pflichtspalte „Projekt“ fehlt.' },
    ]);
  });

  test('[EXCHANGE] the Programm sheet holds exactly one programme', async () => {
    const twoRows = await workbookOf({ ...MINIMAL, Programm: [['Schlüssel', 'Titel'], ['a', 'A'], ['b', 'B']] });
    expect(await issuesOf(twoRows)).toEqual([
      { sheet: 'Programm', row: 3, column: null, message: 'Eine Datei enthält genau ein Programm: bitte nur eine Zeile ausfüllen.' },
    ]);
    const noRow = await workbookOf({ ...MINIMAL, Programm: [['Schlüssel', 'Titel']] });
    expect(await issuesOf(noRow)).toEqual([
      { sheet: 'Programm', row: 2, column: null, message: 'Das Tabellenblatt „Programm“ braucht eine Zeile mit dem Programm.' },
    ]);
  });

  test('[EXCHANGE] an unsupported format version is refused', async () => {
    const buffer = await workbookOf({ ...MINIMAL, Programm: [['Schlüssel', 'Titel', 'Formatversion'], ['prog', 'P', 2]] });
    expect(await issuesOf(buffer)).toEqual([
      { sheet: 'Programm', row: 2, column: 'Formatversion', message: 'Ungültiger Wert – erlaubt: 1.' },
    ]);
  });

  test('[EXCHANGE] error values and a wrong item in a key list are located in their cell', async () => {
    const buffer = await workbookOf({
      ...MINIMAL,
      Fristen: [
        ['Schlüssel', 'Gesetz', 'Paragraph', 'Titel', 'Verbindlichkeit', 'Projekte', 'Frist'],
        ['ozg', 'OZG', '§ 1', 'Online-Zugang', 'Pflicht', 'P1; P 2', { error: '#NV' } as unknown as Cell],
      ],
    });
    expect(await issuesOf(buffer)).toEqual([
      { sheet: 'Fristen', row: 2, column: 'Frist', message: 'Die Zelle enthält den Fehlerwert #NV.' },
      { sheet: 'Fristen', row: 2, column: 'Verbindlichkeit', message: 'Unbekannter Wert „Pflicht“ – erlaubt: verpflichtend, Sollvorschrift, Kann-Vorschrift.' },
      { sheet: 'Fristen', row: 2, column: 'Projekte', message: '„P 2“: Nur Buchstaben, Ziffern und . _ - / erlaubt.' },
    ]);
  });

  test(
    '[EXCHANGE] a sheet with more than 50,000 rows is refused',
    async () => {
      const values: Cell[][] = [['Kennzahl', 'Jahr']];
      for (let i = 0; i <= IMPORT_LIMITS.maxRowsPerSheet; i++) values.push(['K1', 2020]);
      const issues = await issuesOf(await workbookOf({ ...MINIMAL, Kennzahlwerte: values }));
      expect(issues).toEqual([{ sheet: 'Kennzahlwerte', row: null, column: null, message: TOO_MANY_ROWS_MESSAGE }]);
    },
    60_000,
  );

  test('[EXCHANGE] a file that is no XLSX workbook gives a clear German message, never a throw', async () => {
    const valid = await workbookOf(MINIMAL);
    const broken = [
      Buffer.alloc(0),
      Buffer.from('Schlüssel;Titel\nP1;DMS\n'),
      Buffer.from('{"formatVersion":1}'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      valid.subarray(0, Math.floor(valid.length / 2)),
      Buffer.from(valid.map((byte, i) => (i > 200 && i % 7 === 0 ? byte ^ 0xff : byte))),
    ];
    for (const buffer of broken) {
      await expect(readProgrammeWorkbook(buffer)).resolves.toEqual({
        ok: false,
        issues: [{ sheet: FILE_SHEET, row: null, column: null, message: INVALID_WORKBOOK_MESSAGE }],
      });
    }
  });

  test('[EXCHANGE] every sheet of the layout can be read back from an empty export', async () => {
    const empty: TProgrammeExchange = {
      formatVersion: 1,
      programme: { key: 'leer', title: 'Leeres Programm', version: null, asOfDate: null, description: null, leadUnit: null },
      fieldsOfAction: [],
      projects: [],
      phases: [],
      milestones: [],
      goals: [],
      kpis: [],
      kpiValues: [],
      obligations: [],
      budgetLines: [],
      decisions: [],
      statusUpdates: [],
    };
    const workbook = await load(await writeProgrammeWorkbook(empty));
    expect(workbook.worksheets).toHaveLength(SHEETS.length);
    expect(await readProgrammeWorkbook(await writeProgrammeWorkbook(empty))).toEqual({ ok: true, data: empty });
  });
});
