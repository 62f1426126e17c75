import { LIMITS } from '../../shared/schemas/common';
import {
  BINDINGNESS_LABELS,
  BUDGET_KIND_LABELS,
  GOAL_KIND_LABELS,
  KPI_UNIT_LABELS,
  STATUS_LABELS,
  ZManualStatus,
} from '../../shared/schemas/domain';
import { EXCHANGE_FORMAT_VERSION, type TProgrammeExchange } from '../../shared/schemas/exchange';
import { FILE_SHEET, type ImportIssue } from './issues';

/**
 * The one definition of the XLSX workbook: which sheet holds which part of the exchange object
 * and which column holds which field in which cell type. Writer, reader, the location of
 * problems and the documentation all follow this list.
 */

/** How a cell is written and read. Enum labels are the German UI words of `domain.ts`. */
export type CellType =
  | { readonly kind: 'text' }
  /** A real Excel date shown as TT.MM.JJJJ; read from date cells or from "01.04.2020"/"2020-04-01". */
  | { readonly kind: 'date' }
  | { readonly kind: 'number' }
  /** Bounds feed Excel's data validation; the schema decides what is valid. */
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  /** Code value → German label; the cell holds the label, the exchange object the code. */
  | { readonly kind: 'enum'; readonly labels: Readonly<Record<string, string>> }
  /** Business keys separated by ";" (on reading also "," or line breaks, which keys never contain). */
  | { readonly kind: 'keyList' };

type Collections = Omit<TProgrammeExchange, 'formatVersion' | 'programme'>;
/** The arrays of the exchange object, one sheet each. */
export type CollectionKey = keyof Collections;
/** The Programm sheet has one row: the programme plus the format version of the file. */
export type ProgrammeRow = TProgrammeExchange['programme'] & Pick<TProgrammeExchange, 'formatVersion'>;
export type SheetSource = 'programme' | CollectionKey;
type RowOf<S extends SheetSource> = S extends CollectionKey ? Collections[S][number] : ProgrammeRow;
type FieldOf<S extends SheetSource> = Extract<keyof RowOf<S>, string>;

export interface ColumnDefinition<Field extends string = string> {
  readonly header: string;
  readonly field: Field;
  readonly type: CellType;
  /** The column must exist when the sheet has data rows (the field has no default). */
  readonly required: boolean;
  readonly width: number;
  /** German explanation, written as a note on the header cell. */
  readonly hint: string;
}

export interface SheetDefinition {
  readonly name: string;
  readonly source: SheetSource;
  /** A workbook without this sheet is refused; the other sheets may be left out (empty lists). */
  readonly required: boolean;
  readonly columns: readonly ColumnDefinition[];
}

function defineSheet<S extends SheetSource>(sheet: {
  name: string;
  source: S;
  required: boolean;
  columns: readonly ColumnDefinition<FieldOf<S>>[];
}): SheetDefinition {
  return sheet;
}

const TEXT: CellType = { kind: 'text' };
const DATE: CellType = { kind: 'date' };
const NUMBER: CellType = { kind: 'number' };
const KEY_LIST: CellType = { kind: 'keyList' };
const YEAR: CellType = { kind: 'integer', min: LIMITS.yearMin, max: LIMITS.yearMax };

const manualStatusLabels = Object.fromEntries(
  ZManualStatus.options.map((status) => [status, STATUS_LABELS[status]]),
);

const KEY_HINT = 'Pflichtfeld. Eindeutiger Schlüssel, z. B. „P-01“: Buchstaben, Ziffern und . _ - /';
const DATE_HINT = 'Datum TT.MM.JJJJ';
const keyRef = (what: string) => `Pflichtfeld. Schlüssel ${what}`;
const keyListHint = (what: string) => `Schlüssel ${what}, getrennt durch „;“`;
const enumHint = (labels: Readonly<Record<string, string>>) =>
  `Pflichtfeld. Einer der Werte: ${Object.values(labels).join(', ')}`;

export const SHEETS: readonly SheetDefinition[] = [
  defineSheet({
    name: 'Programm',
    source: 'programme',
    required: true,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 18, hint: KEY_HINT },
      { header: 'Titel', field: 'title', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Fortschreibung', field: 'version', type: TEXT, required: false, width: 18, hint: 'z. B. „Mai 2019“' },
      { header: 'Stand', field: 'asOfDate', type: DATE, required: false, width: 12, hint: DATE_HINT },
      { header: 'Beschreibung', field: 'description', type: TEXT, required: false, width: 60, hint: 'Freitext' },
      { header: 'Federführung', field: 'leadUnit', type: TEXT, required: false, width: 24, hint: 'Federführende Stelle' },
      {
        header: 'Formatversion',
        field: 'formatVersion',
        type: { kind: 'integer', min: EXCHANGE_FORMAT_VERSION, max: EXCHANGE_FORMAT_VERSION },
        required: false,
        width: 14,
        hint: `Version des Austauschformats (derzeit ${EXCHANGE_FORMAT_VERSION}); leer bedeutet die aktuelle Version`,
      },
    ],
  }),
  defineSheet({
    name: 'Handlungsfelder',
    source: 'fieldsOfAction',
    required: true,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 14, hint: KEY_HINT },
      { header: 'Titel', field: 'title', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Beschreibung', field: 'description', type: TEXT, required: false, width: 60, hint: 'Freitext' },
    ],
  }),
  defineSheet({
    name: 'Projekte',
    source: 'projects',
    required: true,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 14, hint: KEY_HINT },
      { header: 'Nummer', field: 'code', type: TEXT, required: false, width: 10, hint: 'Nummer im Plan, z. B. „1.2“' },
      { header: 'Übergeordnetes Projekt', field: 'parentKey', type: TEXT, required: false, width: 16, hint: 'Schlüssel des übergeordneten Projekts (bei Teilprojekten)' },
      { header: 'Handlungsfeld', field: 'fieldOfActionKey', type: TEXT, required: true, width: 16, hint: keyRef('des Handlungsfelds') },
      { header: 'Titel', field: 'title', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Beschreibung', field: 'description', type: TEXT, required: false, width: 60, hint: 'Freitext' },
      { header: 'Verantwortliche Stelle', field: 'responsibleUnit', type: TEXT, required: false, width: 24, hint: 'Organisationseinheit' },
      { header: 'Verantwortliche Person', field: 'responsiblePerson', type: TEXT, required: false, width: 24, hint: 'Name' },
      { header: 'Beteiligte', field: 'involvedParties', type: TEXT, required: false, width: 30, hint: 'z. B. IT-Dienstleister, Personalrat, Datenschutz' },
      { header: 'Geplanter Beginn', field: 'plannedStart', type: DATE, required: false, width: 12, hint: DATE_HINT },
      { header: 'Geplantes Ende', field: 'plannedEnd', type: DATE, required: false, width: 12, hint: DATE_HINT },
      {
        header: 'Reifegrad (1–3)',
        field: 'maturity',
        type: { kind: 'integer', min: 1, max: 3 },
        required: true,
        width: 10,
        hint: 'Pflichtfeld. Umsetzungsstand: 1 = in Vorbereitung, 2 = in Bearbeitung, 3 = abgeschlossen (nicht der OZG-Reifegrad)',
      },
      { header: 'Abhängig von', field: 'dependsOn', type: KEY_LIST, required: false, width: 20, hint: keyListHint('der Projekte, die vorher fertig sein müssen') },
      { header: 'Ziele', field: 'goalKeys', type: KEY_LIST, required: false, width: 20, hint: keyListHint('der Ziele, denen das Projekt dient') },
    ],
  }),
  defineSheet({
    name: 'Phasen',
    source: 'phases',
    required: false,
    columns: [
      { header: 'Projekt', field: 'projectKey', type: TEXT, required: true, width: 14, hint: keyRef('des Projekts') },
      { header: 'Bezeichnung', field: 'name', type: TEXT, required: true, width: 30, hint: 'Pflichtfeld, z. B. „Vorbereitung“' },
      { header: 'Beginn', field: 'start', type: DATE, required: true, width: 12, hint: `Pflichtfeld. ${DATE_HINT}` },
      { header: 'Ende', field: 'end', type: DATE, required: true, width: 12, hint: `Pflichtfeld. ${DATE_HINT}` },
    ],
  }),
  defineSheet({
    name: 'Meilensteine',
    source: 'milestones',
    required: false,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 14, hint: KEY_HINT },
      { header: 'Projekt', field: 'projectKey', type: TEXT, required: true, width: 14, hint: keyRef('des Projekts') },
      { header: 'Titel', field: 'title', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Plantermin', field: 'plannedDate', type: DATE, required: false, width: 12, hint: `Aktuell geplanter Termin, ${DATE_HINT}` },
      { header: 'Basistermin', field: 'baselineDate', type: DATE, required: false, width: 12, hint: `Ursprünglich vereinbarter Termin, ${DATE_HINT}` },
      { header: 'Prognosetermin', field: 'forecastDate', type: DATE, required: false, width: 12, hint: `Erwarteter Termin, ${DATE_HINT}` },
      { header: 'Ist-Termin', field: 'actualDate', type: DATE, required: false, width: 12, hint: `Tatsächlich erreicht am, ${DATE_HINT}` },
      { header: 'Phase', field: 'phase', type: TEXT, required: false, width: 24, hint: 'Bezeichnung der Phase' },
    ],
  }),
  defineSheet({
    name: 'Ziele',
    source: 'goals',
    required: false,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 12, hint: KEY_HINT },
      { header: 'Art', field: 'kind', type: { kind: 'enum', labels: GOAL_KIND_LABELS }, required: true, width: 16, hint: enumHint(GOAL_KIND_LABELS) },
      { header: 'Übergeordnetes Ziel', field: 'parentKey', type: TEXT, required: false, width: 14, hint: 'Schlüssel des übergeordneten Ziels: Leistungsziel unter Wirkungsziel, Maßnahme unter Leistungs- oder Wirkungsziel' },
      { header: 'Text', field: 'text', type: TEXT, required: true, width: 60, hint: 'Pflichtfeld' },
      { header: 'Fällig am', field: 'dueDate', type: DATE, required: false, width: 12, hint: DATE_HINT },
    ],
  }),
  defineSheet({
    name: 'Kennzahlen',
    source: 'kpis',
    required: false,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 12, hint: KEY_HINT },
      { header: 'Titel', field: 'title', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Einheit', field: 'unit', type: { kind: 'enum', labels: KPI_UNIT_LABELS }, required: true, width: 12, hint: enumHint(KPI_UNIT_LABELS) },
      { header: 'Ziel', field: 'goalKey', type: TEXT, required: false, width: 12, hint: 'Schlüssel des Ziels, das die Kennzahl misst' },
    ],
  }),
  defineSheet({
    name: 'Kennzahlwerte',
    source: 'kpiValues',
    required: false,
    columns: [
      { header: 'Kennzahl', field: 'kpiKey', type: TEXT, required: true, width: 12, hint: keyRef('der Kennzahl') },
      { header: 'Jahr', field: 'year', type: YEAR, required: true, width: 8, hint: 'Pflichtfeld, z. B. 2020' },
      { header: 'Plan', field: 'plan', type: NUMBER, required: false, width: 12, hint: 'Planwert' },
      { header: 'Ist', field: 'actual', type: NUMBER, required: false, width: 12, hint: 'Istwert' },
    ],
  }),
  defineSheet({
    name: 'Fristen',
    source: 'obligations',
    required: false,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 16, hint: KEY_HINT },
      { header: 'Gesetz', field: 'law', type: TEXT, required: true, width: 14, hint: 'Pflichtfeld, z. B. „EGovG NRW“' },
      { header: 'Paragraph', field: 'paragraph', type: TEXT, required: true, width: 10, hint: 'Pflichtfeld, z. B. „§ 9“' },
      { header: 'Titel', field: 'title', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Beschreibung', field: 'description', type: TEXT, required: false, width: 60, hint: 'Freitext' },
      { header: 'Frist', field: 'deadline', type: DATE, required: false, width: 12, hint: DATE_HINT },
      { header: 'Verbindlichkeit', field: 'bindingness', type: { kind: 'enum', labels: BINDINGNESS_LABELS }, required: true, width: 16, hint: enumHint(BINDINGNESS_LABELS) },
      { header: 'Projekte', field: 'projectKeys', type: KEY_LIST, required: false, width: 24, hint: keyListHint('der Projekte, die die Frist erfüllen') },
    ],
  }),
  defineSheet({
    name: 'Budget',
    source: 'budgetLines',
    required: false,
    columns: [
      { header: 'Projekt', field: 'projectKey', type: TEXT, required: false, width: 14, hint: 'Schlüssel des Projekts; leer für das Programm insgesamt' },
      { header: 'Jahr', field: 'year', type: YEAR, required: true, width: 8, hint: 'Pflichtfeld, z. B. 2020' },
      { header: 'Art', field: 'kind', type: { kind: 'enum', labels: BUDGET_KIND_LABELS }, required: true, width: 12, hint: enumHint(BUDGET_KIND_LABELS) },
      { header: 'Finanzierungsquelle', field: 'fundingSource', type: TEXT, required: false, width: 24, hint: 'z. B. Haushalt, „Gute Schule 2020“, DigitalPakt Schule' },
      { header: 'Beschreibung', field: 'description', type: TEXT, required: false, width: 40, hint: 'Freitext' },
      { header: 'Plan (€)', field: 'plan', type: NUMBER, required: false, width: 14, hint: 'Planansatz in Euro' },
      { header: 'Ist (€)', field: 'actual', type: NUMBER, required: false, width: 14, hint: 'Ist in Euro' },
      { header: 'Stellen', field: 'positions', type: NUMBER, required: false, width: 8, hint: 'Stellenanteile, z. B. 1,5' },
    ],
  }),
  defineSheet({
    name: 'Beschlüsse',
    source: 'decisions',
    required: false,
    columns: [
      { header: 'Schlüssel', field: 'key', type: TEXT, required: true, width: 16, hint: KEY_HINT },
      { header: 'Gremium', field: 'committee', type: TEXT, required: true, width: 24, hint: 'Pflichtfeld, z. B. „Kreistag“' },
      { header: 'Datum', field: 'date', type: DATE, required: true, width: 12, hint: `Pflichtfeld. ${DATE_HINT}` },
      { header: 'Gegenstand', field: 'subject', type: TEXT, required: true, width: 40, hint: 'Pflichtfeld' },
      { header: 'Ergebnis', field: 'outcome', type: TEXT, required: false, width: 40, hint: 'Freitext' },
      { header: 'Projekte', field: 'projectKeys', type: KEY_LIST, required: false, width: 24, hint: keyListHint('der betroffenen Projekte') },
    ],
  }),
  defineSheet({
    name: 'Statusmeldungen',
    source: 'statusUpdates',
    required: false,
    columns: [
      { header: 'Projekt', field: 'projectKey', type: TEXT, required: true, width: 14, hint: keyRef('des Projekts') },
      { header: 'Datum', field: 'date', type: DATE, required: true, width: 12, hint: `Pflichtfeld. ${DATE_HINT}` },
      { header: 'Ampel', field: 'status', type: { kind: 'enum', labels: manualStatusLabels }, required: true, width: 10, hint: enumHint(manualStatusLabels) },
      { header: 'Text', field: 'text', type: TEXT, required: true, width: 60, hint: 'Pflichtfeld' },
      { header: 'Verfasser', field: 'author', type: TEXT, required: true, width: 20, hint: 'Pflichtfeld' },
    ],
  }),
];

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

const sheetsBySource = new Map(SHEETS.map((sheet) => [sheet.source, sheet]));

export function sheetOf(source: SheetSource): SheetDefinition {
  const sheet = sheetsBySource.get(source);
  if (!sheet) throw new Error(`No sheet for ${source}`);
  return sheet;
}

/** Header text as compared on import: case, spacing and the kind of dash do not matter. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[‐‑‒–—−]/g, '-').toLowerCase();
}

/** Sheet row of the n-th (0-based) entry of a part of the exchange object. */
export type RowNumberOf = (source: SheetSource, index: number) => number;
const rowBelowHeader: RowNumberOf = (_source, index) => index + FIRST_DATA_ROW;

function isSheetSource(value: PropertyKey | undefined): value is SheetSource {
  return typeof value === 'string' && sheetsBySource.has(value as SheetSource);
}

/**
 * Where a path of the exchange object lives in the workbook, e.g. `['projects', 3, 'plannedStart']`
 * → Projekte, row 5, "Geplanter Beginn". `rowNumberOf` lets the reader report the real row when
 * the file has blank rows between its data.
 */
export function locateInWorkbook(
  path: readonly PropertyKey[],
  rowNumberOf: RowNumberOf = rowBelowHeader,
): Omit<ImportIssue, 'message'> {
  const [head, second, third] = path;
  if (head === 'formatVersion' || head === 'programme') {
    const field = head === 'formatVersion' ? head : second;
    return {
      sheet: sheetOf('programme').name,
      row: rowNumberOf('programme', 0),
      column: headerOf('programme', field),
    };
  }
  if (isSheetSource(head)) {
    return {
      sheet: sheetOf(head).name,
      row: typeof second === 'number' ? rowNumberOf(head, second) : null,
      column: headerOf(head, third),
    };
  }
  return { sheet: FILE_SHEET, row: null, column: null };
}

function headerOf(source: SheetSource, field: PropertyKey | undefined): string | null {
  return sheetOf(source).columns.find((column) => column.field === field)?.header ?? null;
}
