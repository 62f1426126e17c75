import { formatDate } from '../../../../shared/dates/format';
import { useTRPCClient } from '../../lib/trpc';
import { DeleteButton } from '../edit/DeleteButton';
import { DialogButton } from '../edit/DialogButton';
import { MilestoneCreateDialog, MilestoneEditDialog, MilestoneReachedDialog } from './MilestoneDialogs';
import type { ProjectDetail } from './types';

export function MilestonesSection({ detail }: { detail: ProjectDetail }) {
  const client = useTRPCClient();
  const canEdit = detail.rights.edit;
  const projectId = detail.project.id;
  const phaseNames = [...new Set(detail.phases.map((p) => p.name))];
  return (
    <>
      {detail.milestones.length === 0 ? (
        <p className="muted">Keine Meilensteine erfasst.</p>
      ) : (
        <table className="data-table">
          <caption>Meilensteine</caption>
          <thead>
            <tr>
              <th scope="col">Meilenstein</th>
              <th scope="col">Geplant</th>
              <th scope="col">Basisplan</th>
              <th scope="col">Prognose</th>
              <th scope="col">Erreicht am</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {detail.milestones.map((m) => (
              <tr key={m.id}>
                <td>{m.title}</td>
                <td>{formatDate(m.plannedDate) || '–'}</td>
                <td>{formatDate(m.baselineDate) || '–'}</td>
                <td>{formatDate(m.forecastDate) || '–'}</td>
                <td>{formatDate(m.actualDate) || 'offen'}</td>
                {canEdit && (
                  <td className="row-actions">
                    <DialogButton label="Bearbeiten" context={`Meilenstein „${m.title}“`}>
                      {(close) => <MilestoneEditDialog projectId={projectId} milestone={m} phaseNames={phaseNames} onClose={close} />}
                    </DialogButton>
                    {!m.actualDate && (
                      <DialogButton label="Erreicht" context={`Meilenstein „${m.title}“`}>
                        {(close) => <MilestoneReachedDialog projectId={projectId} milestone={m} onClose={close} />}
                      </DialogButton>
                    )}
                    <DeleteButton
                      what={`Meilenstein „${m.title}“`}
                      impactKey={['milestone', m.id]}
                      loadImpact={() => client.milestone.deletionImpact.query({ id: m.id })}
                      remove={() => client.milestone.delete.mutate({ id: m.id, version: m.version, confirm: true })}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <DialogButton label="Meilenstein anlegen" className="button">
          {(close) => <MilestoneCreateDialog projectId={projectId} phaseNames={phaseNames} onClose={close} />}
        </DialogButton>
      )}
    </>
  );
}
