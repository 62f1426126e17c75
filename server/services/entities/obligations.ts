import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { legalObligations, obligationProjects } from '../../../db/schema';
import type { TObligationCreate, TObligationUpdate } from '../../../shared/schemas/obligation';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { assertVersion } from '../versioning';
import { diffFields, impactItem, isEmptyDiff, nextFreeKey, pick, requireOwned, requirePermission, type DeletionImpact } from './common';
import { requireProjectsOfProgramme, sortedIds } from './links';
import { requireProgramme } from './programme';

type ObligationRow = typeof legalObligations.$inferSelect;

const NOT_FOUND = 'Die rechtliche Frist wurde nicht gefunden.';
const AUDIT_FIELDS = ['key', 'law', 'paragraph', 'title', 'description', 'deadline', 'bindingness'] as const;

function label(o: { law: string; paragraph: string; title: string }): string {
  return `Frist ${o.law} ${o.paragraph} „${o.title}“`;
}

function projectIdsOf(tx: Tx, obligationId: number): number[] {
  return sortedIds(
    tx.select({ id: obligationProjects.projectId }).from(obligationProjects).where(eq(obligationProjects.obligationId, obligationId)).all().map((r) => r.id),
  );
}

function replaceProjectLinks(tx: Tx, actor: Actor, obligationId: number, projectIds: readonly number[]): void {
  tx.delete(obligationProjects).where(eq(obligationProjects.obligationId, obligationId)).run();
  for (const projectId of projectIds) {
    tx.insert(obligationProjects).values({ organisationId: actor.organisationId, obligationId, projectId }).run();
  }
}

function loadForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): ObligationRow {
  requirePermission(actor, 'editPortfolio');
  const row = requireOwned(tx.select().from(legalObligations).where(eq(legalObligations.id, id)).get(), actor, 'obligation', id, NOT_FOUND);
  assertVersion('obligation', row, expectedVersion, lastEditorOf(tx, 'obligation', id));
  return row;
}

export function createObligation(db: Db, actor: Actor, input: TObligationCreate): ObligationRow {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const programme = requireProgramme(tx, actor, input.programmeId);
    requireProjectsOfProgramme(tx, actor, programme.id, input.projectIds);
    const taken = tx.select({ key: legalObligations.key }).from(legalObligations).where(eq(legalObligations.programmeId, programme.id)).all();
    const { projectIds, key, ...fields } = input;
    const created = tx
      .insert(legalObligations)
      .values({
        ...fields,
        deadline: fields.deadline ?? null,
        organisationId: actor.organisationId,
        key: key ?? nextFreeKey('FR', taken.map((t) => t.key)),
      })
      .returning()
      .get();
    replaceProjectLinks(tx, actor, created.id, projectIds);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'obligation',
      entityId: created.id,
      summary: `${label(created)} angelegt`,
      after: { ...pick(created, AUDIT_FIELDS), projectIds: sortedIds(projectIds) },
    });
    return created;
  });
}

export function updateObligation(db: Db, actor: Actor, input: TObligationUpdate): ObligationRow {
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    const { id, version, projectIds, ...fields } = input;
    requireProjectsOfProgramme(tx, actor, current.programmeId, projectIds);
    const next = { ...fields, deadline: fields.deadline ?? null };
    const diff = diffFields({ ...current, projectIds: projectIdsOf(tx, id) }, { ...next, projectIds: sortedIds(projectIds) });
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(legalObligations)
      .set({ ...next, version: version + 1 })
      .where(eq(legalObligations.id, id))
      .returning()
      .get();
    if ('projectIds' in diff.after) replaceProjectLinks(tx, actor, id, projectIds);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'obligation',
      entityId: id,
      summary: `${label(updated)} geändert`,
      ...diff,
    });
    return updated;
  });
}

export function obligationDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const row = requireOwned(db.select().from(legalObligations).where(eq(legalObligations.id, id)).get(), actor, 'obligation', id, NOT_FOUND);
  return {
    subject: `der ${label(row)}`,
    deleted: impactItem('projectLinks', projectIdsOf(db, id).length, 'Zuordnung zu einem Projekt', 'Zuordnungen zu Projekten'),
    detached: [],
  };
}

export function deleteObligation(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    const projectIds = projectIdsOf(tx, current.id);
    tx.delete(legalObligations).where(eq(legalObligations.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'obligation',
      entityId: current.id,
      summary: `${label(current)} gelöscht`,
      before: { ...pick(current, AUDIT_FIELDS), projectIds },
    });
    return { id: current.id };
  });
}
