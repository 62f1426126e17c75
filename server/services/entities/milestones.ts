import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { milestones } from '../../../db/schema';
import { formatDate } from '../../../shared/dates/format';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import type { TMilestoneCreate, TMilestoneReached, TMilestoneUpdate } from '../../../shared/schemas/milestone';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { loadProjectForEdit } from '../projects';
import { assertVersion } from '../versioning';
import { diffFields, isEmptyDiff, nextFreeKey, pick, requireOwned, type DeletionImpact } from './common';

type MilestoneRow = typeof milestones.$inferSelect;

const AUDIT_FIELDS = ['key', 'title', 'plannedDate', 'baselineDate', 'forecastDate', 'actualDate', 'phase'] as const;

/** A milestone belongs to its project: who may edit the project may edit its milestones. */
function loadMilestoneForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number | null): MilestoneRow {
  const milestone = requireOwned(
    tx.select().from(milestones).where(eq(milestones.id, id)).get(),
    actor,
    'milestone',
    id,
    'Der Meilenstein wurde nicht gefunden.',
  );
  loadProjectForEdit(tx, actor, milestone.projectId, null);
  if (expectedVersion !== null) assertVersion('milestone', milestone, expectedVersion, lastEditorOf(tx, 'milestone', id));
  return milestone;
}

export function createMilestone(db: Db, actor: Actor, input: TMilestoneCreate): MilestoneRow {
  return db.transaction((tx) => {
    const project = loadProjectForEdit(tx, actor, input.projectId, null);
    const taken = tx.select({ key: milestones.key }).from(milestones).where(eq(milestones.projectId, project.id)).all();
    const created = tx
      .insert(milestones)
      .values({
        organisationId: actor.organisationId,
        projectId: project.id,
        key: input.key ?? nextFreeKey('MS', taken.map((m) => m.key)),
        title: input.title,
        plannedDate: input.plannedDate ?? null,
        baselineDate: input.baselineDate ?? input.plannedDate ?? null,
        forecastDate: input.forecastDate ?? null,
        actualDate: input.actualDate ?? null,
        phase: input.phase,
      })
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'milestone',
      entityId: created.id,
      projectId: project.id,
      summary: `Meilenstein „${created.title}“ angelegt`,
      after: pick(created, AUDIT_FIELDS),
    });
    return created;
  });
}

export function updateMilestone(db: Db, actor: Actor, input: TMilestoneUpdate): MilestoneRow {
  return db.transaction((tx) => {
    const current = loadMilestoneForEdit(tx, actor, input.id, input.version);
    const { id, version, ...fields } = input;
    const next = {
      ...fields,
      plannedDate: fields.plannedDate ?? null,
      baselineDate: fields.baselineDate ?? null,
      forecastDate: fields.forecastDate ?? null,
      actualDate: fields.actualDate ?? null,
    };
    const diff = diffFields(current, next);
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(milestones)
      .set({ ...next, version: version + 1, updatedAt: new Date() })
      .where(eq(milestones.id, id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'milestone',
      entityId: id,
      projectId: current.projectId,
      summary: `Meilenstein „${updated.title}“ geändert`,
      ...diff,
    });
    return updated;
  });
}

/** Quick path "Meilenstein erreicht": sets the actual date, today unless given. */
export function markMilestoneReached(db: Db, actor: Actor, input: TMilestoneReached, today: string): MilestoneRow {
  return db.transaction((tx) => {
    const current = loadMilestoneForEdit(tx, actor, input.id, input.version);
    const actualDate = input.actualDate ?? today;
    const updated = tx
      .update(milestones)
      .set({ actualDate, version: input.version + 1, updatedAt: new Date() })
      .where(eq(milestones.id, input.id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'milestone',
      entityId: input.id,
      projectId: current.projectId,
      summary: `Meilenstein „${updated.title}“ erreicht am ${formatDate(actualDate)}`,
      before: { actualDate: current.actualDate },
      after: { actualDate },
    });
    return updated;
  });
}

export function milestoneDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const milestone = requireOwned(
    db.select().from(milestones).where(eq(milestones.id, id)).get(),
    actor,
    'milestone',
    id,
    'Der Meilenstein wurde nicht gefunden.',
  );
  return { subject: `dem Meilenstein „${milestone.title}“`, deleted: [], detached: [] };
}

export function deleteMilestone(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadMilestoneForEdit(tx, actor, input.id, input.version);
    tx.delete(milestones).where(eq(milestones.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'milestone',
      entityId: current.id,
      projectId: current.projectId,
      summary: `Meilenstein „${current.title}“ gelöscht`,
      before: pick(current, AUDIT_FIELDS),
    });
    return { id: current.id };
  });
}
