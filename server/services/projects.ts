import { eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { projects } from '../../db/schema';
import type { TMaturityChange, TProjectUpdate } from '../../shared/schemas/project';
import { MATURITY_LABELS, type TMaturity } from '../../shared/schemas/domain';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { appendAudit, lastEditorOf, type Tx } from './audit';
import { assertCanEditProject } from './authorization';
import { assertVersion } from './versioning';

type ProjectRow = typeof projects.$inferSelect;

/** Loads a project for editing inside a transaction and checks organisation, role and version. */
export function loadProjectForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number | null): ProjectRow {
  const project = tx.select().from(projects).where(eq(projects.id, id)).get();
  if (!project || project.organisationId !== actor.organisationId) {
    throw new AppError('NOT_FOUND', `project ${id} not found`, { userMessage: 'Das Projekt wurde nicht gefunden.' });
  }
  const parent = project.parentId
    ? (tx.select({ leadUserId: projects.leadUserId }).from(projects).where(eq(projects.id, project.parentId)).get() ?? null)
    : null;
  assertCanEditProject(actor, project, parent);
  if (expectedVersion !== null) assertVersion('project', project, expectedVersion, lastEditorOf(tx, 'project', id));
  return project;
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((k) => (before[k] ?? null) !== (after[k] ?? null));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}

export function updateProject(db: Db, actor: Actor, input: TProjectUpdate): ProjectRow {
  return db.transaction((tx) => {
    const current = loadProjectForEdit(tx, actor, input.id, input.version);
    const { id, version, ...fields } = input;
    const diff = changedFields(current, fields);
    const updated = tx
      .update(projects)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(projects.id, id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'project',
      entityId: id,
      projectId: id,
      summary: `Projekt „${updated.title}“ geändert`,
      ...diff,
    });
    return updated;
  });
}

export function changeMaturity(db: Db, actor: Actor, input: TMaturityChange): ProjectRow {
  return db.transaction((tx) => {
    const current = loadProjectForEdit(tx, actor, input.id, input.version);
    const updated = tx
      .update(projects)
      .set({ maturity: input.maturity, version: input.version + 1, updatedAt: new Date() })
      .where(eq(projects.id, input.id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'project',
      entityId: input.id,
      projectId: input.id,
      summary: `Reifegrad von „${updated.title}“: ${current.maturity} (${MATURITY_LABELS[current.maturity as TMaturity]}) → ${input.maturity} (${MATURITY_LABELS[input.maturity]})`,
      before: { maturity: current.maturity },
      after: { maturity: input.maturity },
    });
    return updated;
  });
}
