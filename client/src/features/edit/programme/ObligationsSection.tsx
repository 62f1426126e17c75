import { formatDate } from '../../../../../shared/dates/format';
import { BINDINGNESS, BINDINGNESS_LABELS, type TBindingness } from '../../../../../shared/schemas/domain';
import { ZObligationCreate, ZObligationUpdate } from '../../../../../shared/schemas/obligation';
import { useTRPCClient } from '../../../lib/trpc';
import { DeleteButton } from '../DeleteButton';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, type FieldSpec } from '../EntityFormDialog';
import { dateOrNull, ids, idsToValue, str, textOrNull, type FormValues } from '../form-values';
import { projectOptions, type ProgrammeStructure, type SectionProps } from './types';

type Obligation = ProgrammeStructure['obligations'][number];

function obligationFields(structure: ProgrammeStructure): FieldSpec[] {
  return [
    { name: 'law', label: 'Gesetz', kind: 'text', required: true, hint: 'z. B. EGovG NRW, OZG' },
    { name: 'paragraph', label: 'Paragraph', kind: 'text', required: true, hint: 'z. B. § 3 Abs. (1)' },
    { name: 'title', label: 'Inhalt', kind: 'text', required: true },
    { name: 'deadline', label: 'Frist', kind: 'date' },
    {
      name: 'bindingness',
      label: 'Verbindlichkeit',
      kind: 'radio',
      required: true,
      options: BINDINGNESS.map((b) => ({ value: b, label: BINDINGNESS_LABELS[b] })),
    },
    { name: 'description', label: 'Erläuterung', kind: 'textarea' },
    { name: 'projectIds', label: 'Projekte, die die Frist erfüllen', kind: 'checkboxes', options: projectOptions(structure) },
  ];
}

const valuesOf = (o: Obligation): FormValues => ({
  law: o.law,
  paragraph: o.paragraph,
  title: o.title,
  deadline: o.deadline ?? '',
  bindingness: o.bindingness,
  description: o.description ?? '',
  projectIds: idsToValue(o.projectIds),
});

const inputOf = (v: FormValues) => ({
  law: str(v, 'law'),
  paragraph: str(v, 'paragraph'),
  title: str(v, 'title'),
  deadline: dateOrNull(v, 'deadline'),
  bindingness: str(v, 'bindingness') as TBindingness,
  description: textOrNull(v, 'description'),
  projectIds: ids(v, 'projectIds'),
});

export function ObligationsSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  return (
    <section aria-labelledby="obligations-admin-heading">
      <h2 id="obligations-admin-heading">Rechtliche Fristen</h2>
      {structure.obligations.length === 0 ? (
        <p className="muted">Noch keine rechtlichen Fristen.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Rechtsgrundlage</th>
              <th scope="col">Inhalt</th>
              <th scope="col">Verbindlichkeit</th>
              <th scope="col">Frist</th>
              <th scope="col">Projekte</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {structure.obligations.map((o) => {
              const what = `Frist ${o.paragraph} ${o.law}`;
              return (
                <tr key={o.id}>
                  <td>
                    {o.paragraph} {o.law}
                  </td>
                  <td>{o.title}</td>
                  <td>{BINDINGNESS_LABELS[o.bindingness]}</td>
                  <td>{formatDate(o.deadline) || 'ohne Frist'}</td>
                  <td className="num">{o.projectIds.length}</td>
                  {canEdit && (
                    <td className="row-actions">
                      <DialogButton label="Bearbeiten" context={what}>
                        {(close) => (
                          <EntityFormDialog
                            title="Rechtliche Frist bearbeiten"
                            fields={obligationFields(structure)}
                            initial={valuesOf(o)}
                            version={o.version}
                            schema={ZObligationUpdate}
                            toInput={(v, version) => ({ id: o.id, version: version!, ...inputOf(v) })}
                            submit={(input) => client.obligation.update.mutate(input)}
                            reload={async () => {
                              const x = (await fresh()).obligations.find((y) => y.id === o.id);
                              return x ? { values: valuesOf(x), version: x.version } : null;
                            }}
                            onClose={close}
                          />
                        )}
                      </DialogButton>
                      <DeleteButton
                        what={what}
                        impactKey={['obligation', o.id]}
                        loadImpact={() => client.obligation.deletionImpact.query({ id: o.id })}
                        remove={() => client.obligation.delete.mutate({ id: o.id, version: o.version, confirm: true })}
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
        <DialogButton label="Rechtliche Frist anlegen" className="button">
          {(close) => (
            <EntityFormDialog
              title="Rechtliche Frist anlegen"
              fields={obligationFields(structure)}
              initial={{ law: '', paragraph: '', title: '', deadline: '', bindingness: 'mandatory', description: '', projectIds: [] }}
              schema={ZObligationCreate}
              toInput={(v) => ({ programmeId: structure.programme.id, ...inputOf(v) })}
              submit={(input) => client.obligation.create.mutate(input)}
              submitLabel="Anlegen"
              onClose={close}
            />
          )}
        </DialogButton>
      )}
    </section>
  );
}
