import type { UploadIssue } from './types';

export type IssueSortKey = 'place' | 'sheet' | 'row' | 'column' | 'message';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('de-DE', { numeric: true, sensitivity: 'base' });
const compareText = (a: string | null, b: string | null) => collator.compare(a ?? '', b ?? '');
const compareRow = (a: number | null, b: number | null) => (a ?? 0) - (b ?? 0);

/**
 * Issues sorted by a column. `place` keeps the server's order (sheet by sheet as in the
 * workbook, then row and column), which is how a user walks through the file to fix it.
 */
export function sortIssues(
  issues: readonly UploadIssue[],
  key: IssueSortKey,
  direction: SortDirection,
): UploadIssue[] {
  const indexed = issues.map((issue, index) => ({ issue, index }));
  const compare = (a: (typeof indexed)[number], b: (typeof indexed)[number]): number => {
    switch (key) {
      case 'place':
        return 0;
      case 'sheet':
        return compareText(a.issue.sheet, b.issue.sheet) || compareRow(a.issue.row, b.issue.row);
      case 'row':
        return compareRow(a.issue.row, b.issue.row);
      case 'column':
        return compareText(a.issue.column, b.issue.column);
      case 'message':
        return compareText(a.issue.message, b.issue.message);
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return indexed.sort((a, b) => sign * compare(a, b) || sign * (a.index - b.index)).map(({ issue }) => issue);
}
