import { useQuery } from '@tanstack/react-query';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getGroupedRowModel,
  getExpandedRowModel,
  useReactTable,
  type GroupingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/dates/format';
import { useTRPC } from '../../lib/trpc';
import { MaturityBadge } from '../../ui/MaturityBadge';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';

type ProjectRow = {
  id: number;
  code: string | null;
  title: string;
  parentId: number | null;
  fieldOfActionTitle: string;
  responsibleUnit: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  maturity: number;
};

const column = createColumnHelper<ProjectRow>();

export function PortfolioPage() {
  usePageTitle('Portfolio');
  const trpc = useTRPC();
  const projects = useQuery(trpc.portfolio.projects.queryOptions());
  const [grouping] = useState<GroupingState>(['fieldOfActionTitle']);

  const columns = useMemo(
    () => [
      column.accessor('fieldOfActionTitle', { header: 'Handlungsfeld' }),
      column.accessor('code', { header: 'Nr.', cell: (c) => c.getValue() ?? '' }),
      column.accessor('title', {
        header: 'Projekt',
        cell: (c) => (
          <Link to={`/projekte/${c.row.original.id}`} className={c.row.original.parentId ? 'indent' : undefined}>
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor('maturity', {
        header: 'Umsetzungsstand (1–3)',
        cell: (c) => <MaturityBadge maturity={c.getValue()} />,
      }),
      column.accessor('responsibleUnit', { header: 'Verantwortlich', cell: (c) => c.getValue() ?? '–' }),
      column.accessor('plannedEnd', {
        header: 'Geplantes Ende',
        cell: (c) => formatDate(c.getValue()) || '–',
      }),
    ],
    [],
  );

  const table = useReactTable({
    data: projects.data ?? [],
    columns,
    state: { grouping, expanded: true },
    getCoreRowModel: getCoreRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });

  const visibleColumns = table.getVisibleLeafColumns().filter((c) => c.id !== 'fieldOfActionTitle');

  return (
    <section aria-labelledby="portfolio-heading">
      <h1 id="portfolio-heading">Portfolio</h1>
      <QueryState isPending={projects.isPending} error={projects.error}>
        {() => (
          <table className="data-table">
            <caption className="visually-hidden">Projekte nach Handlungsfeld</caption>
            <thead>
              <tr>
                {visibleColumns.map((c) => (
                  <th key={c.id} scope="col">
                    {flexRender(c.columnDef.header, { column: c, header: undefined, table } as never)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) =>
                row.getIsGrouped() ? (
                  <tr key={row.id} className="group-row">
                    <th scope="rowgroup" colSpan={visibleColumns.length}>
                      {String(row.getGroupingValue('fieldOfActionTitle'))}{' '}
                      <span className="muted">({row.subRows.length} Projekte)</span>
                    </th>
                  </tr>
                ) : (
                  <tr key={row.id}>
                    {row
                      .getVisibleCells()
                      .filter((cell) => cell.column.id !== 'fieldOfActionTitle')
                      .map((cell) => (
                        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                      ))}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
