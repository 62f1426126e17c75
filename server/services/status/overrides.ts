import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db';
import { statusOverrides } from '../../../db/schema';
import { formatDate } from '../../../shared/dates/format';
import { STATUS_LABELS } from '../../../shared/schemas/domain';
import type { TStatusOverrideRevoke, TStatusOverrideSet } from '../../../shared/schemas/status';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit } from '../audit';
import { loadProjectForEdit } from '../projects';

type OverrideRow = typeof statusOverrides.$inferSelect;

/**
 * Sets a manual traffic light (steering, or the lead of the project). It applies from `today`;
 * an override still in force is revoked in the same transaction, so at most one is open.
 */
export function setStatusOverride(db: Db, actor: Actor, input: TStatusOverrideSet, today: string): OverrideRow {
  return db.transaction((tx) => {
    const project = loadProjectForEdit(tx, actor, input.projectId, null);
    if (project.maturity === 3) {
      throw new AppError('INVALID_INPUT', `project ${project.id} is at maturity 3; an override would not apply`, {
        userMessage: 'Abgeschlossene Projekte (Reifegrad 3) haben keine manuelle Ampel.',
      });
    }
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt !== null && expiresAt <= today) {
      throw new AppError('INVALID_INPUT', `expiresAt ${expiresAt} is not after ${today}`, {
        userMessage: 'Das Ablaufdatum muss nach dem heutigen Tag liegen.',
      });
    }
    const previous = tx
      .update(statusOverrides)
      .set({ revokedAt: new Date() })
      .where(and(eq(statusOverrides.projectId, project.id), isNull(statusOverrides.revokedAt)))
      .returning()
      .all();
    const row = tx
      .insert(statusOverrides)
      .values({
        organisationId: actor.organisationId,
        projectId: project.id,
        status: input.status,
        justification: input.justification,
        authorUserId: actor.userId,
        authorName: actor.displayName,
        validFrom: today,
        expiresAt,
      })
      .returning()
      .get();
    const until = expiresAt ? ` bis ${formatDate(expiresAt)}` : '';
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'statusOverride',
      entityId: row.id,
      projectId: project.id,
      summary: `Ampel von „${project.title}“ manuell auf ${STATUS_LABELS[input.status]} gesetzt${until}`,
      before: previous.length > 0 ? { status: previous[previous.length - 1]!.status } : null,
      after: { status: row.status, justification: row.justification, validFrom: row.validFrom, expiresAt: row.expiresAt },
    });
    return row;
  });
}

/** Withdraws a manual traffic light; the computed status applies again. */
export function revokeStatusOverride(db: Db, actor: Actor, input: TStatusOverrideRevoke): OverrideRow {
  return db.transaction((tx) => {
    const current = tx.select().from(statusOverrides).where(eq(statusOverrides.id, input.overrideId)).get();
    if (!current || current.organisationId !== actor.organisationId) {
      throw new AppError('NOT_FOUND', `status override ${input.overrideId} not found`, {
        userMessage: 'Die manuelle Ampel wurde nicht gefunden.',
      });
    }
    const project = loadProjectForEdit(tx, actor, current.projectId, null);
    if (current.revokedAt !== null) {
      throw new AppError('CONFLICT', `status override ${current.id} is already revoked`, {
        userMessage: 'Die manuelle Ampel wurde bereits zurückgenommen.',
      });
    }
    const revokedAt = new Date();
    const row = tx
      .update(statusOverrides)
      .set({ revokedAt })
      .where(eq(statusOverrides.id, current.id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'statusOverride',
      entityId: current.id,
      projectId: project.id,
      summary: `Manuelle Ampel (${STATUS_LABELS[current.status]}) von „${project.title}“ zurückgenommen`,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
    return row;
  });
}
