import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db';
import {
  budgetLines,
  committees,
  decisionProjects,
  decisions,
  fieldsOfAction,
  goals,
  kpis,
  kpiValues,
  legalObligations,
  obligationProjects,
  programmes,
  projectGoals,
  projects,
} from '../../../db/schema';
import type {
  TFieldOfActionCreate,
  TFieldOfActionUpdate,
  TProgrammeInfoUpdate,
} from '../../../shared/schemas/field-of-action';
import type { TConfirmedDelete } from '../../../shared/schemas/project';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { projectTree, projectTreeImpactItems } from '../projects';
import { assertVersion } from '../versioning';
import {
  diffFields,
  impactItem,
  isEmptyDiff,
  nextFreeKey,
  pick,
  requireOwned,
  requirePermission,
  type DeletionImpact,
} from './common';

type ProgrammeRow = typeof programmes.$inferSelect;
type FieldRow = typeof fieldsOfAction.$inferSelect;

const PROGRAMME_NOT_FOUND = 'Das Programm wurde nicht gefunden.';
const FIELD_NOT_FOUND = 'Das Handlungsfeld wurde nicht gefunden.';

export function requireProgramme(tx: Tx, actor: Actor, programmeId: number): ProgrammeRow {
  return requireOwned(
    tx.select().from(programmes).where(eq(programmes.id, programmeId)).get(),
    actor,
    'programme',
    programmeId,
    PROGRAMME_NOT_FOUND,
  );
}

/** Title, Fortschreibung, Stand, Federführung, description — not the traffic-light thresholds. */
export function updateProgrammeInfo(db: Db, actor: Actor, input: TProgrammeInfoUpdate): ProgrammeRow {
  return db.transaction((tx) => {
    requirePermission(actor, 'editProgrammeSettings');
    const current = requireProgramme(tx, actor, input.id);
    assertVersion('programme', current, input.version, lastEditorOf(tx, 'programme', current.id));
    const { id, version, ...fields } = input;
    const next = { ...fields, asOfDate: fields.asOfDate ?? null };
    const diff = diffFields(current, next);
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(programmes)
      .set({ ...next, version: version + 1, updatedAt: new Date() })
      .where(eq(programmes.id, id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'programme',
      entityId: id,
      summary: `Programm „${updated.title}“ geändert`,
      ...diff,
    });
    return updated;
  });
}

/** Everything the programme editing pages show and the forms choose from. */
export function getProgrammeStructure(db: Db, actor: Actor, programmeId: number) {
  const programme = requireProgramme(db, actor, programmeId);
  const { statusThresholds: _thresholds, ...programmeInfo } = programme;
  const fieldRows = db
    .select()
    .from(fieldsOfAction)
    .where(eq(fieldsOfAction.programmeId, programmeId))
    .orderBy(asc(fieldsOfAction.sortOrder), asc(fieldsOfAction.id))
    .all();
  const projectRows = db
    .select({
      id: projects.id,
      code: projects.code,
      title: projects.title,
      parentId: projects.parentId,
      fieldOfActionId: projects.fieldOfActionId,
    })
    .from(projects)
    .where(eq(projects.programmeId, programmeId))
    .orderBy(asc(projects.sortOrder), asc(projects.id))
    .all();
  const goalRows = db.select().from(goals).where(eq(goals.programmeId, programmeId)).orderBy(asc(goals.sortOrder), asc(goals.id)).all();
  const goalLinks = goalRows.length
    ? db.select().from(projectGoals).where(inArray(projectGoals.goalId, goalRows.map((g) => g.id))).all()
    : [];
  const kpiRows = db.select().from(kpis).where(eq(kpis.programmeId, programmeId)).orderBy(asc(kpis.sortOrder), asc(kpis.id)).all();
  const valueRows = kpiRows.length
    ? db.select().from(kpiValues).where(inArray(kpiValues.kpiId, kpiRows.map((k) => k.id))).orderBy(asc(kpiValues.year)).all()
    : [];
  const obligationRows = db
    .select()
    .from(legalObligations)
    .where(eq(legalObligations.programmeId, programmeId))
    .orderBy(asc(legalObligations.deadline), asc(legalObligations.id))
    .all();
  const obligationLinks = obligationRows.length
    ? db.select().from(obligationProjects).where(inArray(obligationProjects.obligationId, obligationRows.map((o) => o.id))).all()
    : [];
  const decisionRows = db
    .select({ decision: decisions, committee: committees.name })
    .from(decisions)
    .innerJoin(committees, eq(committees.id, decisions.committeeId))
    .where(eq(decisions.programmeId, programmeId))
    .orderBy(asc(decisions.date), asc(decisions.id))
    .all();
  const decisionLinks = decisionRows.length
    ? db.select().from(decisionProjects).where(inArray(decisionProjects.decisionId, decisionRows.map((d) => d.decision.id))).all()
    : [];
  const committeeRows = db
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(eq(committees.organisationId, actor.organisationId))
    .orderBy(asc(committees.name))
    .all();
  const budgetRows = db
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.programmeId, programmeId))
    .orderBy(asc(budgetLines.year), asc(budgetLines.id))
    .all();

  const linked = <L, K extends keyof L>(links: L[], key: K, id: number, value: keyof L) =>
    links.filter((l) => l[key] === id).map((l) => l[value] as number);

  return {
    programme: programmeInfo,
    fieldsOfAction: fieldRows.map((f) => ({ ...f, projectCount: projectRows.filter((p) => p.fieldOfActionId === f.id).length })),
    projects: projectRows,
    goals: goalRows.map((g) => ({ ...g, projectIds: linked(goalLinks, 'goalId', g.id, 'projectId') })),
    kpis: kpiRows.map((k) => ({ ...k, values: valueRows.filter((v) => v.kpiId === k.id) })),
    obligations: obligationRows.map((o) => ({ ...o, projectIds: linked(obligationLinks, 'obligationId', o.id, 'projectId') })),
    decisions: decisionRows.map((d) => ({
      ...d.decision,
      committee: d.committee,
      projectIds: linked(decisionLinks, 'decisionId', d.decision.id, 'projectId'),
    })),
    committees: committeeRows,
    budgetLines: budgetRows,
  };
}

/* Fields of action (Handlungsfelder) */

const FIELD_AUDIT_FIELDS = ['key', 'title', 'description', 'sortOrder'] as const;

function loadFieldForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): FieldRow {
  requirePermission(actor, 'editPortfolio');
  const field = requireOwned(
    tx.select().from(fieldsOfAction).where(eq(fieldsOfAction.id, id)).get(),
    actor,
    'fieldOfAction',
    id,
    FIELD_NOT_FOUND,
  );
  assertVersion('fieldOfAction', field, expectedVersion, lastEditorOf(tx, 'fieldOfAction', id));
  return field;
}

export function createFieldOfAction(db: Db, actor: Actor, input: TFieldOfActionCreate): FieldRow {
  return db.transaction((tx) => {
    requirePermission(actor, 'editPortfolio');
    const programme = requireProgramme(tx, actor, input.programmeId);
    const existing = tx.select().from(fieldsOfAction).where(eq(fieldsOfAction.programmeId, programme.id)).all();
    const created = tx
      .insert(fieldsOfAction)
      .values({
        organisationId: actor.organisationId,
        programmeId: programme.id,
        key: input.key ?? nextFreeKey('HF', existing.map((f) => f.key)),
        title: input.title,
        description: input.description,
        sortOrder: existing.reduce((m, f) => Math.max(m, f.sortOrder), -1) + 1,
      })
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'fieldOfAction',
      entityId: created.id,
      summary: `Handlungsfeld „${created.title}“ angelegt`,
      after: pick(created, FIELD_AUDIT_FIELDS),
    });
    return created;
  });
}

export function updateFieldOfAction(db: Db, actor: Actor, input: TFieldOfActionUpdate): FieldRow {
  return db.transaction((tx) => {
    const current = loadFieldForEdit(tx, actor, input.id, input.version);
    const { id, version, ...fields } = input;
    const diff = diffFields(current, fields);
    if (isEmptyDiff(diff)) return current;
    const updated = tx
      .update(fieldsOfAction)
      .set({ ...fields, version: version + 1 })
      .where(eq(fieldsOfAction.id, id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'fieldOfAction',
      entityId: id,
      summary: `Handlungsfeld „${updated.title}“ geändert`,
      ...diff,
    });
    return updated;
  });
}

function fieldImpactItems(tx: Tx, fieldId: number) {
  const inField = tx
    .select({ id: projects.id, parentId: projects.parentId })
    .from(projects)
    .where(eq(projects.fieldOfActionId, fieldId))
    .all();
  const ids = new Set(inField.map((p) => p.id));
  // Sub-projects filed under another field go with their parent (the database cascades).
  const tree = projectTree(tx, [...ids]);
  const topLevel = inField.filter((p) => p.parentId === null || !ids.has(p.parentId)).length;
  return [
    ...impactItem('projects', topLevel, 'Projekt', 'Projekte'),
    ...projectTreeImpactItems(tx, tree, tree.length - topLevel),
  ];
}

export function fieldOfActionDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const field = requireOwned(
    db.select().from(fieldsOfAction).where(eq(fieldsOfAction.id, id)).get(),
    actor,
    'fieldOfAction',
    id,
    FIELD_NOT_FOUND,
  );
  return { subject: `dem Handlungsfeld „${field.title}“`, deleted: fieldImpactItems(db, field.id), detached: [] };
}

export function deleteFieldOfAction(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadFieldForEdit(tx, actor, input.id, input.version);
    const impact = Object.fromEntries(fieldImpactItems(tx, current.id).map((i) => [i.kind, i.count]));
    tx.delete(fieldsOfAction).where(eq(fieldsOfAction.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'fieldOfAction',
      entityId: current.id,
      summary: `Handlungsfeld „${current.title}“ gelöscht`,
      before: { ...pick(current, FIELD_AUDIT_FIELDS), deletedWithIt: impact },
    });
    return { id: current.id };
  });
}
