import { formatDate } from '../../../../../shared/dates/format';
import { ZProgrammeInfoUpdate } from '../../../../../shared/schemas/field-of-action';
import { useTRPCClient } from '../../../lib/trpc';
import { DialogButton } from '../DialogButton';
import { EntityFormDialog } from '../EntityFormDialog';
import { dateOrNull, str, textOrNull, type FormValues } from '../form-values';
import type { ProgrammeStructure, SectionProps } from './types';

function valuesOf(p: ProgrammeStructure['programme']): FormValues {
  return {
    title: p.title,
    versionLabel: p.versionLabel ?? '',
    asOfDate: p.asOfDate ?? '',
    leadUnit: p.leadUnit ?? '',
    description: p.description ?? '',
  };
}

export function ProgrammeInfoSection({ structure, canEditInfo, fresh }: Omit<SectionProps, 'canEdit'> & { canEditInfo: boolean }) {
  const client = useTRPCClient();
  const p = structure.programme;
  return (
    <section aria-labelledby="programme-info-heading">
      <h2 id="programme-info-heading">Programm</h2>
      <dl className="facts">
        <div>
          <dt>Titel</dt>
          <dd>{p.title}</dd>
        </div>
        <div>
          <dt>Fortschreibung</dt>
          <dd>{p.versionLabel ?? '–'}</dd>
        </div>
        <div>
          <dt>Stand</dt>
          <dd>{formatDate(p.asOfDate) || '–'}</dd>
        </div>
        <div>
          <dt>Federführung</dt>
          <dd>{p.leadUnit ?? '–'}</dd>
        </div>
      </dl>
      {p.description && <p>{p.description}</p>}
      {canEditInfo && (
        <DialogButton label="Programmdaten bearbeiten" className="button">
          {(close) => (
            <EntityFormDialog
              title="Programmdaten bearbeiten"
              intro={<p className="muted">Die Ampelschwellen stehen in den Programmeinstellungen.</p>}
              fields={[
                { name: 'title', label: 'Titel', kind: 'text', required: true },
                { name: 'versionLabel', label: 'Fortschreibung', kind: 'text', hint: 'z. B. „Mai 2019“ oder „2. Fortschreibung“' },
                { name: 'asOfDate', label: 'Stand', kind: 'date' },
                { name: 'leadUnit', label: 'Federführung', kind: 'text', hint: 'z. B. Steuerungsdienst' },
                { name: 'description', label: 'Beschreibung', kind: 'textarea' },
              ]}
              initial={valuesOf(p)}
              version={p.version}
              schema={ZProgrammeInfoUpdate}
              toInput={(v, version) => ({
                id: p.id,
                version: version!,
                title: str(v, 'title'),
                versionLabel: textOrNull(v, 'versionLabel'),
                asOfDate: dateOrNull(v, 'asOfDate'),
                leadUnit: textOrNull(v, 'leadUnit'),
                description: textOrNull(v, 'description'),
              })}
              submit={(input) => client.programmeInfo.update.mutate(input)}
              reload={async () => {
                const s = await fresh();
                return { values: valuesOf(s.programme), version: s.programme.version };
              }}
              onClose={close}
            />
          )}
        </DialogButton>
      )}
    </section>
  );
}
