import type { ReactNode } from 'react';
import { DeleteButton } from './DeleteButton';
import { DialogButton } from './DialogButton';

/** One column of an editable list: its header and how a record fills the cell. */
export interface EntityColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned figures (counts, amounts). */
  numeric?: boolean;
}

/**
 * The table every editable list uses (programme maintenance, project page): one row per record,
 * an actions column only for those who may edit, and a sentence instead of an empty table.
 */
export function EntityTable<Row extends { id: number }>({
  rows,
  columns,
  empty,
  caption,
  actions,
}: {
  rows: readonly Row[];
  columns: readonly EntityColumn<Row>[];
  /** "Noch keine Beschlüsse." */
  empty: string;
  caption?: string;
  /** The row's buttons; omitted for read-only users, and with it the column. */
  actions?: (row: Row) => ReactNode;
}) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.header}>
              {column.header}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="visually-hidden">Aktionen</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column) => (
              <td key={column.header} className={column.numeric ? 'num' : undefined}>
                {column.cell(row)}
              </td>
            ))}
            {actions && <td className="row-actions">{actions(row)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Bearbeiten", any further buttons, then "Löschen" — for one record, each button naming the
 * record for screen readers.
 */
export function RecordActions({
  what,
  edit,
  deletion,
  children,
}: {
  /** "Meilenstein „Abnahme“" */
  what: string;
  edit: (close: () => void) => ReactNode;
  deletion: Omit<Parameters<typeof DeleteButton>[0], 'what'>;
  children?: ReactNode;
}) {
  return (
    <>
      <DialogButton label="Bearbeiten" context={what}>
        {edit}
      </DialogButton>
      {children}
      <DeleteButton what={what} {...deletion} />
    </>
  );
}
