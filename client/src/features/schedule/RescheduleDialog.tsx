import { formatDate } from '../../../../shared/dates/format';
import { describeFittedPhase, earliestProjectEnd, fitPhasesToSpan } from '../../../../shared/domain/phases';
import { projectName } from '../../../../shared/timeline/labels';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { userMessageOf } from '../../lib/trpc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RescheduleRequest } from '../timeline';
import { conflictMessageOf } from '../edit/errors';

/**
 * What a request moves, in the words of the dialog: the date it has now and its baseline (from
 * the model), and for a project end what happens to its phases (shared/domain/phases.ts).
 */
export function describeRequest(
  model: TimelineModel,
  request: RescheduleRequest,
): {
  subject: string;
  currentDate: string;
  baselineDate: string | null;
  phaseChanges: string[];
  refusal: string | null;
  /** Why the new date is the earliest possible, when it is (a drag or key stopped there). */
  limit: string | null;
} {
  const project = model.rows.find((row) => row.id === request.projectId);
  if (request.kind === 'projectEnd') {
    const currentDate = project?.plannedEnd ?? request.oldDate;
    const fit = fitPhasesToSpan(
      project?.phases ?? [],
      { start: project?.plannedStart ?? null, end: currentDate },
      { start: project?.plannedStart ?? null, end: request.newDate },
    );
    const earliest = earliestProjectEnd(project?.plannedStart ?? null, project?.phases ?? []);
    return {
      subject: project ? `Geplantes Ende des Projekts „${projectName(project)}“` : 'Geplantes Ende des Projekts',
      currentDate,
      baselineDate: project?.baselineEnd ?? null,
      phaseChanges: fit.ok ? fit.changed.map(describeFittedPhase) : [],
      refusal: fit.ok ? null : fit.message,
      limit: earliest && request.newDate === earliest.date && earliest.date < currentDate ? `Früher geht es nicht: ${earliest.reason}` : null,
    };
  }
  const milestone = project?.milestones.find((m) => m.id === request.id);
  return {
    subject: milestone ? `Meilenstein „${milestone.title}“${project ? ` (${projectName(project)})` : ''}` : 'Meilenstein',
    currentDate: milestone?.plannedDate ?? request.oldDate,
    baselineDate: milestone?.baselineDate ?? null,
    phaseChanges: [],
    refusal: null,
    limit: null,
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
  const { subject, currentDate, baselineDate, phaseChanges, refusal, limit } = describeRequest(model, request);
  const unchanged = currentDate === request.newDate;
  const what = request.kind === 'milestone' ? 'des Meilensteins' : 'des Projekts';
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
      confirmDisabled={unchanged || refusal !== null}
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
      ) : refusal ? (
        <p role="alert">{refusal}</p>
      ) : (
        <>
          {limit ? <p>{limit}</p> : null}
          {phaseChanges.length > 0 ? (
            <>
              <p>Die Phasen folgen dem neuen Ende:</p>
              <ul>
                {phaseChanges.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="muted">
            {baselineDate
              ? `Der Basisplan ${what} (${formatDate(baselineDate)}) bleibt unverändert; ${
                  request.kind === 'milestone' ? 'der Verzug' : 'die Abweichung'
                } bleibt im Zeitplan sichtbar.`
              : 'Ein Basisplan ist nicht erfasst, eine Abweichung zeigt der Zeitplan daher nicht.'}{' '}
            Die Änderung wird im Verlauf des Projekts protokolliert.
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
