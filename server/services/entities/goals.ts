import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db';
import { goals, kpis, projectGoals } from '../../../db/schema';
import { GOAL_KIND_LABELS, type TGoalKind } from '../../../shared/schemas/domain';
import { GOAL_PARENT_KINDS, GOAL_PARENT_MESSAGES, type TGoalCreate, type TGoalUpdate } from '../../../shared/schemas/goal';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { assertVersion } from '../versioning';
import {
  countWhere,
  diffFields,
  impactItem,
  isEmptyDiff,
  pick,
  requireOwned,
  requirePermission,
  type DeletionImpact,
} from './common';
import { requireProjectsOfProgramme, sortedIds } from './links';
import { requireProgramme } from './programme';

type GoalRow = typeof goals.$inferSelect;

const NOT_FOUND = 'Das Ziel wurde nicht gefunden.';
const AUDIT_FIELDS = ['key', 'kind', 'text', 'parentId', 'dueDate'] as const;

function label(goal: { kind: TGoalKind; key: string }): string {
  return `${GOAL_KIND_LABELS[goal.kind]} ${goal.key}`;
}

function projectIdsOf(tx: Tx, goalId: number): number[] {
  return sortedIds(tx.select({ id: projectGoals.projectId }).from(projectGoals).where(eq(projectGoals.goalId, goalId)).all().map((r) => r.id));
}

function replaceProjectLinks(tx: Tx, actor: Actor, goalId: number, projectIds: readonly number[]): void {
  tx.delete(projectGoals).where(eq(projectGoals.goalId, goalId)).run();
  for (const projectId of projectIds) tx.insert(projectGoals).values({ organisationId: actor.organisationId, goalId, projectId }).run();
}

/** W → L → M: an output goal sits under an impact goal, a measure under an output or impact goal. */
function assertParent(tx: Tx, actor: Actor, kind: TGoalKind, programmeId: number, parentId: number | null): void {
  const allowed = GOAL_PARENT_KINDS[kind];
  if (parentId === null) {
    if (allowed.length === 0) return;
    throw new AppError('INVALID_INPUT', `a ${kind} goal needs a parent`, { userMessage: GOAL_PARENT_MESSAGES[kind] });
  }
  const parent = requireOwned(
    tx.select().from(goals).where(eq(goals.id, parentId)).get(),
    actor,
    'goal',
    parentId,
    'Das übergeordnete Ziel wurde nicht gefunden.',
  );
  if (parent.programmeId !== programmeId || !allowed.includes(parent.kind)) {
    throw new AppError('INVALID_INPUT', `a ${kind} goal cannot sit under a ${parent.kind} goal`, {
      userMessage: GOAL_PARENT_MESSAGES[kind],
    });
  }
}

function loadGoalForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): GoalRow {
  requirePermission(actor, 'editPortfolio');
  const goal = requireOwned(tx.select().from(goals).where(eq(goals.id, id)).get(), actor, 'goal', id, NOT_FOUND);
  assertVersion('goal', goal, expectedVersion, lastEditorOf(tx, 'goal', id));
  return goal;
}

export function createGoal(db: Db, actor: Actor, input: TGoalCreate): GoalRow {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const programme = requireProgramme(tx, actor, input.programmeId);
    assertParent(tx, actor, input.kind, programme.id, input.parentId);
    requireProjectsOfProgramme(tx, actor, programme.id, input.projectIds);
    const sortOrder = tx.select({ sortOrder: goals.sortOrder }).from(goals).where(eq(goals.programmeId, programme.id)).all()
      .reduce((m, g) => Math.max(m, g.sortOrder), -1) + 1;
    const created = tx
      .insert(goals)
      .values({
        organisationId: actor.organisationId,
        programmeId: programme.id,
        key: input.key,
        kind: input.kind,
        parentId: input.parentId,
        text: input.text,
        dueDate: input.dueDate ?? null,
        sortOrder,
      })
      .returning()
      .get();
    replaceProjectLinks(tx, actor, created.id, input.projectIds);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'goal',
      entityId: created.id,
      summary: `${label(created)} angelegt`,
      after: { ...pick(created, AUDIT_FIELDS), projectIds: sortedIds(input.projectIds) },
    });
    return created;
  });
}

export function updateGoal(db: Db, actor: Actor, input: TGoalUpdate): GoalRow {
  return db.transaction((tx) => {
    const current = loadGoalForEdit(tx, actor, input.id, input.version);
    const { id, version, projectIds, ...fields } = input;
    if (fields.parentId !== current.parentId) assertParent(tx, actor, current.kind, current.programmeId, fields.parentId);
    requireProjectsOfProgramme(tx, actor, current.programmeId, projectIds);
    const next = { ...fields, dueDate: fields.dueDate ?? null, projectIds: sortedIds(projectIds) };
    const diff = diffFields({ ...current, projectIds: projectIdsOf(tx, id) }, next);
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(goals)
      .set({ ...fields, dueDate: next.dueDate, version: version + 1 })
      .where(eq(goals.id, id))
      .returning()
      .get();
    if ('projectIds' in diff.after) replaceProjectLinks(tx, actor, id, projectIds);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'goal',
      entityId: id,
      summary: `${label(updated)} geändert`,
      ...diff,
    });
    return updated;
  });
}

/** All goals below a goal, at any depth. */
function descendants(tx: Tx, goalId: number): number[] {
  const found: number[] = [];
  let frontier = [goalId];
  while (frontier.length) {
    frontier = tx.select({ id: goals.id }).from(goals).where(inArray(goals.parentId, frontier)).all().map((g) => g.id);
    found.push(...frontier);
  }
  return found;
}

function goalImpact(tx: Tx, goal: GoalRow): DeletionImpact {
  const below = descendants(tx, goal.id);
  const all = [goal.id, ...below];
  return {
    subject: `dem ${label(goal)}`,
    deleted: [
      ...impactItem('childGoals', below.length, 'untergeordnetes Ziel', 'untergeordnete Ziele'),
      ...impactItem('projectLinks', countWhere(tx, projectGoals, inArray(projectGoals.goalId, all)), 'Zuordnung zu einem Projekt', 'Zuordnungen zu Projekten'),
    ],
    detached: impactItem('kpis', countWhere(tx, kpis, inArray(kpis.goalId, all)), 'Kennzahl', 'Kennzahlen'),
  };
}

export function goalDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  return goalImpact(db, requireOwned(db.select().from(goals).where(eq(goals.id, id)).get(), actor, 'goal', id, NOT_FOUND));
}

/** Deletes the goal with the goals below it; their KPIs stay, without a goal. */
export function deleteGoal(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadGoalForEdit(tx, actor, input.id, input.version);
    const impact = goalImpact(tx, current);
    // SET NULL on the composite (organisation_id, goal_id) key would null the organisation too.
    tx.update(kpis).set({ goalId: null }).where(inArray(kpis.goalId, [current.id, ...descendants(tx, current.id)])).run();
    tx.delete(goals).where(eq(goals.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'goal',
      entityId: current.id,
      summary: `${label(current)} gelöscht`,
      before: {
        ...pick(current, AUDIT_FIELDS),
        deletedWithIt: Object.fromEntries(impact.deleted.map((i) => [i.kind, i.count])),
        detached: Object.fromEntries(impact.detached.map((i) => [i.kind, i.count])),
      },
    });
    return { id: current.id };
  });
}
