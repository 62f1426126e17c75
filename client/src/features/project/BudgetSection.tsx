import { formatEuro, formatNumber } from '../../../../shared/dates/format';
import { BUDGET_KIND_LABELS } from '../../../../shared/schemas/domain';
import { useTRPCClient } from '../../lib/trpc';
import { DeleteButton } from '../edit/DeleteButton';
import { DialogButton } from '../edit/DialogButton';
import { BudgetLineCreateDialog, BudgetLineEditDialog, budgetValuesOf } from './BudgetDialogs';
import type { ProjectDetail } from './types';
import { useFreshDetail } from './useFreshDetail';

export function BudgetSection({ detail }: { detail: ProjectDetail }) {
  const client = useTRPCClient();
  const fresh = useFreshDetail(detail.project.id);
  const canEdit = detail.rights.edit;
  const titles = new Map([[detail.project.id, detail.project.title], ...detail.children.map((c) => [c.id, c.title] as const)]);
  return (
    <>
      {detail.budget.length === 0 ? (
        <p className="muted">Keine Budgetzeilen.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Jahr</th>
              <th scope="col">Art</th>
              <th scope="col">Finanzierung</th>
              <th scope="col">Beschreibung</th>
              <th scope="col">Plan</th>
              <th scope="col">Ist</th>
              <th scope="col">Stellen</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {detail.budget.map((b) => {
              const what = `Budgetzeile ${b.year} (${BUDGET_KIND_LABELS[b.kind]})`;
              return (
                <tr key={b.id}>
                  <td>{b.year}</td>
                  <td>{BUDGET_KIND_LABELS[b.kind]}</td>
                  <td>{b.fundingSource ?? '–'}</td>
                  <td>
                    {b.description ?? ''}
                    {b.projectId !== detail.project.id && b.projectId && <span className="muted"> ({titles.get(b.projectId)})</span>}
                  </td>
                  <td className="num">{formatEuro(b.plan) || '–'}</td>
                  <td className="num">{formatEuro(b.actual) || '–'}</td>
                  <td className="num">{formatNumber(b.positions) || '–'}</td>
                  {canEdit && (
                    <td className="row-actions">
                      <DialogButton label="Bearbeiten" context={what}>
                        {(close) => (
                          <BudgetLineEditDialog
                            line={b}
                            projects={null}
                            reload={async () => {
                              const line = (await fresh()).budget.find((x) => x.id === b.id);
                              return line ? { values: budgetValuesOf(line), version: line.version } : null;
                            }}
                            onClose={close}
                          />
                        )}
                      </DialogButton>
                      <DeleteButton
                        what={what}
                        impactKey={['budgetLine', b.id]}
                        loadImpact={() => client.budget.deletionImpact.query({ id: b.id })}
                        remove={() => client.budget.delete.mutate({ id: b.id, version: b.version, confirm: true })}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canEdit && (
        <DialogButton label="Budgetzeile anlegen" className="button">
          {(close) => (
            <BudgetLineCreateDialog programmeId={detail.project.programme.id} projectId={detail.project.id} projects={null} onClose={close} />
          )}
        </DialogButton>
      )}
    </>
  );
}
