import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { budgetLines, programmes } from '../../../db/schema';
import { BUDGET_KIND_LABELS } from '../../../shared/schemas/domain';
import type { TBudgetLineCreate, TBudgetLineUpdate } from '../../../shared/schemas/budget';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { loadProjectForEdit } from '../projects';
import { assertVersion } from '../versioning';
import { diffFields, isEmptyDiff, pick, requireOwned, requirePermission, type DeletionImpact } from './common';

type BudgetLineRow = typeof budgetLines.$inferSelect;

const AUDIT_FIELDS = ['projectId', 'year', 'kind', 'fundingSource', 'description', 'plan', 'actual', 'positions'] as const;
const NOT_FOUND = 'Die Budgetzeile wurde nicht gefunden.';

function describe(line: { year: number; kind: BudgetLineRow['kind'] }): string {
  return `Budgetzeile ${line.year} (${BUDGET_KIND_LABELS[line.kind]})`;
}

/**
 * A line of a project is edited by whoever may edit the project; a line of the programme as a
 * whole only by the steering office.
 */
function assertCanEditLineOf(tx: Tx, actor: Actor, programmeId: number, projectId: number | null): void {
  if (projectId === null) {
    requirePermission(actor, 'editPortfolio');
    return;
  }
  const project = loadProjectForEdit(tx, actor, projectId, null);
  if (project.programmeId !== programmeId) {
    throw new AppError('INVALID_INPUT', `project ${projectId} is not in programme ${programmeId}`, {
      userMessage: 'Das Projekt gehört zu einem anderen Programm.',
    });
  }
}

function loadLineForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): BudgetLineRow {
  const line = requireOwned(tx.select().from(budgetLines).where(eq(budgetLines.id, id)).get(), actor, 'budgetLine', id, NOT_FOUND);
  assertCanEditLineOf(tx, actor, line.programmeId, line.projectId);
  assertVersion('budgetLine', line, expectedVersion, lastEditorOf(tx, 'budgetLine', id));
  return line;
}

export function createBudgetLine(db: Db, actor: Actor, input: TBudgetLineCreate): BudgetLineRow {
  return db.transaction((tx) => {
    requireOwned(
      tx.select().from(programmes).where(eq(programmes.id, input.programmeId)).get(),
      actor,
      'programme',
      input.programmeId,
      'Das Programm wurde nicht gefunden.',
    );
    assertCanEditLineOf(tx, actor, input.programmeId, input.projectId);
    const created = tx
      .insert(budgetLines)
      .values({ ...input, organisationId: actor.organisationId })
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'budgetLine',
      entityId: created.id,
      projectId: created.projectId,
      summary: `${describe(created)} angelegt`,
      after: pick(created, AUDIT_FIELDS),
    });
    return created;
  });
}

export function updateBudgetLine(db: Db, actor: Actor, input: TBudgetLineUpdate): BudgetLineRow {
  return db.transaction((tx) => {
    const current = loadLineForEdit(tx, actor, input.id, input.version);
    const { id, version, ...fields } = input;
    if (fields.projectId !== current.projectId) assertCanEditLineOf(tx, actor, current.programmeId, fields.projectId);
    const diff = diffFields(current, fields);
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(budgetLines)
      .set({ ...fields, version: version + 1 })
      .where(eq(budgetLines.id, id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'budgetLine',
      entityId: id,
      projectId: updated.projectId ?? current.projectId,
      summary: `${describe(updated)} geändert`,
      ...diff,
    });
    return updated;
  });
}

export function budgetLineDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const line = requireOwned(db.select().from(budgetLines).where(eq(budgetLines.id, id)).get(), actor, 'budgetLine', id, NOT_FOUND);
  return { subject: `der ${describe(line)}`, deleted: [], detached: [] };
}

export function deleteBudgetLine(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadLineForEdit(tx, actor, input.id, input.version);
    tx.delete(budgetLines).where(eq(budgetLines.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'budgetLine',
      entityId: current.id,
      projectId: current.projectId,
      summary: `${describe(current)} gelöscht`,
      before: pick(current, AUDIT_FIELDS),
    });
    return { id: current.id };
  });
}
