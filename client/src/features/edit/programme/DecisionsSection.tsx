import { formatDate } from '../../../../../shared/dates/format';
import { ZDecisionCreate, ZDecisionUpdate } from '../../../../../shared/schemas/decision';
import { useTRPCClient } from '../../../lib/trpc';
import { DeleteButton } from '../DeleteButton';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, type FieldSpec } from '../EntityFormDialog';
import { dateOrNull, ids, idsToValue, str, textOrNull, type FormValues } from '../form-values';
import { projectOptions, type ProgrammeStructure, type SectionProps } from './types';

type Decision = ProgrammeStructure['decisions'][number];

function decisionFields(structure: ProgrammeStructure): FieldSpec[] {
  return [
    {
      name: 'committee',
      label: 'Gremium',
      kind: 'text',
      required: true,
      hint: 'Vorhandenes Gremium wählen oder einen neuen Namen eingeben (z. B. Kreistag, Hauptausschuss).',
      list: structure.committees.map((c) => ({ value: c.name, label: c.name })),
    },
    { name: 'date', label: 'Sitzungsdatum', kind: 'date', required: true },
    { name: 'subject', label: 'Gegenstand', kind: 'text', required: true },
    { name: 'outcome', label: 'Ergebnis', kind: 'textarea' },
    { name: 'projectIds', label: 'Betroffene Projekte', kind: 'checkboxes', options: projectOptions(structure) },
  ];
}

const valuesOf = (d: Decision): FormValues => ({
  committee: d.committee,
  date: d.date,
  subject: d.subject,
  outcome: d.outcome ?? '',
  projectIds: idsToValue(d.projectIds),
});

const inputOf = (v: FormValues) => ({
  committee: str(v, 'committee').trim(),
  date: dateOrNull(v, 'date') ?? '',
  subject: str(v, 'subject'),
  outcome: textOrNull(v, 'outcome'),
  projectIds: ids(v, 'projectIds'),
});

export function DecisionsSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  return (
    <section aria-labelledby="decisions-admin-heading">
      <h2 id="decisions-admin-heading">Beschlüsse</h2>
      {structure.decisions.length === 0 ? (
        <p className="muted">Noch keine Beschlüsse.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Gremium</th>
              <th scope="col">Datum</th>
              <th scope="col">Gegenstand</th>
              <th scope="col">Ergebnis</th>
              <th scope="col">Projekte</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {structure.decisions.map((d) => {
              const what = `Beschluss ${d.committee} ${formatDate(d.date)}`;
              return (
                <tr key={d.id}>
                  <td>{d.committee}</td>
                  <td>{formatDate(d.date)}</td>
                  <td>{d.subject}</td>
                  <td>{d.outcome ?? '–'}</td>
                  <td className="num">{d.projectIds.length}</td>
                  {canEdit && (
                    <td className="row-actions">
                      <DialogButton label="Bearbeiten" context={what}>
                        {(close) => (
                          <EntityFormDialog
                            title="Beschluss bearbeiten"
                            fields={decisionFields(structure)}
                            initial={valuesOf(d)}
                            version={d.version}
                            schema={ZDecisionUpdate}
                            toInput={(v, version) => ({ id: d.id, version: version!, ...inputOf(v) })}
                            submit={(input) => client.decision.update.mutate(input)}
                            reload={async () => {
                              const x = (await fresh()).decisions.find((y) => y.id === d.id);
                              return x ? { values: valuesOf(x), version: x.version } : null;
                            }}
                            onClose={close}
                          />
                        )}
                      </DialogButton>
                      <DeleteButton
                        what={what}
                        impactKey={['decision', d.id]}
                        loadImpact={() => client.decision.deletionImpact.query({ id: d.id })}
                        remove={() => client.decision.delete.mutate({ id: d.id, version: d.version, confirm: true })}
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
        <DialogButton label="Beschluss anlegen" className="button">
          {(close) => (
            <EntityFormDialog
              title="Beschluss anlegen"
              fields={decisionFields(structure)}
              initial={{ committee: '', date: '', subject: '', outcome: '', projectIds: [] }}
              schema={ZDecisionCreate}
              toInput={(v) => ({ programmeId: structure.programme.id, ...inputOf(v) })}
              submit={(input) => client.decision.create.mutate(input)}
              submitLabel="Anlegen"
              onClose={close}
            />
          )}
        </DialogButton>
      )}
    </section>
  );
}
