import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { committees, decisionProjects, decisions } from '../../../db/schema';
import { formatDate } from '../../../shared/dates/format';
import type { TDecisionCreate, TDecisionUpdate } from '../../../shared/schemas/decision';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { assertVersion } from '../versioning';
import { diffFields, impactItem, isEmptyDiff, nextFreeKey, pick, requireOwned, requirePermission, type DeletionImpact } from './common';
import { requireProjectsOfProgramme, sortedIds } from './links';
import { requireProgramme } from './programme';

type DecisionRow = typeof decisions.$inferSelect;

const NOT_FOUND = 'Der Beschluss wurde nicht gefunden.';
const AUDIT_FIELDS = ['key', 'date', 'subject', 'outcome'] as const;

function label(committee: string, d: { date: string; subject: string }): string {
  return `Beschluss ${committee} ${formatDate(d.date)} „${d.subject}“`;
}

/** Committees are data: a name not seen before creates the committee. */
function committeeIdFor(tx: Tx, actor: Actor, name: string): number {
  const existing = tx
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.organisationId, actor.organisationId), eq(committees.name, name)))
    .get();
  if (existing) return existing.id;
  return tx.insert(committees).values({ organisationId: actor.organisationId, name }).returning({ id: committees.id }).get().id;
}

function committeeNameOf(tx: Tx, committeeId: number): string {
  return tx.select({ name: committees.name }).from(committees).where(eq(committees.id, committeeId)).get()?.name ?? '';
}

function projectIdsOf(tx: Tx, decisionId: number): number[] {
  return sortedIds(
    tx.select({ id: decisionProjects.projectId }).from(decisionProjects).where(eq(decisionProjects.decisionId, decisionId)).all().map((r) => r.id),
  );
}

function replaceProjectLinks(tx: Tx, actor: Actor, decisionId: number, projectIds: readonly number[]): void {
  tx.delete(decisionProjects).where(eq(decisionProjects.decisionId, decisionId)).run();
  for (const projectId of projectIds) {
    tx.insert(decisionProjects).values({ organisationId: actor.organisationId, decisionId, projectId }).run();
  }
}

function loadForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): DecisionRow {
  requirePermission(actor, 'editPortfolio');
  const row = requireOwned(tx.select().from(decisions).where(eq(decisions.id, id)).get(), actor, 'decision', id, NOT_FOUND);
  assertVersion('decision', row, expectedVersion, lastEditorOf(tx, 'decision', id));
  return row;
}

export function createDecision(db: Db, actor: Actor, input: TDecisionCreate): DecisionRow {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const programme = requireProgramme(tx, actor, input.programmeId);
    requireProjectsOfProgramme(tx, actor, programme.id, input.projectIds);
    const taken = tx.select({ key: decisions.key }).from(decisions).where(eq(decisions.programmeId, programme.id)).all();
    const { projectIds, key, committee, ...fields } = input;
    const created = tx
      .insert(decisions)
      .values({
        ...fields,
        organisationId: actor.organisationId,
        committeeId: committeeIdFor(tx, actor, committee),
        key: key ?? nextFreeKey('B', taken.map((t) => t.key)),
      })
      .returning()
      .get();
    replaceProjectLinks(tx, actor, created.id, projectIds);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'decision',
      entityId: created.id,
      summary: `${label(committee, created)} angelegt`,
      after: { ...pick(created, AUDIT_FIELDS), committee, projectIds: sortedIds(projectIds) },
    });
    return created;
  });
}

export function updateDecision(db: Db, actor: Actor, input: TDecisionUpdate): DecisionRow {
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    const { id, version, projectIds, committee, ...fields } = input;
    requireProjectsOfProgramme(tx, actor, current.programmeId, projectIds);
    const currentCommittee = committeeNameOf(tx, current.committeeId);
    const diff = diffFields(
      { ...current, committee: currentCommittee, projectIds: projectIdsOf(tx, id) },
      { ...fields, committee, projectIds: sortedIds(projectIds) },
    );
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(decisions)
      .set({
        ...fields,
        committeeId: committee === currentCommittee ? current.committeeId : committeeIdFor(tx, actor, committee),
        version: version + 1,
      })
      .where(eq(decisions.id, id))
      .returning()
      .get();
    if ('projectIds' in diff.after) replaceProjectLinks(tx, actor, id, projectIds);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'decision',
      entityId: id,
      summary: `${label(committee, updated)} geändert`,
      ...diff,
    });
    return updated;
  });
}

export function decisionDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const row = requireOwned(db.select().from(decisions).where(eq(decisions.id, id)).get(), actor, 'decision', id, NOT_FOUND);
  return {
    subject: `dem ${label(committeeNameOf(db, row.committeeId), row)}`,
    deleted: impactItem('projectLinks', projectIdsOf(db, id).length, 'Zuordnung zu einem Projekt', 'Zuordnungen zu Projekten'),
    detached: [],
  };
}

export function deleteDecision(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    const committee = committeeNameOf(tx, current.committeeId);
    const projectIds = projectIdsOf(tx, current.id);
    tx.delete(decisions).where(eq(decisions.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'decision',
      entityId: current.id,
      summary: `${label(committee, current)} gelöscht`,
      before: { ...pick(current, AUDIT_FIELDS), committee, projectIds },
    });
    return { id: current.id };
  });
}
