import { ZFieldOfActionCreate, ZFieldOfActionUpdate } from '../../../../../shared/schemas/field-of-action';
import { useTRPCClient } from '../../../lib/trpc';
import { ProjectCreateDialog } from '../../project/ProjectDialogs';
import { DeleteButton } from '../DeleteButton';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog, type FieldSpec } from '../EntityFormDialog';
import { numberOrNull, str, textOrNull, type FormValues } from '../form-values';
import type { ProgrammeStructure, SectionProps } from './types';

type FieldOfAction = ProgrammeStructure['fieldsOfAction'][number];

const FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Titel', kind: 'text', required: true },
  { name: 'description', label: 'Beschreibung', kind: 'textarea' },
];

const valuesOf = (f: FieldOfAction): FormValues => ({ title: f.title, description: f.description ?? '', sortOrder: String(f.sortOrder + 1) });

export function FieldsOfActionSection({ structure, canEdit, fresh }: SectionProps) {
  const client = useTRPCClient();
  const programmeId = structure.programme.id;
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">Handlungsfelder</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Handlungsfeld</th>
            <th scope="col">Beschreibung</th>
            <th scope="col">Projekte</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Aktionen</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {structure.fieldsOfAction.map((f) => (
            <tr key={f.id}>
              <td>{f.title}</td>
              <td>{f.description ?? ''}</td>
              <td className="num">{f.projectCount}</td>
              {canEdit && (
                <td className="row-actions">
                  <DialogButton label="Bearbeiten" context={`Handlungsfeld „${f.title}“`}>
                    {(close) => (
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
                        reload={async () => {
                          const x = (await fresh()).fieldsOfAction.find((y) => y.id === f.id);
                          return x ? { values: valuesOf(x), version: x.version } : null;
                        }}
                        onClose={close}
                      />
                    )}
                  </DialogButton>
                  <DialogButton label="Projekt anlegen" context={`im Handlungsfeld „${f.title}“`}>
                    {(close) => <ProjectCreateDialog programmeId={programmeId} parent={null} fieldOfActionId={f.id} structural onClose={close} />}
                  </DialogButton>
                  <DeleteButton
                    what={`Handlungsfeld „${f.title}“`}
                    impactKey={['fieldOfAction', f.id]}
                    loadImpact={() => client.fieldOfAction.deletionImpact.query({ id: f.id })}
                    remove={() => client.fieldOfAction.delete.mutate({ id: f.id, version: f.version, confirm: true })}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
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
