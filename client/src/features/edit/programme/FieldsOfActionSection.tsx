import { ZFieldOfActionCreate, ZFieldOfActionUpdate } from '../../../../../shared/schemas/field-of-action';
import { useTRPCClient } from '../../../lib/trpc';
import { ProjectCreateDialog } from '../../project/ProjectDialogs';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, freshRecord, type FieldSpec } from '../EntityFormDialog';
import { EntityTable, RecordActions, type EntityColumn } from '../EntityTable';
import { numberOrNull, str, textOrNull, type FormValues } from '../form-values';
import type { ProgrammeStructure, SectionProps } from './types';

type FieldOfAction = ProgrammeStructure['fieldsOfAction'][number];

const FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Titel', kind: 'text', required: true },
  { name: 'description', label: 'Beschreibung', kind: 'textarea' },
];

const valuesOf = (f: FieldOfAction): FormValues => ({ title: f.title, description: f.description ?? '', sortOrder: String(f.sortOrder + 1) });

const COLUMNS: EntityColumn<FieldOfAction>[] = [
  { header: 'Handlungsfeld', cell: (f) => f.title },
  { header: 'Beschreibung', cell: (f) => f.description ?? '' },
  { header: 'Projekte', cell: (f) => f.projectCount, numeric: true },
];

export function FieldsOfActionSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  const programmeId = structure.programme.id;
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">Handlungsfelder</h2>
      <EntityTable
        rows={structure.fieldsOfAction}
        columns={COLUMNS}
        empty="Noch keine Handlungsfelder."
        actions={
          canEdit
            ? (f) => (
                <RecordActions
                  what={`Handlungsfeld „${f.title}“`}
                  edit={(close) => (
                    <EntityFormDialog
                      title="Handlungsfeld bearbeiten"
                      fields={[...FIELDS, { name: 'sortOrder', label: 'Position in der Reihenfolge', kind: 'number', required: true }]}
                      initial={valuesOf(f)}
                      version={f.version}
                      schema={ZFieldOfActionUpdate}
                      toInput={(v, version) => ({
                        id: f.id,
                        version: version!,
                        title: str(v, 'title'),
                        description: textOrNull(v, 'description'),
                        sortOrder: (numberOrNull(v, 'sortOrder') ?? 1) - 1,
                      })}
                      submit={(input) => client.fieldOfAction.update.mutate(input)}
                      reload={freshRecord(async () => (await fresh()).fieldsOfAction, f.id, valuesOf)}
                      onClose={close}
                    />
                  )}
                  deletion={{
                    impactKey: ['fieldOfAction', f.id],
                    loadImpact: () => client.fieldOfAction.deletionImpact.query({ id: f.id }),
                    remove: () => client.fieldOfAction.delete.mutate({ id: f.id, version: f.version, confirm: true }),
                  }}
                >
                  <DialogButton label="Projekt anlegen" context={`im Handlungsfeld „${f.title}“`}>
                    {(close) => <ProjectCreateDialog programmeId={programmeId} parent={null} fieldOfActionId={f.id} structural onClose={close} />}
                  </DialogButton>
                </RecordActions>
              )
            : undefined
        }
      />
      {canEdit && (
        <DialogButton label="Handlungsfeld anlegen" className="button">
          {(close) => (
            <EntityFormDialog
              title="Handlungsfeld anlegen"
              fields={FIELDS}
              initial={{ title: '', description: '' }}
              schema={ZFieldOfActionCreate}
              toInput={(v) => ({ programmeId, title: str(v, 'title'), description: textOrNull(v, 'description') })}
              submit={(input) => client.fieldOfAction.create.mutate(input)}
              submitLabel="Anlegen"
              onClose={close}
            />
          )}
        </DialogButton>
      )}
    </section>
  );
}
