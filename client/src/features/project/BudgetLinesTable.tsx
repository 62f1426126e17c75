import type { ReactNode } from 'react';
import { formatEuro, formatNumber } from '../../../../shared/dates/format';
import { BUDGET_KIND_LABELS } from '../../../../shared/schemas/domain';
import { useTRPCClient } from '../../lib/trpc';
import { freshRecord, type Option } from '../edit/EntityFormDialog';
import { EntityTable, RecordActions, type EntityColumn } from '../edit/EntityTable';
import { BudgetLineEditDialog, budgetValuesOf, type BudgetLineRecord } from './BudgetDialogs';

/**
 * Budget lines as the programme maintenance and the project page list them. With `projectOf`
 * the table has a "Projekt" column (programme view); `note` adds to the description (project
 * page: which sub-project a line belongs to). `projects` lets the edit dialog move a line.
 */
export function BudgetLinesTable({
  lines,
  empty,
  canEdit,
  projects,
  fetchLines,
  projectOf,
  note,
}: {
  lines: readonly BudgetLineRecord[];
  empty: string;
  canEdit: boolean;
  projects: Option[] | null;
  /** The lines afresh, for "Neu laden" after a conflict. */
  fetchLines: () => Promise<readonly BudgetLineRecord[]>;
  projectOf?: (line: BudgetLineRecord) => ReactNode;
  note?: (line: BudgetLineRecord) => ReactNode;
}) {
  const client = useTRPCClient();
  const columns: EntityColumn<BudgetLineRecord>[] = [
    { header: 'Jahr', cell: (b) => b.year },
    { header: 'Art', cell: (b) => BUDGET_KIND_LABELS[b.kind] },
    ...(projectOf ? [{ header: 'Projekt', cell: projectOf }] : []),
    { header: 'Finanzierung', cell: (b) => b.fundingSource ?? '–' },
    {
      header: 'Beschreibung',
      cell: (b) => (
        <>
          {b.description ?? ''}
          {note?.(b)}
        </>
      ),
    },
    { header: 'Plan', cell: (b) => formatEuro(b.plan) || '–', numeric: true },
    { header: 'Ist', cell: (b) => formatEuro(b.actual) || '–', numeric: true },
    { header: 'Stellen', cell: (b) => formatNumber(b.positions) || '–', numeric: true },
  ];
  return (
    <EntityTable
      rows={lines}
      columns={columns}
      empty={empty}
      actions={
        canEdit
          ? (b) => (
              <RecordActions
                what={`Budgetzeile ${b.year} (${BUDGET_KIND_LABELS[b.kind]})`}
                edit={(close) => (
                  <BudgetLineEditDialog line={b} projects={projects} reload={freshRecord(fetchLines, b.id, budgetValuesOf)} onClose={close} />
                )}
                deletion={{
                  impactKey: ['budgetLine', b.id],
                  loadImpact: () => client.budget.deletionImpact.query({ id: b.id }),
                  remove: () => client.budget.delete.mutate({ id: b.id, version: b.version, confirm: true }),
                }}
              />
            )
          : undefined
      }
    />
  );
}
