import { MATURITY_LABELS, type TStatus } from '../schemas/domain';
import type { TPortfolioColumnId, TPortfolioGrouping, TPortfolioView } from '../schemas/portfolio-view';
import { rollUpStatuses, statusSeverity, STATUS_PRESENTATION, type StatusRollup } from '../status';
import { PORTFOLIO_COLUMNS, type PortfolioViewRow } from './columns';

/**
 * Filtering, sorting and grouping of the portfolio as one pure function. The browser renders its
 * result and writes the CSV from it; the server writes the XLSX from it. One function, so the
 * export holds exactly the rows the table shows.
 */

export const NO_UNIT_LABEL = 'ohne Angabe';

export const GROUPING_LABELS: Record<TPortfolioGrouping, string> = {
  none: 'keine',
  fieldOfAction: 'Handlungsfeld',
  status: 'Ampel',
  maturity: 'Umsetzungsstand (1–3)',
  responsibleUnit: 'Verantwortliche Stelle',
};

export interface PortfolioGroup<R extends PortfolioViewRow = PortfolioViewRow> {
  key: string;
  label: string;
  rows: R[];
  rollup: StatusRollup;
}

export interface PortfolioViewResult<R extends PortfolioViewRow = PortfolioViewRow> {
  /** Filtered and sorted rows, in display order (group by group when grouped). */
  rows: R[];
  /** One group with key '' when not grouped. */
  groups: PortfolioGroup<R>[];
  /** Whether rows keep the portfolio order, so sub-projects may be indented below their parent. */
  treeOrder: boolean;
  columns: TPortfolioColumnId[];
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function normalise(value: string): string {
  return value.toLocaleLowerCase('de-DE');
}

function searchText(row: PortfolioViewRow): string {
  return normalise(
    [row.code, row.title, row.fieldOfActionTitle, row.responsibleUnit, row.responsiblePerson, ...row.reasons.map((r) => r.message)]
      .filter(Boolean)
      .join(' \u0000 '),
  );
}

export function matchesPortfolioFilters(row: PortfolioViewRow, view: TPortfolioView, words: readonly string[]): boolean {
  if (view.topLevelOnly && row.parentId !== null) return false;
  if (view.programmeId !== null && row.programmeId !== view.programmeId) return false;
  if (view.statuses.length > 0 && !view.statuses.includes(row.status)) return false;
  if (view.maturities.length > 0 && !view.maturities.includes(row.maturity)) return false;
  if (view.fieldOfActionIds.length > 0 && !view.fieldOfActionIds.includes(row.fieldOfActionId)) return false;
  if (view.units.length > 0 && !view.units.includes(row.responsibleUnit ?? '')) return false;
  if (words.length > 0) {
    const haystack = searchText(row);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

interface GroupKey {
  key: string;
  label: string;
  order: string | number;
}

function groupKeyOf(row: PortfolioViewRow, groupBy: TPortfolioGrouping): GroupKey {
  switch (groupBy) {
    case 'none':
      return { key: '', label: '', order: 0 };
    case 'fieldOfAction':
      return { key: `f${row.fieldOfActionId}`, label: row.fieldOfActionTitle, order: row.fieldOfActionOrder };
    case 'status':
      return { key: row.status, label: `Ampel ${STATUS_PRESENTATION[row.status].label}`, order: -statusSeverity(row.status) };
    case 'maturity':
      return { key: `m${row.maturity}`, label: `Umsetzungsstand ${row.maturity} – ${MATURITY_LABELS[row.maturity]}`, order: row.maturity };
    case 'responsibleUnit':
      return row.responsibleUnit
        ? { key: `u${row.responsibleUnit}`, label: row.responsibleUnit, order: row.responsibleUnit }
        : { key: 'u', label: NO_UNIT_LABEL, order: '\uffff' };
  }
}

/** The group label a row carries in an export (first column) when the view is grouped. */
export function groupLabelOf(row: PortfolioViewRow, groupBy: TPortfolioGrouping): string {
  return groupKeyOf(row, groupBy).label;
}

export function applyPortfolioView<R extends PortfolioViewRow>(allRows: readonly R[], view: TPortfolioView): PortfolioViewResult<R> {
  const words = normalise(view.search).split(/\s+/).filter(Boolean);
  const filtered = allRows.filter((row) => matchesPortfolioFilters(row, view, words));

  const sortColumn = view.sortBy ? PORTFOLIO_COLUMNS[view.sortBy] : null;
  const sorted =
    sortColumn && sortColumn.sortable
      ? filtered
          .map((row, index) => ({ row, index, value: sortColumn.sortValue(row) }))
          .sort((a, b) => {
            const missingA = a.value === null || a.value === '';
            const missingB = b.value === null || b.value === '';
            // Missing values go last whatever the direction.
            if (missingA || missingB) return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
            const order = compareValues(a.value, b.value);
            return (view.sortDesc ? -order : order) || a.index - b.index;
          })
          .map((entry) => entry.row)
      : filtered;

  const byKey = new Map<string, { group: GroupKey; rows: R[] }>();
  for (const row of sorted) {
    const group = groupKeyOf(row, view.groupBy);
    const entry = byKey.get(group.key);
    if (entry) entry.rows.push(row);
    else byKey.set(group.key, { group, rows: [row] });
  }
  const groups = [...byKey.values()]
    .sort((a, b) => compareValues(a.group.order, b.group.order) || collator.compare(a.group.label, b.group.label))
    .map(({ group, rows }) => ({
      key: group.key,
      label: group.label,
      rows,
      rollup: rollUpStatuses(rows.map((r) => r.status as TStatus)),
    }));

  return {
    rows: groups.flatMap((g) => g.rows),
    groups,
    treeOrder: !sortColumn || !sortColumn.sortable,
    columns: [...new Set(view.columns)],
  };
}
