import { formatDate } from '../../../../../shared/dates/format';
import { BINDINGNESS, BINDINGNESS_LABELS, type TBindingness } from '../../../../../shared/schemas/domain';
import { ZObligationCreate, ZObligationUpdate } from '../../../../../shared/schemas/obligation';
import { useTRPCClient } from '../../../lib/trpc';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, freshRecord, type FieldSpec } from '../EntityFormDialog';
import { EntityTable, RecordActions, type EntityColumn } from '../EntityTable';
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

const COLUMNS: EntityColumn<Obligation>[] = [
  { header: 'Rechtsgrundlage', cell: (o) => `${o.paragraph} ${o.law}` },
  { header: 'Inhalt', cell: (o) => o.title },
  { header: 'Verbindlichkeit', cell: (o) => BINDINGNESS_LABELS[o.bindingness] },
  { header: 'Frist', cell: (o) => formatDate(o.deadline) || 'ohne Frist' },
  { header: 'Projekte', cell: (o) => o.projectIds.length, numeric: true },
];

export function ObligationsSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  return (
    <section aria-labelledby="obligations-admin-heading">
      <h2 id="obligations-admin-heading">Rechtliche Fristen</h2>
      <EntityTable
        rows={structure.obligations}
        columns={COLUMNS}
        empty="Noch keine rechtlichen Fristen."
        actions={
          canEdit
            ? (o) => (
                <RecordActions
                  what={`Frist ${o.paragraph} ${o.law}`}
                  edit={(close) => (
                    <EntityFormDialog
                      title="Rechtliche Frist bearbeiten"
                      fields={obligationFields(structure)}
                      initial={valuesOf(o)}
                      version={o.version}
                      schema={ZObligationUpdate}
                      toInput={(v, version) => ({ id: o.id, version: version!, ...inputOf(v) })}
                      submit={(input) => client.obligation.update.mutate(input)}
                      reload={freshRecord(async () => (await fresh()).obligations, o.id, valuesOf)}
                      onClose={close}
                    />
                  )}
                  deletion={{
                    impactKey: ['obligation', o.id],
                    loadImpact: () => client.obligation.deletionImpact.query({ id: o.id }),
                    remove: () => client.obligation.delete.mutate({ id: o.id, version: o.version, confirm: true }),
                  }}
                />
              )
            : undefined
        }
      />
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
