import { formatDate } from '../dates/format';
import { MATURITY_LABELS, STATUS_LABELS, type TMaturity, type TStatus } from '../schemas/domain';
import type { TPortfolioColumnId } from '../schemas/portfolio-view';
import { describeEffectiveStatus, statusSeverity, type ManualStatus, type StatusReasonLevel } from '../status';

/** What the portfolio view needs of a project row; the server's board rows satisfy it. */
export interface PortfolioViewRow {
  id: number;
  code: string | null;
  title: string;
  parentId: number | null;
  /** Nesting depth in the portfolio order: 0 for projects, 1 for their sub-projects … */
  depth: number;
  programmeId: number;
  fieldOfActionId: number;
  fieldOfActionTitle: string;
  fieldOfActionOrder: number;
  responsibleUnit: string | null;
  responsiblePerson: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  maturity: TMaturity;
  /** Effective status (override while active), rolled up over sub-projects. */
  status: TStatus;
  computed: TStatus;
  reasons: readonly { level: StatusReasonLevel; message: string }[];
  override: { status: ManualStatus; justification: string; authorName: string; expiresAt: string | null; active: boolean } | null;
  latestUpdate: { date: string; status: ManualStatus; text: string; authorName: string } | null;
}

/** A value as a spreadsheet cell: dates stay dates, numbers stay numbers. */
export type ExportCell =
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: string | null }
  | { kind: 'number'; value: number | null };

export interface PortfolioColumn {
  id: TPortfolioColumnId;
  /** German header, used by the table, the CSV and the XLSX export alike. */
  header: string;
  sortable: boolean;
  /** Sort key; null sorts last in either direction. */
  sortValue(row: PortfolioViewRow): string | number | null;
  cell(row: PortfolioViewRow): ExportCell;
}

const text = (value: string | null | undefined): ExportCell => ({ kind: 'text', value: value ?? '' });

export function statusText(row: Pick<PortfolioViewRow, 'status' | 'computed' | 'override'>): string {
  return describeEffectiveStatus({
    status: row.status,
    computed: row.computed,
    override: row.override ? { ...row.override, author: row.override.authorName, createdAt: '', active: row.override.active } : null,
  });
}

export function maturityText(maturity: TMaturity): string {
  return `${maturity} – ${MATURITY_LABELS[maturity]}`;
}

export function latestUpdateText(update: PortfolioViewRow['latestUpdate']): string {
  if (!update) return '';
  return `${formatDate(update.date)} ${STATUS_LABELS[update.status]}: ${update.text} (${update.authorName})`;
}

export const PORTFOLIO_COLUMNS: Record<TPortfolioColumnId, PortfolioColumn> = {
  code: { id: 'code', header: 'Nr.', sortable: true, sortValue: (r) => r.code, cell: (r) => text(r.code) },
  title: { id: 'title', header: 'Projekt', sortable: true, sortValue: (r) => r.title, cell: (r) => text(r.title) },
  fieldOfAction: {
    id: 'fieldOfAction',
    header: 'Handlungsfeld',
    sortable: true,
    sortValue: (r) => r.fieldOfActionOrder,
    cell: (r) => text(r.fieldOfActionTitle),
  },
  status: {
    id: 'status',
    header: 'Ampel',
    sortable: true,
    // Ascending = worst first, which is what "sort by status" is asked for.
    sortValue: (r) => -statusSeverity(r.status),
    cell: (r) => text(statusText(r)),
  },
  reasons: {
    id: 'reasons',
    header: 'Gründe',
    sortable: false,
    sortValue: () => null,
    cell: (r) => text(r.reasons.map((reason) => reason.message).join('; ')),
  },
  maturity: {
    id: 'maturity',
    header: 'Umsetzungsstand (1–3)',
    sortable: true,
    sortValue: (r) => r.maturity,
    cell: (r) => text(maturityText(r.maturity)),
  },
  responsibleUnit: {
    id: 'responsibleUnit',
    header: 'Verantwortliche Stelle',
    sortable: true,
    sortValue: (r) => r.responsibleUnit,
    cell: (r) => text(r.responsibleUnit),
  },
  responsiblePerson: {
    id: 'responsiblePerson',
    header: 'Verantwortliche Person',
    sortable: true,
    sortValue: (r) => r.responsiblePerson,
    cell: (r) => text(r.responsiblePerson),
  },
  plannedStart: {
    id: 'plannedStart',
    header: 'Geplanter Beginn',
    sortable: true,
    sortValue: (r) => r.plannedStart,
    cell: (r) => ({ kind: 'date', value: r.plannedStart }),
  },
  plannedEnd: {
    id: 'plannedEnd',
    header: 'Geplantes Ende',
    sortable: true,
    sortValue: (r) => r.plannedEnd,
    cell: (r) => ({ kind: 'date', value: r.plannedEnd }),
  },
  latestUpdate: {
    id: 'latestUpdate',
    header: 'Letzte Statusmeldung',
    sortable: true,
    sortValue: (r) => r.latestUpdate?.date ?? null,
    cell: (r) => text(latestUpdateText(r.latestUpdate)),
  },
};

/** Text of a cell as the CSV and the screen show it (dates as 01.04.2020). */
export function cellText(cell: ExportCell): string {
  if (cell.kind === 'date') return formatDate(cell.value);
  if (cell.kind === 'number') return cell.value === null ? '' : String(cell.value).replace('.', ',');
  return cell.value;
}

/**
 * Spreadsheet programs run text that starts with = + - @ (and tab / carriage return) as a
 * formula; a leading apostrophe makes it plain text (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
