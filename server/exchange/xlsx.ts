import ExcelJS from 'exceljs';
import { formatDate } from '../../shared/dates/format';
import { isIsoDate, isoToUtcMs, utcMsToIso } from '../../shared/dates/iso-date';
import { LIMITS } from '../../shared/schemas/common';
import { EXCHANGE_FORMAT_VERSION, ZProgrammeExchange, type TProgrammeExchange } from '../../shared/schemas/exchange';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  SHEETS,
  locateInWorkbook,
  normaliseHeader,
  type CellType,
  type ColumnDefinition,
  type SheetDefinition,
  type SheetSource,
} from './columns';
import {
  FILE_SHEET,
  FILE_TOO_LARGE_MESSAGE,
  IMPORT_LIMITS,
  TOO_MANY_ROWS_MESSAGE,
  germanZodErrors,
  uniqueIssues,
  type ExchangeReadResult,
  type ImportIssue,
} from './issues';
import { findReferenceProblems, toReferenceView } from './references';

export const INVALID_WORKBOOK_MESSAGE = 'Die Datei ist keine gültige XLSX-Arbeitsmappe.';
export const FORMULA_MESSAGE = 'Formeln sind nicht erlaubt.';
export const DATE_FORMAT = 'dd.mm.yyyy';

// ---------------------------------------------------------------------------------------------
// Text cells
// ---------------------------------------------------------------------------------------------

/**
 * Formula injection: a text that starts with = + - @, a tab or a carriage return becomes a
 * formula (or DDE call) as soon as someone edits the cell in Excel or copies it into a CSV. The
 * exporter never writes formulas, and writes such a text with a leading apostrophe, so the cell
 * stays a harmless string ("'=HYPERLINK(…)"). Texts that start with an apostrophe are guarded as
 * well, which keeps the guard unambiguous: on import exactly one leading apostrophe in front of
 * one of these characters is removed, so every text survives export and re-import unchanged.
 */
export const FORMULA_GUARD = "'";
const NEEDS_GUARD = /^[=+\-@\t\r']/;

export function guardFormulaText(text: string): string {
  return NEEDS_GUARD.test(text) ? FORMULA_GUARD + text : text;
}

export function unguardFormulaText(text: string): string {
  return text.startsWith(FORMULA_GUARD) && NEEDS_GUARD.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Characters XML cannot carry (control characters, U+FFFE/U+FFFF, lone surrogates) and the
 * carriage return, which XML parsers turn into a line feed, are written in the OOXML escape
 * `_xHHHH_`, as Excel does; exceljs decodes it on reading. A literal "_xHHHH" in the text gets
 * its underscore escaped as `_x005F_` so that it is not decoded.
 */
const OOXML_UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /_(?=x[0-9A-Fa-f]{4})|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeOoxml(text: string): string {
  return text.replace(
    OOXML_UNSAFE,
    (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

function textCell(text: string): string {
  return escapeOoxml(guardFormulaText(text));
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** exceljs keeps data validations of ranges in this model; its type declarations omit it. */
interface SheetWithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function sheetRows(data: TProgrammeExchange, source: SheetSource): readonly Record<string, unknown>[] {
  if (source === 'programme') return [{ ...data.programme, formatVersion: data.formatVersion }];
  return data[source];
}

function writeCell(type: CellType, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (type.kind) {
    case 'text':
      return textCell(String(value));
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? new Date(isoToUtcMs(value)) : textCell(String(value));
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : textCell(String(value));
    case 'enum':
      return type.labels[String(value)] ?? textCell(String(value));
    case 'keyList': {
      const keys = Array.isArray(value) ? value.map(String) : [String(value)];
      return keys.length > 0 ? textCell(keys.join('; ')) : null;
    }
  }
}

function validationOf(type: CellType): ExcelJS.DataValidation | null {
  switch (type.kind) {
    case 'enum': {
      const labels = Object.values(type.labels);
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${labels.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Ungültiger Wert',
        error: `Bitte einen der Werte wählen: ${labels.join(', ')}.`,
      };
    }
    case 'integer':
      return {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [type.min, type.max],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Ungültiger Wert',
        error:
          type.min === type.max
            ? `Bitte ${type.min} eintragen.`
            : `Bitte eine ganze Zahl von ${type.min} bis ${type.max} eintragen.`,
      };
    default:
      return null;
  }
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetDefinition, rows: readonly Record<string, unknown>[]) {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const lastValidatedRow = FIRST_DATA_ROW + IMPORT_LIMITS.maxRowsPerSheet - 1;

  sheet.columns.forEach((column, i) => {
    const sheetColumn = worksheet.getColumn(i + 1);
    sheetColumn.width = column.width;
    if (column.type.kind === 'date') sheetColumn.numFmt = DATE_FORMAT;

    const header = worksheet.getCell(HEADER_ROW, i + 1);
    header.value = column.header;
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.note = column.hint;

    const validation = validationOf(column.type);
    if (validation) {
      const letter = sheetColumn.letter;
      (worksheet as unknown as SheetWithValidations).dataValidations.add(
        `${letter}${FIRST_DATA_ROW}:${letter}${lastValidatedRow}`,
        validation,
      );
    }
  });
  worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: sheet.columns.length } };

  rows.forEach((row, index) => {
    const sheetRow = worksheet.getRow(FIRST_DATA_ROW + index);
    sheet.columns.forEach((column, i) => {
      const cell = sheetRow.getCell(i + 1);
      cell.value = writeCell(column.type, row[column.field]);
      if (column.type.kind === 'date') cell.numFmt = DATE_FORMAT;
    });
  });
}

/** The whole programme as an XLSX workbook in the layout of `SHEETS`. Never writes a formula. */
export async function writeProgrammeWorkbook(data: TProgrammeExchange): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Digitalisierungs-Cockpit';
  for (const sheet of SHEETS) writeSheet(workbook, sheet, sheetRows(data, sheet.source));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Reading cells
// ---------------------------------------------------------------------------------------------

type CellContent =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean' }
  | { kind: 'formula' }
  | { kind: 'error'; text: string };

const BLANK: CellContent = { kind: 'blank' };

function textContent(text: string): CellContent {
  return { kind: 'text', text: unguardFormulaText(text) };
}

function richTextOf(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

function readCell(cell: ExcelJS.Cell): CellContent {
  const value = cell.value;
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'string') return textContent(value);
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? { kind: 'error', text: '#WERT!' } : { kind: 'date', iso: utcMsToIso(ms) };
  }
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return textContent(richTextOf(value));
  if ('text' in value) return textContent(typeof value.text === 'string' ? value.text : richTextOf(value.text));
  return BLANK;
}

function isBlank(content: CellContent): boolean {
  return content.kind === 'blank' || (content.kind === 'text' && content.text.trim() === '');
}

type Conversion = { ok: true; value: unknown } | { ok: false; message: string };
const accept = (value: unknown): Conversion => ({ ok: true, value });
const problem = (message: string): Conversion => ({ ok: false, message });

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** "1.234,5", "1234,5", "1.500" (German, as typed in this country), or "1234.5". */
const GERMAN_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Excel day 0 is 1899-12-30 in the 1900 date system. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function parseDateText(text: string): string | null {
  if (ISO_DATE.test(text)) return isIsoDate(text) ? text : null;
  const match = GERMAN_DATE.exec(text);
  if (!match) return null;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** A plain number in a date column is taken as an Excel serial date if it lands in a plausible year. */
/** Excel's largest date serial (31.12.9999); beyond it there is no calendar date. */
const MAX_EXCEL_SERIAL = 2_958_465;

function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || Math.abs(serial) > MAX_EXCEL_SERIAL) return null;
  const iso = utcMsToIso(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  const year = Number(iso.slice(0, 4));
  return year >= LIMITS.yearMin && year <= LIMITS.yearMax ? iso : null;
}

function parseNumberText(text: string): number | null {
  const compact = text.replace(/\s/g, '');
  if (GERMAN_NUMBER.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
  if (PLAIN_NUMBER.test(compact)) return Number(compact);
  return null;
}

const dateMessage = (text: string) => `„${text}“ ist kein gültiges Datum (erwartet TT.MM.JJJJ).`;
const NUMBER_MESSAGE = 'Bitte eine Zahl angeben.';
const INTEGER_MESSAGE = 'Bitte eine ganze Zahl angeben.';

function toNumber(content: CellContent): Conversion {
  switch (content.kind) {
    case 'number':
      return accept(content.value);
    case 'text': {
      const parsed = parseNumberText(content.text);
      return parsed === null ? problem(`„${content.text}“ ist keine Zahl.`) : accept(parsed);
    }
    default:
      return problem(NUMBER_MESSAGE);
  }
}

/** Turns the content of a non-blank, non-formula cell into the value of the exchange object. */
function convert(type: CellType, content: CellContent): Conversion {
  switch (type.kind) {
    case 'text':
      if (content.kind === 'text') return accept(content.text);
      if (content.kind === 'number') return accept(String(content.value));
      // Excel turns a typed "01.04.2020" into a date even in a text column; keep what was meant.
      if (content.kind === 'date') return accept(formatDate(content.iso));
      return problem('Bitte einen Text angeben.');
    case 'date':
      if (content.kind === 'date') return accept(content.iso);
      if (content.kind === 'text') {
        const text = content.text.trim();
        const iso = parseDateText(text);
        return iso ? accept(iso) : problem(dateMessage(text));
      }
      if (content.kind === 'number') {
        const iso = serialToIso(content.value);
        return iso ? accept(iso) : problem(dateMessage(String(content.value)));
      }
      return problem('Bitte ein Datum im Format TT.MM.JJJJ angeben.');
    case 'number':
      return toNumber(content);
    case 'integer': {
      const number = toNumber(content);
      if (!number.ok) return number;
      return Number.isInteger(number.value) ? number : problem(INTEGER_MESSAGE);
    }
    case 'enum': {
      const raw = content.kind === 'text' ? content.text.trim() : content.kind === 'number' ? String(content.value) : null;
      const wanted = raw === null ? null : normaliseHeader(raw);
      const match = Object.entries(type.labels).find(
        ([code, label]) => normaliseHeader(label) === wanted || normaliseHeader(code) === wanted,
      );
      const allowed = Object.values(type.labels).join(', ');
      if (match) return accept(match[0]);
      return problem(raw === null ? `Bitte einen der Werte angeben: ${allowed}.` : `Unbekannter Wert „${raw}“ – erlaubt: ${allowed}.`);
    }
    case 'keyList':
      if (content.kind === 'text') return accept(content.text.split(/[;,\n]/).map((k) => k.trim()).filter(Boolean));
      if (content.kind === 'number') return accept([String(content.value)]);
      return problem('Bitte Schlüssel angeben, getrennt durch „;“.');
  }
}

function blankValue(type: CellType): unknown {
  return type.kind === 'keyList' ? [] : null;
}

// ---------------------------------------------------------------------------------------------
// Reading sheets
// ---------------------------------------------------------------------------------------------

/** Problems found on reading, and what they make redundant among the schema's complaints. */
class ReadLog {
  readonly issues: ImportIssue[] = [];
  /** Cells whose value could not be read: the schema would only repeat the problem. */
  readonly unreadableCells = new Set<string>();
  /** Missing columns, missing or unreadable sheets: reported once, not per row. */
  readonly silencedColumns = new Set<string>();
  readonly silencedSheets = new Set<string>();
  /** The reference checks need every sheet complete; without it they would only add noise. */
  structureBroken = false;

  add(issue: ImportIssue) {
    this.issues.push(issue);
  }

  cellProblem(sheet: string, row: number, column: string, message: string) {
    this.add({ sheet, row, column, message });
    this.unreadableCells.add(cellId(sheet, row, column));
  }

  isSilenced(issue: Omit<ImportIssue, 'message'>): boolean {
    return (
      this.silencedSheets.has(issue.sheet) ||
      (issue.column !== null && this.silencedColumns.has(cellId(issue.sheet, null, issue.column))) ||
      (issue.row !== null && issue.column !== null && this.unreadableCells.has(cellId(issue.sheet, issue.row, issue.column)))
    );
  }
}

function cellId(sheet: string, row: number | null, column: string): string {
  return JSON.stringify([sheet, row, column]);
}

interface SheetContent {
  rows: Record<string, unknown>[];
  rowNumbers: number[];
}

function readHeader(worksheet: ExcelJS.Worksheet, sheet: SheetDefinition, log: ReadLog) {
  const byHeader = new Map(sheet.columns.map((column) => [normaliseHeader(column.header), column]));
  const known = new Map<number, ColumnDefinition>();
  const unknown = new Map<number, string>();
  const found = new Set<ColumnDefinition>();
  /** Columns whose header is already reported as a problem: their data need no second issue. */
  const refused = new Set<number>();

  worksheet.getRow(HEADER_ROW).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const content = readCell(cell);
    if (content.kind === 'formula') {
      log.add({ sheet: sheet.name, row: HEADER_ROW, column: null, message: `${FORMULA_MESSAGE} (Zelle ${cell.address})` });
      log.structureBroken = true;
      refused.add(columnNumber);
      return;
    }
    if (isBlank(content)) return;
    const converted = convert({ kind: 'text' }, content);
    const text = converted.ok ? String(converted.value).trim() : cell.address;
    const column = byHeader.get(normaliseHeader(text));
    if (!column) {
      unknown.set(columnNumber, text);
    } else if (found.has(column)) {
      log.add({ sheet: sheet.name, row: HEADER_ROW, column: column.header, message: `Die Spalte „${column.header}“ kommt mehrfach vor.` });
      log.structureBroken = true;
      refused.add(columnNumber);
    } else {
      found.add(column);
      known.set(columnNumber, column);
    }
  });
  const missing = sheet.columns.filter((column) => !found.has(column));
  return { known, unknown, refused, missing };
}

function readSheet(worksheet: ExcelJS.Worksheet, sheet: SheetDefinition, log: ReadLog): SheetContent {
  const content: SheetContent = { rows: [], rowNumbers: [] };
  // actualRowCount counts rows holding values, the header among them.
  if (worksheet.actualRowCount - 1 > IMPORT_LIMITS.maxRowsPerSheet) {
    log.add({ sheet: sheet.name, row: null, column: null, message: TOO_MANY_ROWS_MESSAGE });
    log.silencedSheets.add(sheet.name);
    log.structureBroken = true;
    return content;
  }

  const { known, unknown, refused, missing } = readHeader(worksheet, sheet, log);
  const unknownWithData = new Set<number>();

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    const cells = new Map<number, CellContent>();
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells.set(columnNumber, readCell(cell));
    });
    if ([...cells.values()].every(isBlank)) return;

    const record: Record<string, unknown> = {};
    cells.forEach((cellContent, columnNumber) => {
      if (!isBlank(cellContent) && !known.has(columnNumber) && !refused.has(columnNumber)) {
        unknownWithData.add(columnNumber);
      }
    });
    known.forEach((column, columnNumber) => {
      const cellContent = cells.get(columnNumber) ?? BLANK;
      if (cellContent.kind === 'formula') {
        log.cellProblem(sheet.name, rowNumber, column.header, FORMULA_MESSAGE);
        return;
      }
      if (cellContent.kind === 'error') {
        log.cellProblem(sheet.name, rowNumber, column.header, `Die Zelle enthält den Fehlerwert ${cellContent.text}.`);
        return;
      }
      // A text column keeps blanks that were written as text ("", " "): exports stay exact.
      if (isBlank(cellContent) && !(column.type.kind === 'text' && cellContent.kind === 'text')) {
        record[column.field] = blankValue(column.type);
        return;
      }
      const converted = convert(column.type, cellContent);
      if (converted.ok) record[column.field] = converted.value;
      else log.cellProblem(sheet.name, rowNumber, column.header, converted.message);
    });
    content.rows.push(record);
    content.rowNumbers.push(rowNumber);
  });

  for (const columnNumber of [...unknownWithData].sort((a, b) => a - b)) {
    const header = unknown.get(columnNumber);
    const letter = worksheet.getColumn(columnNumber).letter;
    log.add({
      sheet: sheet.name,
      row: HEADER_ROW,
      column: header ?? `Spalte ${letter}`,
      message: header
        ? `Unbekannte Spalte „${header}“: ihr Inhalt würde nicht übernommen. Bitte entfernen oder eine der vorgesehenen Spaltenüberschriften verwenden.`
        : `Die Spalte ${letter} hat keine Überschrift, enthält aber Daten, die nicht übernommen würden.`,
    });
  }
  if (content.rows.length > 0) {
    for (const column of missing.filter((c) => c.required)) {
      log.add({ sheet: sheet.name, row: HEADER_ROW, column: column.header, message: `Die Pflichtspalte „${column.header}“ fehlt.` });
      log.silencedColumns.add(cellId(sheet.name, null, column.header));
      log.structureBroken = true;
    }
  }
  return content;
}

// ---------------------------------------------------------------------------------------------
// Reading the workbook
// ---------------------------------------------------------------------------------------------

/** exceljs options that keep a hostile file from exhausting memory: no expansion of ranges. */
const LOAD_OPTIONS = {
  ignoreNodes: [
    'dataValidations',
    'mergeCells',
    'hyperlinks',
    'conditionalFormatting',
    'extLst',
    'drawing',
    'picture',
    'tableParts',
    'autoFilter',
  ],
  maxRows: 2 * IMPORT_LIMITS.maxRowsPerSheet,
  maxCols: 1_000,
};

type Loaded = { ok: true; workbook: ExcelJS.Workbook } | { ok: false; message: string };

async function loadWorkbook(buffer: Buffer): Promise<Loaded> {
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, LOAD_OPTIONS as Partial<ExcelJS.XlsxReadOptions>);
    if (workbook.worksheets.length === 0) return { ok: false, message: INVALID_WORKBOOK_MESSAGE };
    return { ok: true, workbook };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/^Max row count/.test(message)) return { ok: false, message: `Ein Tabellenblatt ist zu groß. ${TOO_MANY_ROWS_MESSAGE}` };
    if (/^Max c count/.test(message)) return { ok: false, message: 'Ein Tabellenblatt hat zu viele Spalten.' };
    return { ok: false, message: INVALID_WORKBOOK_MESSAGE };
  }
}

const fileProblem = (message: string): ExchangeReadResult => ({
  ok: false,
  issues: [{ sheet: FILE_SHEET, row: null, column: null, message }],
});

/**
 * Reads a workbook in the layout of `SHEETS` and validates it completely: every problem is
 * reported with sheet, row and column; a file that cannot be read at all gives one German
 * message. Never throws for bad input.
 */
export async function readProgrammeWorkbook(buf: Buffer): Promise<ExchangeReadResult> {
  if (buf.length > IMPORT_LIMITS.maxFileBytes) return fileProblem(FILE_TOO_LARGE_MESSAGE);
  const loaded = await loadWorkbook(buf);
  if (!loaded.ok) return fileProblem(loaded.message);

  const log = new ReadLog();
  const bySheetName = new Map(SHEETS.map((sheet) => [normaliseHeader(sheet.name), sheet]));
  const contents = new Map<SheetSource, SheetContent>();

  for (const worksheet of loaded.workbook.worksheets) {
    const sheet = bySheetName.get(normaliseHeader(worksheet.name));
    if (!sheet) {
      if (worksheet.actualRowCount > 0) {
        log.add({
          sheet: worksheet.name,
          row: null,
          column: null,
          message: `Unbekanntes Tabellenblatt „${worksheet.name}“: sein Inhalt würde nicht übernommen. Bitte entfernen oder umbenennen.`,
        });
      }
      continue;
    }
    if (contents.has(sheet.source)) {
      log.add({ sheet: worksheet.name, row: null, column: null, message: `Das Tabellenblatt „${sheet.name}“ kommt mehrfach vor.` });
      log.structureBroken = true;
      continue;
    }
    contents.set(sheet.source, readSheet(worksheet, sheet, log));
  }
  for (const sheet of SHEETS) {
    if (sheet.required && !contents.has(sheet.source)) {
      log.add({ sheet: sheet.name, row: null, column: null, message: `Das Tabellenblatt „${sheet.name}“ fehlt.` });
      log.silencedSheets.add(sheet.name);
      log.structureBroken = true;
    }
  }

  const raw = assemble(contents, log);
  const rowNumberOf = (source: SheetSource, index: number) =>
    contents.get(source)?.rowNumbers[index] ?? index + FIRST_DATA_ROW;
  const parsed = ZProgrammeExchange.safeParse(raw, { error: germanZodErrors });
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      const location = locateInWorkbook(zodIssue.path, rowNumberOf);
      if (!log.isSilenced(location)) log.add({ ...location, message: withListItem(raw, zodIssue.path, zodIssue.message) });
    }
  }
  if (!log.structureBroken) {
    for (const reference of findReferenceProblems(toReferenceView(raw))) {
      log.add({ ...locateInWorkbook(reference.path, rowNumberOf), message: reference.message });
    }
  }

  if (log.issues.length > 0 || !parsed.success) return { ok: false, issues: sortIssues(uniqueIssues(log.issues)) };
  return { ok: true, data: parsed.data };
}

/** Builds the exchange object from the sheets; the Programm sheet must have exactly one row. */
function assemble(contents: Map<SheetSource, SheetContent>, log: ReadLog): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [source, content] of contents) {
    if (source !== 'programme') raw[source] = content.rows;
  }

  const programmeSheet = SHEETS.find((sheet) => sheet.source === 'programme')!;
  const programmeRows = contents.get('programme');
  if (programmeRows && programmeRows.rows.length !== 1 && !log.silencedSheets.has(programmeSheet.name)) {
    if (programmeRows.rows.length === 0) {
      log.add({ sheet: programmeSheet.name, row: FIRST_DATA_ROW, column: null, message: 'Das Tabellenblatt „Programm“ braucht eine Zeile mit dem Programm.' });
      log.silencedSheets.add(programmeSheet.name);
      log.structureBroken = true;
    }
    programmeRows.rowNumbers.slice(1).forEach((row) =>
      log.add({ sheet: programmeSheet.name, row, column: null, message: 'Eine Datei enthält genau ein Programm: bitte nur eine Zeile ausfüllen.' }),
    );
  }
  const { formatVersion, ...programme } = programmeRows?.rows[0] ?? {};
  raw.formatVersion = formatVersion ?? EXCHANGE_FORMAT_VERSION;
  raw.programme = programme;
  return raw;
}

/** In a key list the column alone does not say which key is wrong; the message does. */
function withListItem(raw: unknown, path: readonly PropertyKey[], message: string): string {
  if (path.length !== 4 || typeof path[3] !== 'number') return message;
  let item: unknown = raw;
  for (const segment of path) {
    item = typeof item === 'object' && item !== null ? (item as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return typeof item === 'string' ? `„${item}“: ${message}` : message;
}

const sheetOrder = new Map<string, number>([[FILE_SHEET, -1], ...SHEETS.map((sheet, i) => [sheet.name, i] as const)]);

function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const sheetRank = (issue: ImportIssue) => sheetOrder.get(issue.sheet) ?? SHEETS.length;
  const columnRank = (issue: ImportIssue) => {
    if (issue.column === null) return -1;
    const sheet = SHEETS.find((s) => s.name === issue.sheet);
    const index = sheet?.columns.findIndex((column) => column.header === issue.column) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return issues
    .map((issue, position) => ({ issue, position }))
    .sort(
      (a, b) =>
        sheetRank(a.issue) - sheetRank(b.issue) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        columnRank(a.issue) - columnRank(b.issue) ||
        a.position - b.position,
    )
    .map(({ issue }) => issue);
}
