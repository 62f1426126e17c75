import ExcelJS from 'exceljs';
import type { Db } from '../../../db';
import { formatDate } from '../../../shared/dates/format';
import { isoToUtcMs } from '../../../shared/dates/iso-date';
import { neutraliseFormula } from '../../../shared/portfolio/columns';
import { exportFileName, portfolioExportTable } from '../../../shared/portfolio/export';
import { applyPortfolioView } from '../../../shared/portfolio/view';
import type { TPortfolioView } from '../../../shared/schemas/portfolio-view';
import { getPortfolio } from './portfolio';

const DATE_FORMAT = 'dd.mm.yyyy';

/**
 * The portfolio view as an XLSX workbook: exactly the rows and columns the table shows (the same
 * `applyPortfolioView`), German headers, calendar dates as real Excel dates, and text that a
 * spreadsheet could mistake for a formula prefixed with an apostrophe.
 */
export async function exportPortfolioXlsx(db: Db, organisationId: number, asOf: string, view: TPortfolioView) {
  const portfolio = getPortfolio(db, organisationId, asOf);
  const table = portfolioExportTable(applyPortfolioView(portfolio.rows, view), view);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Digitalisierungs-Cockpit';
  workbook.created = new Date(isoToUtcMs(asOf));
  const sheet = workbook.addWorksheet('Portfolio', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`Portfolio, Stand ${formatDate(asOf)}`]).font = { bold: true };
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  for (const cells of table.rows) {
    sheet.addRow(
      cells.map((cell) => {
        if (cell.kind === 'date') return cell.value ? new Date(isoToUtcMs(cell.value)) : null;
        if (cell.kind === 'number') return cell.value;
        return neutraliseFormula(cell.value);
      }),
    );
  }
  table.headers.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    const kind = table.rows[0]?.[index]?.kind;
    if (kind === 'date') column.numFmt = DATE_FORMAT;
    column.width = kind === 'date' ? 12 : Math.min(60, Math.max(10, title.length + 2));
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: table.headers.length } };

  const buffer = await workbook.xlsx.writeBuffer();
  return {
    fileName: exportFileName(asOf, 'xlsx'),
    rowCount: table.rows.length,
    base64: Buffer.from(buffer).toString('base64'),
  };
}
