import { formatDate } from '../../../../shared/dates/format';
import { useTRPCClient } from '../../lib/trpc';
import { EntityTable, RecordActions, type EntityColumn } from '../edit/EntityTable';
import { DialogButton } from '../edit/DialogButton';
import { MilestoneCreateDialog, MilestoneEditDialog, MilestoneReachedDialog } from './MilestoneDialogs';
import type { ProjectDetail } from './types';

type Milestone = ProjectDetail['milestones'][number];

const COLUMNS: EntityColumn<Milestone>[] = [
  { header: 'Meilenstein', cell: (m) => m.title },
  { header: 'Geplant', cell: (m) => formatDate(m.plannedDate) || '–' },
  { header: 'Basisplan', cell: (m) => formatDate(m.baselineDate) || '–' },
  { header: 'Prognose', cell: (m) => formatDate(m.forecastDate) || '–' },
  { header: 'Erreicht am', cell: (m) => formatDate(m.actualDate) || 'offen' },
];

export function MilestonesSection({ detail }: { detail: ProjectDetail }) {
  const client = useTRPCClient();
  const canEdit = detail.rights.edit;
  const projectId = detail.project.id;
  const phaseNames = [...new Set(detail.phases.map((p) => p.name))];
  return (
    <>
      <EntityTable
        rows={detail.milestones}
        columns={COLUMNS}
        caption="Meilensteine"
        empty="Keine Meilensteine erfasst."
        actions={
          canEdit
            ? (m) => (
                <RecordActions
                  what={`Meilenstein „${m.title}“`}
                  edit={(close) => <MilestoneEditDialog projectId={projectId} milestone={m} phaseNames={phaseNames} onClose={close} />}
                  deletion={{
                    impactKey: ['milestone', m.id],
                    loadImpact: () => client.milestone.deletionImpact.query({ id: m.id }),
                    remove: () => client.milestone.delete.mutate({ id: m.id, version: m.version, confirm: true }),
                  }}
                >
                  {!m.actualDate && (
                    <DialogButton label="Erreicht" context={`Meilenstein „${m.title}“`}>
                      {(close) => <MilestoneReachedDialog projectId={projectId} milestone={m} onClose={close} />}
                    </DialogButton>
                  )}
                </RecordActions>
              )
            : undefined
        }
      />
      {canEdit && (
        <DialogButton label="Meilenstein anlegen" className="button">
          {(close) => <MilestoneCreateDialog projectId={projectId} phaseNames={phaseNames} onClose={close} />}
        </DialogButton>
      )}
    </>
  );
}
