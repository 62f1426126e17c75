import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DialogButton } from './DialogButton';
import { conflictMessageOf, userMessageOf } from './errors';

export type DeletionImpact = inferRouterOutputs<AppRouter>['project']['deletionImpact'];

/** "Mit dem Projekt „E-Akte“ werden gelöscht: 3 Teilprojekte, 5 Meilensteine." */
export function ImpactText({ impact }: { impact: DeletionImpact }) {
  return (
    <>
      {impact.deleted.length > 0 ? (
        <>
          <p>Mit {impact.subject} werden gelöscht:</p>
          <ul className="impact-list">
            {impact.deleted.map((item) => (
              <li key={item.kind}>{item.label}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>Es hängen keine weiteren Daten an {impact.subject}.</p>
      )}
      {impact.detached.length > 0 && (
        <p>
          Ihre Zuordnung verlieren (bleiben aber erhalten): {impact.detached.map((item) => item.label).join(', ')}.
        </p>
      )}
      <p className="muted">Das Löschen lässt sich nicht rückgängig machen; im Verlauf bleibt es nachvollziehbar.</p>
    </>
  );
}

/** Deletes after asking, and the question lists what goes with the record. */
export function DeleteButton({
  what,
  impactKey,
  loadImpact,
  remove,
  onDeleted,
}: {
  /** "Meilenstein „Abnahme“" */
  what: string;
  impactKey: readonly unknown[];
  loadImpact: () => Promise<DeletionImpact>;
  remove: () => Promise<unknown>;
  onDeleted?: () => void;
}) {
  return (
    <DialogButton label="Löschen" context={what} className="button button--small button--danger-outline">
      {(close) => <DeleteConfirm what={what} impactKey={impactKey} loadImpact={loadImpact} remove={remove} onDeleted={onDeleted} close={close} />}
    </DialogButton>
  );
}

function DeleteConfirm({
  what,
  impactKey,
  loadImpact,
  remove,
  onDeleted,
  close,
}: {
  what: string;
  impactKey: readonly unknown[];
  loadImpact: () => Promise<DeletionImpact>;
  remove: () => Promise<unknown>;
  onDeleted?: () => void;
  close: () => void;
}) {
  const queryClient = useQueryClient();
  const impact = useQuery({ queryKey: ['deletionImpact', ...impactKey], queryFn: loadImpact, staleTime: 0, gcTime: 0 });
  return (
    <ConfirmDialog
      title={`${what} löschen?`}
      confirmLabel="Endgültig löschen"
      confirmDisabled={!impact.data}
      onConfirm={async () => {
        await remove();
        await queryClient.invalidateQueries();
        onDeleted?.();
      }}
      onClose={close}
      errorOf={userMessageOf}
      conflictOf={conflictMessageOf}
      onConflictReload={async () => {
        await queryClient.invalidateQueries();
      }}
    >
      {impact.isPending && <p role="status">Es wird ermittelt, was mit dem Eintrag gelöscht würde …</p>}
      {impact.error && (
        <p role="alert" className="form-error">
          {userMessageOf(impact.error)}
        </p>
      )}
      {impact.data && <ImpactText impact={impact.data} />}
    </ConfirmDialog>
  );
}
