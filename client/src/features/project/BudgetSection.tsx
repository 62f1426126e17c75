import { DialogButton } from '../edit/DialogButton';
import { BudgetLineCreateDialog } from './BudgetDialogs';
import { BudgetLinesTable } from './BudgetLinesTable';
import type { ProjectDetail } from './types';
import { useFreshDetail } from './useFreshDetail';

export function BudgetSection({ detail }: { detail: ProjectDetail }) {
  const fresh = useFreshDetail(detail.project.id);
  const canEdit = detail.rights.edit;
  const titles = new Map([[detail.project.id, detail.project.title], ...detail.children.map((c) => [c.id, c.title] as const)]);
  return (
    <>
      <BudgetLinesTable
        lines={detail.budget}
        empty="Keine Budgetzeilen."
        canEdit={canEdit}
        projects={null}
        fetchLines={async () => (await fresh()).budget}
        note={(b) => b.projectId !== detail.project.id && b.projectId && <span className="muted"> ({titles.get(b.projectId)})</span>}
      />
      {canEdit && (
        <DialogButton label="Budgetzeile anlegen" className="button">
          {(close) => (
            <BudgetLineCreateDialog programmeId={detail.project.programme.id} projectId={detail.project.id} projects={null} onClose={close} />
          )}
        </DialogButton>
      )}
    </>
  );
}
