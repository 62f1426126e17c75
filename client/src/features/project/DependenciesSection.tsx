import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ZDependency } from '../../../../shared/schemas/dependency';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DialogButton } from '../edit/DialogButton';
import { EntityFormDialog } from '../edit/EntityFormDialog';
import { userMessageOf } from '../edit/errors';
import { idOrNull, str } from '../edit/form-values';
import type { ProjectDetail } from './types';

function AddDependencyDialog({ detail, onClose }: { detail: ProjectDetail; onClose: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const projects = useQuery(trpc.portfolio.projects.queryOptions({ programmeIds: [detail.project.programme.id] }));
  if (!projects.data) return null;
  const self = detail.project.id;
  const options = projects.data
    .filter((p) => p.id !== self)
    .map((p) => ({ value: String(p.id), label: `${p.code ? `${p.code} ` : ''}${p.title}` }));
  return (
    <EntityFormDialog
      title="Abhängigkeit hinzufügen"
      fields={[
        {
          name: 'direction',
          label: 'Art der Abhängigkeit',
          kind: 'radio',
          required: true,
          options: [
            { value: 'requires', label: `„${detail.project.title}“ setzt das gewählte Projekt voraus` },
            { value: 'enables', label: `„${detail.project.title}“ ist Voraussetzung für das gewählte Projekt` },
          ],
        },
        { name: 'otherId', label: 'Projekt', kind: 'select', options, emptyLabel: '– bitte wählen –', required: true },
      ]}
      initial={{ direction: 'requires', otherId: '' }}
      schema={ZDependency}
      toInput={(v) => {
        const other = idOrNull(v, 'otherId') ?? 0;
        return str(v, 'direction') === 'requires' ? { predecessorId: other, successorId: self } : { predecessorId: self, successorId: other };
      }}
      submit={(input) => client.dependency.add.mutate(input)}
      submitLabel="Hinzufügen"
      onClose={onClose}
    />
  );
}

function RemoveDependency({ predecessorId, successorId, text }: { predecessorId: number; successorId: number; text: string }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return (
    <DialogButton label="Entfernen" context={text}>
      {(close) => (
        <ConfirmDialog
          title="Abhängigkeit entfernen?"
          confirmLabel="Entfernen"
          onConfirm={async () => {
            await client.dependency.remove.mutate({ predecessorId, successorId });
            await queryClient.invalidateQueries();
          }}
          onClose={close}
          errorOf={userMessageOf}
        >
          <p>{text}</p>
        </ConfirmDialog>
      )}
    </DialogButton>
  );
}

export function DependenciesSection({ detail }: { detail: ProjectDetail }) {
  const canEdit = detail.rights.structure;
  const self = detail.project;
  return (
    <>
      {detail.predecessors.length === 0 && detail.successors.length === 0 ? (
        <p className="muted">Keine Abhängigkeiten.</p>
      ) : (
        <ul className="plain-list">
          {detail.predecessors.map((x) => (
            <li key={`p${x.id}`}>
              setzt voraus: <Link to={`/projekte/${x.id}`}>{x.title}</Link>{' '}
              {canEdit && <RemoveDependency predecessorId={x.id} successorId={self.id} text={`„${self.title}“ setzt „${x.title}“ voraus`} />}
            </li>
          ))}
          {detail.successors.map((x) => (
            <li key={`s${x.id}`}>
              ist Voraussetzung für: <Link to={`/projekte/${x.id}`}>{x.title}</Link>{' '}
              {canEdit && <RemoveDependency predecessorId={self.id} successorId={x.id} text={`„${x.title}“ setzt „${self.title}“ voraus`} />}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <DialogButton label="Abhängigkeit hinzufügen" className="button">
          {(close) => <AddDependencyDialog detail={detail} onClose={close} />}
        </DialogButton>
      )}
    </>
  );
}
