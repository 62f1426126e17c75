import { useState } from 'react';
import { sortIssues, type IssueSortKey, type SortDirection } from './issue-order';
import type { UploadIssue } from './types';

const COLUMNS: readonly { key: IssueSortKey; label: string; className?: string }[] = [
  { key: 'place', label: 'Nr.', className: 'num' },
  { key: 'sheet', label: 'Tabellenblatt' },
  { key: 'row', label: 'Zeile', className: 'num' },
  { key: 'column', label: 'Spalte' },
  { key: 'message', label: 'Problem' },
];

/** Every problem of a file with sheet, row and column; each column header sorts the table. */
export function IssueTable({ issues, caption }: { issues: readonly UploadIssue[]; caption: string }) {
  const [sort, setSort] = useState<{ key: IssueSortKey; direction: SortDirection }>({ key: 'place', direction: 'ascending' });
  const numbered = issues.map((issue, index) => ({ ...issue, number: index + 1 }));
  const rows = sortIssues(numbered, sort.key, sort.direction) as typeof numbered;

  const toggle = (key: IssueSortKey) =>
    setSort((current) => ({
      key,
      direction: current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <table className="data-table exchange-issues">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={column.className}
              aria-sort={sort.key === column.key ? sort.direction : undefined}
            >
              <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                {column.label}
                <span aria-hidden="true" className="sort-button__mark">
                  {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                </span>
                <span className="visually-hidden">
                  {sort.key === column.key
                    ? `, sortiert ${sort.direction === 'ascending' ? 'aufsteigend' : 'absteigend'}`
                    : ', sortieren'}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((issue) => (
          <tr key={issue.number}>
            <td className="num">{issue.number}</td>
            <td>{issue.sheet}</td>
            <td className="num">{issue.row ?? '–'}</td>
            <td>{issue.column ?? '–'}</td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
