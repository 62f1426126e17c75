import type { Db } from '../../../db';
import { statusUpdates } from '../../../db/schema';
import { STATUS_LABELS } from '../../../shared/schemas/domain';
import type { TStatusUpdateCreate } from '../../../shared/schemas/status';
import type { Actor } from '../actor';
import { appendAudit } from '../audit';
import { loadProjectForEdit } from '../projects';

/** A dated Statusmeldung (steering, or the lead of the project), dated `today`, by the actor. */
export function createStatusUpdate(db: Db, actor: Actor, input: TStatusUpdateCreate, today: string) {
  return db.transaction((tx) => {
    const project = loadProjectForEdit(tx, actor, input.projectId, null);
    const row = tx
      .insert(statusUpdates)
      .values({
        organisationId: actor.organisationId,
        projectId: project.id,
        date: today,
        status: input.status,
        text: input.text,
        authorName: actor.displayName,
        authorUserId: actor.userId,
      })
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'statusUpdate',
      entityId: row.id,
      projectId: project.id,
      summary: `Statusmeldung zu „${project.title}“: ${STATUS_LABELS[input.status]}`,
      after: { date: row.date, status: row.status, text: row.text },
    });
    return row;
  });
}
