import { formatDate } from '../../../../shared/dates/format';
import { projectName } from '../../../../shared/timeline/labels';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { userMessageOf } from '../../lib/trpc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RescheduleRequest } from '../timeline';
import { conflictMessageOf } from '../edit/errors';

/** What a request moves, in the words of the dialog, and the date it has now (from the model). */
export function describeRequest(model: TimelineModel, request: RescheduleRequest): { subject: string; currentDate: string } {
  const project = model.rows.find((row) => row.id === request.projectId);
  if (request.kind === 'projectEnd') {
    return {
      subject: project ? `Geplantes Ende des Projekts „${projectName(project)}“` : 'Geplantes Ende des Projekts',
      currentDate: project?.plannedEnd ?? request.oldDate,
    };
  }
  const milestone = project?.milestones.find((m) => m.id === request.id);
  return {
    subject: milestone ? `Meilenstein „${milestone.title}“${project ? ` (${projectName(project)})` : ''}` : 'Meilenstein',
    currentDate: milestone?.plannedDate ?? request.oldDate,
  };
}

/**
 * Asks before a date moved in the Gantt is saved: old and new date side by side. A conflict
 * (someone saved meanwhile) is explained; "Neu laden" shows the current date, and the user may
 * confirm again or cancel.
 */
export function RescheduleDialog({
  model,
  request,
  onConfirm,
  onReload,
  onClose,
}: {
  model: TimelineModel;
  request: RescheduleRequest;
  onConfirm: () => Promise<unknown>;
  onReload: () => Promise<void>;
  onClose: () => void;
}) {
  const { subject, currentDate } = describeRequest(model, request);
  const unchanged = currentDate === request.newDate;
  return (
    <ConfirmDialog
      title="Termin verschieben?"
      confirmLabel="Verschieben"
      danger={false}
      onConfirm={onConfirm}
      onClose={onClose}
      errorOf={userMessageOf}
      conflictOf={conflictMessageOf}
      onConflictReload={onReload}
      confirmDisabled={unchanged}
    >
      <p>{subject}</p>
      <dl className="schedule-dates">
        <div>
          <dt>Bisher geplant</dt>
          <dd>{formatDate(currentDate) || 'ohne Datum'}</dd>
        </div>
        <div>
          <dt>Neu geplant</dt>
          <dd>
            <strong>{formatDate(request.newDate)}</strong>
          </dd>
        </div>
      </dl>
      {unchanged ? (
        <p>Der Termin steht bereits auf diesem Datum.</p>
      ) : (
        <p className="muted">
          {request.kind === 'milestone'
            ? 'Der Basisplan des Meilensteins bleibt unverändert; der Verzug bleibt im Zeitplan sichtbar.'
            : 'Der Basisplan des Projekts bleibt unverändert; die Abweichung bleibt im Zeitplan sichtbar.'}{' '}
          Die Änderung wird im Verlauf des Projekts protokolliert.
        </p>
      )}
    </ConfirmDialog>
  );
}
