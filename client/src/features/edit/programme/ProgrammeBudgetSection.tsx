import { formatEuro, formatNumber } from '../../../../../shared/dates/format';
import { BUDGET_KIND_LABELS } from '../../../../../shared/schemas/domain';
import { useTRPCClient } from '../../../lib/trpc';
import { BudgetLineCreateDialog, BudgetLineEditDialog, budgetValuesOf } from '../../project/BudgetDialogs';
import { DeleteButton } from '../DeleteButton';
import { DialogButton } from '../DialogButton';
import { projectOptions, type SectionProps } from './types';

export function ProgrammeBudgetSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  const titles = new Map(structure.projects.map((p) => [p.id, p.title]));
  const options = projectOptions(structure);
  return (
    <section aria-labelledby="budget-admin-heading">
      <h2 id="budget-admin-heading">Budget</h2>
      {structure.budgetLines.length === 0 ? (
        <p className="muted">Noch keine Budgetzeilen.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Jahr</th>
              <th scope="col">Art</th>
              <th scope="col">Projekt</th>
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
            {structure.budgetLines.map((b) => {
              const what = `Budgetzeile ${b.year} (${BUDGET_KIND_LABELS[b.kind]})`;
              return (
                <tr key={b.id}>
                  <td>{b.year}</td>
                  <td>{BUDGET_KIND_LABELS[b.kind]}</td>
                  <td>{b.projectId ? titles.get(b.projectId) : 'Programm insgesamt'}</td>
                  <td>{b.fundingSource ?? '–'}</td>
                  <td>{b.description ?? ''}</td>
                  <td className="num">{formatEuro(b.plan) || '–'}</td>
                  <td className="num">{formatEuro(b.actual) || '–'}</td>
                  <td className="num">{formatNumber(b.positions) || '–'}</td>
                  {canEdit && (
                    <td className="row-actions">
                      <DialogButton label="Bearbeiten" context={what}>
                        {(close) => (
                          <BudgetLineEditDialog
                            line={b}
                            projects={options}
                            reload={async () => {
                              const x = (await fresh()).budgetLines.find((y) => y.id === b.id);
                              return x ? { values: budgetValuesOf(x), version: x.version } : null;
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
          {(close) => <BudgetLineCreateDialog programmeId={structure.programme.id} projectId={null} projects={options} onClose={close} />}
        </DialogButton>
      )}
    </section>
  );
}
