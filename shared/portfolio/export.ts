import type { TPortfolioView } from '../schemas/portfolio-view';
import { cellText, neutraliseFormula, PORTFOLIO_COLUMNS, type ExportCell, type PortfolioViewRow } from './columns';
import { GROUPING_LABELS, groupLabelOf, type PortfolioViewResult } from './view';

export interface ExportTable {
  headers: string[];
  rows: ExportCell[][];
}

/**
 * The rows and columns the table shows, as cells. When the view is grouped, the group (shown as
 * a heading row on screen) becomes the first column, so every exported row stays self-contained.
 */
export function portfolioExportTable(result: PortfolioViewResult<PortfolioViewRow>, view: TPortfolioView): ExportTable {
  const grouped = view.groupBy !== 'none';
  const columns = result.columns.map((id) => PORTFOLIO_COLUMNS[id]);
  return {
    headers: [...(grouped ? [GROUPING_LABELS[view.groupBy]] : []), ...columns.map((c) => c.header)],
    rows: result.rows.map((row) => [
      ...(grouped ? [{ kind: 'text', value: groupLabelOf(row, view.groupBy) } as const] : []),
      ...columns.map((c) => c.cell(row)),
    ]),
  };
}

function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV as German Excel opens it by double-click: UTF-8 with BOM, `;` between fields, CRLF. */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows.map((row) => row.map(cellText))].map((fields) => fields.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "portfolio-2026-11-23.csv" */
export function exportFileName(asOf: string, extension: 'csv' | 'xlsx'): string {
  return `portfolio-${asOf}.${extension}`;
}
