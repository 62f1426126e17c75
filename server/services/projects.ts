import { and, asc, eq, inArray, max, or, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import {
  budgetLines,
  decisionProjects,
  fieldsOfAction,
  milestones,
  obligationProjects,
  projectDependencies,
  projectGoals,
  projectPhases,
  projects,
  statusOverrides,
  statusUpdates,
  users,
} from '../../db/schema';
import { hasPermission } from '../../shared/auth/permissions';
import { describeFittedPhase, fitPhasesToSpan } from '../../shared/domain/phases';
import type { TConfirmedDelete, TMaturityChange, TProjectCreate, TProjectUpdate } from '../../shared/schemas/project';
import { MATURITY_LABELS, type TMaturity } from '../../shared/schemas/domain';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { appendAudit, lastEditorOf, type Tx } from './audit';
import { assertCanEditProject } from './authorization';
import { countWhere, diffFields, impactItem, isEmptyDiff, nextFreeKey, pick, requireOwned, requirePermission, type DeletionImpact } from './entities/common';
import { assertVersion } from './versioning';

type ProjectRow = typeof projects.$inferSelect;

const PROJECT_NOT_FOUND = 'Das Projekt wurde nicht gefunden.';

/** The fields of a project an audit entry of its creation or deletion records. */
const PROJECT_AUDIT_FIELDS = [
  'key',
  'code',
  'title',
  'description',
  'fieldOfActionId',
  'parentId',
  'responsibleUnit',
  'responsiblePerson',
  'involvedParties',
  'leadUserId',
  'plannedStart',
  'plannedEnd',
  'maturity',
] as const;

/** Loads a project for editing inside a transaction and checks organisation, role and version. */
export function loadProjectForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number | null): ProjectRow {
  const project = tx.select().from(projects).where(eq(projects.id, id)).get();
  if (!project || project.organisationId !== actor.organisationId) {
    throw new AppError('NOT_FOUND', `project ${id} not found`, { userMessage: PROJECT_NOT_FOUND });
  }
  const parent = project.parentId
    ? (tx.select({ leadUserId: projects.leadUserId }).from(projects).where(eq(projects.id, project.parentId)).get() ?? null)
    : null;
  assertCanEditProject(actor, project, parent);
  if (expectedVersion !== null) assertVersion('project', project, expectedVersion, lastEditorOf(tx, 'project', id));
  return project;
}

/** What the current user may do with a project, so the UI shows only permitted buttons. */
export function projectRightsOf(db: Tx, actor: Actor, project: ProjectRow) {
  const steering = actor.role === 'system' || hasPermission(actor.role, 'editPortfolio');
  let edit = steering;
  if (!edit && actor.role === 'lead' && actor.userId !== null) {
    const parentLead = project.parentId
      ? db.select({ leadUserId: projects.leadUserId }).from(projects).where(eq(projects.id, project.parentId)).get()?.leadUserId
      : null;
    edit = project.leadUserId === actor.userId || parentLead === actor.userId;
  }
  return {
    /** Project fields, Reifegrad, milestones, budget lines, status. */
    edit,
    /** Sub-projects under this project. */
    createSubProject: edit,
    /** Delete, dependencies, field of action, lead, KPI actuals. */
    structure: steering,
  };
}

function requireLeadUser(tx: Tx, actor: Actor, leadUserId: number): void {
  const lead = tx.select().from(users).where(eq(users.id, leadUserId)).get();
  const owned = requireOwned(lead, actor, 'user', leadUserId, 'Die gewählte Projektleitung wurde nicht gefunden.');
  if (owned.role !== 'lead' || !owned.active) {
    throw new AppError('INVALID_INPUT', `user ${leadUserId} is not an active lead`, {
      userMessage: 'Die gewählte Person ist keine aktive Projektleitung.',
    });
  }
}

function requireFieldInProgramme(tx: Tx, actor: Actor, fieldOfActionId: number, programmeId?: number) {
  const field = requireOwned(
    tx.select().from(fieldsOfAction).where(eq(fieldsOfAction.id, fieldOfActionId)).get(),
    actor,
    'fieldOfAction',
    fieldOfActionId,
    'Das Handlungsfeld wurde nicht gefunden.',
  );
  if (programmeId !== undefined && field.programmeId !== programmeId) {
    throw new AppError('INVALID_INPUT', `field ${fieldOfActionId} belongs to another programme`, {
      userMessage: 'Das Handlungsfeld gehört zu einem anderen Programm.',
    });
  }
  return field;
}

export function updateProject(db: Db, actor: Actor, input: TProjectUpdate): ProjectRow {
  return db.transaction((tx) => {
    const current = loadProjectForEdit(tx, actor, input.id, input.version);
    const { id, version, ...fields } = input;
    const structural =
      (fields.fieldOfActionId !== undefined && fields.fieldOfActionId !== current.fieldOfActionId) ||
      (fields.leadUserId !== undefined && fields.leadUserId !== current.leadUserId);
    if (structural) {
      requirePermission(actor, 'editPortfolio');
      if (fields.fieldOfActionId !== undefined) requireFieldInProgramme(tx, actor, fields.fieldOfActionId, current.programmeId);
      if (fields.leadUserId) requireLeadUser(tx, actor, fields.leadUserId);
    }
    const diff = diffFields(current, fields);
    if (isEmptyDiff(diff)) return current;
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
    fitPhasesToPlan(tx, actor, current, updated);
    return updated;
  });
}

/**
 * The phases follow a changed planned span (shared/domain/phases.ts), in the same transaction and
 * audited one by one; a span that would leave a phase wholly outside is refused, and nothing is saved.
 */
function fitPhasesToPlan(tx: Tx, actor: Actor, before: ProjectRow, after: ProjectRow): void {
  if (before.plannedStart === after.plannedStart && before.plannedEnd === after.plannedEnd) return;
  const phases = tx
    .select()
    .from(projectPhases)
    .where(eq(projectPhases.projectId, after.id))
    .orderBy(asc(projectPhases.sortOrder), asc(projectPhases.startDate), asc(projectPhases.id))
    .all()
    .map((phase) => ({ ...phase, start: phase.startDate, end: phase.endDate }));
  const fit = fitPhasesToSpan(
    phases,
    { start: before.plannedStart, end: before.plannedEnd },
    { start: after.plannedStart, end: after.plannedEnd },
  );
  if (!fit.ok) throw new AppError('INVALID_INPUT', `project ${after.id}: ${fit.message}`, { userMessage: fit.message });
  for (const fitted of fit.changed) {
    const { phase } = fitted;
    tx.update(projectPhases)
      .set({ startDate: fitted.start, endDate: fitted.end, version: phase.version + 1 })
      .where(eq(projectPhases.id, phase.id))
      .run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'projectPhase',
      entityId: phase.id,
      projectId: after.id,
      summary: `${describeFittedPhase(fitted)}, dem Zeitraum des Projekts „${after.title}“ angepasst`,
      // Only what changed, as for any other edit.
      before: {
        ...(fitted.start !== phase.startDate ? { startDate: phase.startDate } : {}),
        ...(fitted.end !== phase.endDate ? { endDate: phase.endDate } : {}),
      },
      after: {
        ...(fitted.start !== phase.startDate ? { startDate: fitted.start } : {}),
        ...(fitted.end !== phase.endDate ? { endDate: fitted.end } : {}),
      },
    });
  }
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

/**
 * Creates a project, or with a parent a sub-project. The steering office creates anywhere; a
 * project lead only sub-projects of a project it leads.
 */
export function createProject(db: Db, actor: Actor, input: TProjectCreate): ProjectRow {
  return db.transaction((tx) => {
    const parent = input.parentId ? loadProjectForEdit(tx, actor, input.parentId, null) : null;
    if (!parent) requirePermission(actor, 'editPortfolio');
    const field = requireFieldInProgramme(tx, actor, input.fieldOfActionId, parent?.programmeId);
    if (input.leadUserId !== null) {
      requirePermission(actor, 'editPortfolio');
      requireLeadUser(tx, actor, input.leadUserId);
    }
    const siblings = tx
      .select({ key: projects.key, sortOrder: projects.sortOrder })
      .from(projects)
      .where(eq(projects.programmeId, field.programmeId))
      .all();
    const key = input.key ?? nextFreeKey('P', siblings.map((s) => s.key));
    const sortOrder =
      (tx
        .select({ value: max(projects.sortOrder) })
        .from(projects)
        .where(parent ? eq(projects.parentId, parent.id) : eq(projects.fieldOfActionId, field.id))
        .get()?.value ?? -1) + 1;
    const { key: _key, ...fields } = input;
    const created = tx
      .insert(projects)
      .values({
        ...fields,
        organisationId: actor.organisationId,
        programmeId: field.programmeId,
        key,
        sortOrder,
        plannedStart: fields.plannedStart ?? null,
        plannedEnd: fields.plannedEnd ?? null,
      })
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'project',
      entityId: created.id,
      projectId: parent?.id ?? created.id,
      summary: parent
        ? `Teilprojekt „${created.title}“ unter „${parent.title}“ angelegt`
        : `Projekt „${created.title}“ angelegt`,
      after: pick(created, PROJECT_AUDIT_FIELDS),
    });
    return created;
  });
}

/** The given projects and all their sub-projects, at any depth. */
export function projectTree(db: Tx, rootIds: number[]): number[] {
  if (rootIds.length === 0) return [];
  const rows = db.all<{ id: number }>(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM projects WHERE ${inArray(projects.id, rootIds)}
      UNION
      SELECT p.id FROM projects p JOIN tree t ON p.parent_id = t.id
    )
    SELECT id FROM tree`);
  return rows.map((r) => r.id);
}

function treeImpact(db: Tx, tree: number[]) {
  return {
    milestones: countWhere(db, milestones, inArray(milestones.projectId, tree)),
    phases: countWhere(db, projectPhases, inArray(projectPhases.projectId, tree)),
    budgetLines: countWhere(db, budgetLines, inArray(budgetLines.projectId, tree)),
    statusUpdates: countWhere(db, statusUpdates, inArray(statusUpdates.projectId, tree)),
    overrides: countWhere(db, statusOverrides, inArray(statusOverrides.projectId, tree)),
    dependencies: countWhere(
      db,
      projectDependencies,
      or(inArray(projectDependencies.predecessorId, tree), inArray(projectDependencies.successorId, tree)),
    ),
    obligationLinks: countWhere(db, obligationProjects, inArray(obligationProjects.projectId, tree)),
    decisionLinks: countWhere(db, decisionProjects, inArray(decisionProjects.projectId, tree)),
    goalLinks: countWhere(db, projectGoals, inArray(projectGoals.projectId, tree)),
  };
}

/** The German list of what goes with a set of projects (used for projects and fields of action). */
export function projectTreeImpactItems(db: Tx, tree: number[], subProjects: number) {
  const c = treeImpact(db, tree);
  return [
    ...impactItem('subProjects', subProjects, 'Teilprojekt', 'Teilprojekte'),
    ...impactItem('milestones', c.milestones, 'Meilenstein', 'Meilensteine'),
    ...impactItem('phases', c.phases, 'Phase', 'Phasen'),
    ...impactItem('budgetLines', c.budgetLines, 'Budgetzeile', 'Budgetzeilen'),
    ...impactItem('statusUpdates', c.statusUpdates, 'Statusmeldung', 'Statusmeldungen'),
    ...impactItem('overrides', c.overrides, 'Ampel-Übersteuerung', 'Ampel-Übersteuerungen'),
    ...impactItem('dependencies', c.dependencies, 'Abhängigkeit', 'Abhängigkeiten'),
    ...impactItem('obligationLinks', c.obligationLinks, 'Zuordnung zu einer Frist', 'Zuordnungen zu Fristen'),
    ...impactItem('decisionLinks', c.decisionLinks, 'Zuordnung zu einem Beschluss', 'Zuordnungen zu Beschlüssen'),
    ...impactItem('goalLinks', c.goalLinks, 'Zuordnung zu einem Ziel', 'Zuordnungen zu Zielen'),
  ];
}

export function projectDeletionImpact(db: Db, actor: Actor, id: number): DeletionImpact {
  const project = requireOwned(
    db.select().from(projects).where(eq(projects.id, id)).get(),
    actor,
    'project',
    id,
    PROJECT_NOT_FOUND,
  );
  const tree = projectTree(db, [project.id]);
  return {
    subject: `${project.parentId ? 'dem Teilprojekt' : 'dem Projekt'} „${project.title}“`,
    deleted: projectTreeImpactItems(db, tree, tree.length - 1),
    detached: [],
  };
}

/** Deletes a project with everything below it; only the steering office deletes projects. */
export function deleteProject(db: Db, actor: Actor, input: TConfirmedDelete): { id: number } {
  return db.transaction((tx) => {
    const current = loadProjectForEdit(tx, actor, input.id, input.version);
    requirePermission(actor, 'editPortfolio');
    const tree = projectTree(tx, [current.id]);
    const impact = Object.fromEntries(
      projectTreeImpactItems(tx, tree, tree.length - 1).map((item) => [item.kind, item.count]),
    );
    tx.delete(projects).where(eq(projects.id, current.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'project',
      entityId: current.id,
      projectId: current.parentId ?? current.id,
      summary: `${current.parentId ? 'Teilprojekt' : 'Projekt'} „${current.title}“ gelöscht`,
      before: { ...pick(current, PROJECT_AUDIT_FIELDS), deletedWithIt: impact },
    });
    return { id: current.id };
  });
}

/** Active users with the lead role, for the "Projektleitung" choice of the steering office. */
export function listLeadOptions(db: Db, organisationId: number) {
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.role, 'lead'), eq(users.active, true)))
    .orderBy(asc(users.displayName))
    .all();
}
