import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../../../shared/dates/format';
import { PORTFOLIO_COLUMNS } from '../../../../shared/portfolio/columns';
import type { PortfolioViewResult } from '../../../../shared/portfolio/view';
import { PORTFOLIO_COLUMN_IDS, type TPortfolioColumnId, type TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import { STATUS_SEVERITY_ORDER } from '../../../../shared/status';
import { STATUS_LABELS } from '../../../../shared/schemas/domain';
import { PortfolioCell } from './PortfolioCells';
import type { PortfolioRow } from './types';

/** Above this many lines the body is windowed; below it every row is in the page (find, print). */
export const VIRTUALISE_FROM = 400;
const ESTIMATED_ROW_HEIGHT = 42;

type Item = { kind: 'group'; key: string; label: string; summary: string } | { kind: 'row'; row: Row<PortfolioRow> };

function groupSummary(group: PortfolioViewResult<PortfolioRow>['groups'][number]): string {
  const parts = STATUS_SEVERITY_ORDER.filter((s) => group.rollup.distribution[s] > 0).map(
    (s) => `${formatNumber(group.rollup.distribution[s])} ${STATUS_LABELS[s]}`,
  );
  const count = group.rows.length;
  return `${formatNumber(count)} ${count === 1 ? 'Eintrag' : 'Einträge'}: ${parts.join(', ')}`;
}

export function PortfolioTable({
  result,
  view,
  onSortChange,
}: {
  result: PortfolioViewResult<PortfolioRow>;
  view: TPortfolioView;
  onSortChange: (sortBy: TPortfolioColumnId | null, sortDesc: boolean) => void;
}) {
  const indent = result.treeOrder && view.groupBy !== 'status' && view.groupBy !== 'maturity' && view.groupBy !== 'responsibleUnit';
  const columns = useMemo<ColumnDef<PortfolioRow>[]>(
    () =>
      PORTFOLIO_COLUMN_IDS.map((id) => ({
        id,
        header: PORTFOLIO_COLUMNS[id].header,
        enableSorting: PORTFOLIO_COLUMNS[id].sortable,
        cell: ({ row }) => <PortfolioCell column={id} row={row.original} indent={indent} />,
      })),
    [indent],
  );
  const sorting: SortingState = view.sortBy ? [{ id: view.sortBy, desc: view.sortDesc }] : [];
  const table = useReactTable({
    data: result.rows,
    columns,
    getRowId: (row) => String(row.id),
    state: {
      sorting,
      columnVisibility: Object.fromEntries(PORTFOLIO_COLUMN_IDS.map((id) => [id, result.columns.includes(id)])),
      columnOrder: [...result.columns, ...PORTFOLIO_COLUMN_IDS.filter((id) => !result.columns.includes(id))],
    },
    manualSorting: true,
    manualFiltering: true,
    sortDescFirst: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange((next[0]?.id as TPortfolioColumnId | undefined) ?? null, next[0]?.desc ?? false);
    },
    getCoreRowModel: getCoreRowModel(),
  });

  const rows = table.getRowModel().rows;
  const items = useMemo<Item[]>(() => {
    const list: Item[] = [];
    let offset = 0;
    for (const group of result.groups) {
      if (view.groupBy !== 'none') list.push({ kind: 'group', key: group.key, label: group.label, summary: groupSummary(group) });
      for (let i = 0; i < group.rows.length; i++) list.push({ kind: 'row', row: rows[offset + i]! });
      offset += group.rows.length;
    }
    return list;
  }, [result.groups, rows, view.groupBy]);

  const headers = table.getHeaderGroups()[0]!.headers;
  const virtual = items.length > VIRTUALISE_FROM;

  return (
    <table className="data-table portfolio-table" aria-rowcount={virtual ? items.length + 1 : undefined}>
      <caption className="visually-hidden">Portfolio: Projekte und Teilprojekte mit Ampel und Gründen</caption>
      <thead>
        <tr aria-rowindex={virtual ? 1 : undefined}>
          {headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {header.column.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true" className="sort-button__mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  flexRender(header.column.columnDef.header, header.getContext())
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {virtual ? (
        <VirtualBody items={items} columnCount={headers.length} />
      ) : (
        <tbody>
          {items.map((item) => (
            <ItemRow key={item.kind === 'group' ? `g${item.key}` : item.row.id} item={item} columnCount={headers.length} />
          ))}
        </tbody>
      )}
    </table>
  );
}

function ItemRow({
  item,
  columnCount,
  index,
  measure,
}: {
  item: Item;
  columnCount: number;
  index?: number;
  measure?: (element: HTMLTableRowElement | null) => void;
}) {
  const rowIndex = index === undefined ? undefined : index + 2;
  if (item.kind === 'group') {
    return (
      <tr className="group-row" data-index={index} ref={measure} aria-rowindex={rowIndex}>
        <th scope="rowgroup" colSpan={columnCount}>
          {item.label} <span className="muted">({item.summary})</span>
        </th>
      </tr>
    );
  }
  return (
    <tr data-index={index} ref={measure} aria-rowindex={rowIndex} className={item.row.original.depth > 0 ? 'sub-project-row' : undefined}>
      {item.row.getVisibleCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
}

/** Only the rows near the viewport are rendered; the page keeps scrolling natively. */
function VirtualBody({ items, columnCount }: { items: Item[]; columnCount: number }) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (bodyRef.current) setScrollMargin(bodyRef.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 15,
    scrollMargin,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const top = virtualItems.length > 0 ? virtualItems[0]!.start - scrollMargin : 0;
  const bottom = virtualItems.length > 0 ? virtualizer.getTotalSize() - (virtualItems[virtualItems.length - 1]!.end - scrollMargin) : 0;
  return (
    <tbody ref={bodyRef}>
      {top > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={columnCount} style={{ height: top }} />
        </tr>
      )}
      {virtualItems.map((virtualItem) => {
        const item = items[virtualItem.index]!;
        return (
          <ItemRow
            key={item.kind === 'group' ? `g${item.key}` : item.row.id}
            item={item}
            columnCount={columnCount}
            index={virtualItem.index}
            measure={virtualizer.measureElement}
          />
        );
      })}
      {bottom > 0 && (
        <tr aria-hidden="true" className="spacer-row">
          <td colSpan={columnCount} style={{ height: bottom }} />
        </tr>
      )}
    </tbody>
  );
}
