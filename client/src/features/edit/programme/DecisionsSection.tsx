import { formatDate } from '../../../../../shared/dates/format';
import { ZDecisionCreate, ZDecisionUpdate } from '../../../../../shared/schemas/decision';
import { useTRPCClient } from '../../../lib/trpc';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, freshRecord, type FieldSpec } from '../EntityFormDialog';
import { EntityTable, RecordActions, type EntityColumn } from '../EntityTable';
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

const COLUMNS: EntityColumn<Decision>[] = [
  { header: 'Gremium', cell: (d) => d.committee },
  { header: 'Datum', cell: (d) => formatDate(d.date) },
  { header: 'Gegenstand', cell: (d) => d.subject },
  { header: 'Ergebnis', cell: (d) => d.outcome ?? '–' },
  { header: 'Projekte', cell: (d) => d.projectIds.length, numeric: true },
];

export function DecisionsSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  return (
    <section aria-labelledby="decisions-admin-heading">
      <h2 id="decisions-admin-heading">Beschlüsse</h2>
      <EntityTable
        rows={structure.decisions}
        columns={COLUMNS}
        empty="Noch keine Beschlüsse."
        actions={
          canEdit
            ? (d) => (
                <RecordActions
                  what={`Beschluss ${d.committee} ${formatDate(d.date)}`}
                  edit={(close) => (
                    <EntityFormDialog
                      title="Beschluss bearbeiten"
                      fields={decisionFields(structure)}
                      initial={valuesOf(d)}
                      version={d.version}
                      schema={ZDecisionUpdate}
                      toInput={(v, version) => ({ id: d.id, version: version!, ...inputOf(v) })}
                      submit={(input) => client.decision.update.mutate(input)}
                      reload={freshRecord(async () => (await fresh()).decisions, d.id, valuesOf)}
                      onClose={close}
                    />
                  )}
                  deletion={{
                    impactKey: ['decision', d.id],
                    loadImpact: () => client.decision.deletionImpact.query({ id: d.id }),
                    remove: () => client.decision.delete.mutate({ id: d.id, version: d.version, confirm: true }),
                  }}
                />
              )
            : undefined
        }
      />
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
