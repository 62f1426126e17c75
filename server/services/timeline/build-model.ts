import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { alias, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db';
import {
  fieldsOfAction,
  legalObligations,
  milestones,
  obligationProjects,
  programmes,
  projectDependencies,
  projectPhases,
  projects,
} from '../../../db/schema';
import { hasPermission } from '../../../shared/auth/permissions';
import { statusText } from '../../../shared/portfolio/columns';
import type { TMaturity } from '../../../shared/schemas/domain';
import type {
  TimelineDeadline,
  TimelineDependency,
  TimelineGroup,
  TimelineMilestone,
  TimelineModel,
  TimelinePhase,
  TimelineProject,
} from '../../../shared/timeline/model';
import { numberPhases } from '../../../shared/timeline/theme';
import { projectHref, type TimelineData, type TimelineVersions } from '../../../shared/timeline/wire';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { requireProjectInOrganisation } from '../portfolio-read';
import { projectTree } from '../projects';
import { boardSnapshot } from '../status/cache';
import { obligationLabel } from '../status/compute';

/**
 * The Gantt model (shared/timeline/model.ts) of an organisation read from the database: one
 * query per table for the whole scope (no query per project), the traffic light taken from the
 * status service at `asOf`. Used by the Zeitplan pages and by the report generator, so the
 * browser and the Sachstandsbericht show the same timeline.
 */

export interface TimelineScope {
  /** Only this programme; without it the whole organisation. */
  programmeId?: number;
  /** The date the traffic lights are computed for; also the model's "today" (the Stichtag). */
  asOf: string;
  /** Only these projects (a filtered portfolio); ids of other organisations are ignored. */
  projectIds?: readonly number[];
  /** Project level: this project and all its sub-projects. */
  rootProjectId?: number;
}


/** Above this many ids a scope is read for the organisation and narrowed in memory. */
const MAX_IN_LIST = 500;

const PROJECT_NOT_FOUND = 'Das Projekt wurde nicht gefunden.';

/** A project's phases in plan order. */
const PHASE_ORDER = [asc(projectPhases.sortOrder), asc(projectPhases.startDate), asc(projectPhases.id)];

const parent = alias(projects, 'parent');

function requireProgrammeInOrganisation(db: Db, organisationId: number, programmeId: number): void {
  const row = db
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, organisationId)))
    .get();
  if (!row) {
    throw new AppError('NOT_FOUND', `programme ${programmeId} not found in organisation ${organisationId}`, {
      userMessage: 'Das Programm wurde nicht gefunden.',
    });
  }
}

/** The project ids the scope names, or null for "every project of the organisation/programme". */
function scopedIds(db: Db, organisationId: number, scope: TimelineScope): number[] | null {
  if (scope.rootProjectId !== undefined) {
    const root = requireProjectInOrganisation(db, organisationId, scope.rootProjectId);
    if (scope.programmeId !== undefined && root.programmeId !== scope.programmeId) {
      throw new AppError('NOT_FOUND', `project ${root.id} is not in programme ${scope.programmeId}`, {
        userMessage: PROJECT_NOT_FOUND,
      });
    }
    const tree = projectTree(db, [root.id]);
    return scope.projectIds ? tree.filter((id) => scope.projectIds!.includes(id)) : tree;
  }
  return scope.projectIds ? [...new Set(scope.projectIds)] : null;
}

/**
 * Who may move dates: the steering office (and the system) everything, a project lead the
 * projects it leads or whose parent it leads, everybody else nothing — the rule of
 * assertCanEditProject, which the edit services check again on saving.
 */
function editRule(viewer: Actor | null) {
  if (!viewer) return () => false;
  if (viewer.role === 'system' || hasPermission(viewer.role, 'editPortfolio')) return () => true;
  if (viewer.role !== 'lead' || viewer.userId === null) return () => false;
  const userId = viewer.userId;
  return (p: { leadUserId: number | null; parentLeadUserId: number | null }) =>
    p.leadUserId === userId || p.parentLeadUserId === userId;
}

function push<V>(map: Map<number, V[]>, key: number, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type { TimelineData, TimelineVersions };

/** The model and the versions the reschedule dialog sends back (for the pages). */
export function loadTimeline(db: Db, organisationId: number, scope: TimelineScope, viewer: Actor | null = null): TimelineData {
  if (scope.programmeId !== undefined) requireProgrammeInOrganisation(db, organisationId, scope.programmeId);
  const ids = scopedIds(db, organisationId, scope);
  if (ids !== null && ids.length === 0) {
    const deadlines = readDeadlines(db, organisationId, scope, scope.rootProjectId !== undefined ? [] : null);
    return {
      model: { rows: [], groups: [], dependencies: [], deadlines, today: scope.asOf },
      versions: { projects: {}, milestones: {} },
    };
  }

  // Small scopes are read by id; large ones for the organisation and narrowed here (no huge IN lists).
  const byId = ids !== null && ids.length <= MAX_IN_LIST;
  const projectScope: SQL[] = [eq(projects.organisationId, organisationId)];
  if (scope.programmeId !== undefined) projectScope.push(eq(projects.programmeId, scope.programmeId));
  if (byId) projectScope.push(inArray(projects.id, ids));
  const included = ids === null ? null : new Set(ids);

  const projectRows = db
    .select({
      id: projects.id,
      programmeId: projects.programmeId,
      fieldOfActionId: projects.fieldOfActionId,
      parentId: projects.parentId,
      code: projects.code,
      title: projects.title,
      leadUserId: projects.leadUserId,
      parentLeadUserId: parent.leadUserId,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      baselineStart: projects.baselineStart,
      baselineEnd: projects.baselineEnd,
      maturity: projects.maturity,
      version: projects.version,
    })
    .from(projects)
    .leftJoin(parent, eq(parent.id, projects.parentId))
    .where(and(...projectScope))
    .all()
    .filter((p) => included === null || included.has(p.id));
  const projectIds = projectRows.map((p) => p.id);
  const inScope = new Set(projectIds);

  const childScope = (table: { organisationId: AnySQLiteColumn; projectId: AnySQLiteColumn }) =>
    byId ? and(eq(table.organisationId, organisationId), inArray(table.projectId, projectIds)) : eq(table.organisationId, organisationId);

  const phaseRows = db
    .select({ projectId: projectPhases.projectId, name: projectPhases.name, start: projectPhases.startDate, end: projectPhases.endDate })
    .from(projectPhases)
    .where(childScope(projectPhases))
    .orderBy(...PHASE_ORDER)
    .all();
  const phasesByProject = new Map<number, TimelinePhase[]>();
  for (const phase of phaseRows) {
    if (inScope.has(phase.projectId)) push(phasesByProject, phase.projectId, { name: phase.name, start: phase.start, end: phase.end });
  }

  const milestoneRows = db
    .select({
      id: milestones.id,
      projectId: milestones.projectId,
      title: milestones.title,
      plannedDate: milestones.plannedDate,
      baselineDate: milestones.baselineDate,
      forecastDate: milestones.forecastDate,
      actualDate: milestones.actualDate,
      phase: milestones.phase,
      version: milestones.version,
    })
    .from(milestones)
    .where(childScope(milestones))
    .orderBy(asc(milestones.id))
    .all()
    .filter((m) => inScope.has(m.projectId));
  const milestonesByProject = new Map<number, TimelineMilestone[]>();
  for (const m of milestoneRows) {
    push(milestonesByProject, m.projectId, {
      id: String(m.id),
      title: m.title,
      plannedDate: m.plannedDate,
      baselineDate: m.baselineDate,
      forecastDate: m.forecastDate,
      actualDate: m.actualDate,
      phase: m.phase,
    });
  }

  const dependencies: TimelineDependency[] = db
    .select({ predecessorId: projectDependencies.predecessorId, successorId: projectDependencies.successorId })
    .from(projectDependencies)
    .where(
      byId
        ? and(eq(projectDependencies.organisationId, organisationId), inArray(projectDependencies.successorId, projectIds))
        : eq(projectDependencies.organisationId, organisationId),
    )
    .orderBy(asc(projectDependencies.predecessorId), asc(projectDependencies.successorId))
    .all()
    .filter((d) => inScope.has(d.predecessorId) && inScope.has(d.successorId))
    .map((d) => ({ fromId: String(d.predecessorId), toId: String(d.successorId) }));

  const { data: status } = boardSnapshot(db, organisationId, scope.asOf);
  // Portfolio order (sub-projects right after their parent), as the portfolio table lists them.
  const portfolioOrder = new Map(status.projects.map((p, index) => [p.id, index]));
  // Read by id, the phases above are the scope's only: the organisation's need a query of their own.
  const organisationPhases = byId
    ? db
        .select({ projectId: projectPhases.projectId, name: projectPhases.name })
        .from(projectPhases)
        .where(eq(projectPhases.organisationId, organisationId))
        .orderBy(...PHASE_ORDER)
        .all()
    : phaseRows;
  const organisationNumbering = numberPhases(organisationPhaseOrder(status.projects, organisationPhases));
  projectRows.sort((a, b) => (portfolioOrder.get(a.id) ?? 0) - (portfolioOrder.get(b.id) ?? 0));
  const mayEdit = editRule(viewer);
  const versions: TimelineVersions = { projects: {}, milestones: {} };
  const rows: TimelineProject[] = projectRows.map((p) => {
    const board = status.projectById.get(p.id);
    const editable = mayEdit(p);
    const ownMilestones = milestonesByProject.get(p.id) ?? [];
    if (editable) {
      versions.projects[String(p.id)] = p.version;
    }
    return {
      id: String(p.id),
      groupId: String(p.fieldOfActionId),
      parentId: p.parentId !== null && inScope.has(p.parentId) ? String(p.parentId) : null,
      code: p.code,
      title: p.title,
      status: board?.status ?? null,
      ...(board?.overrideActive
        ? {
            statusLabel: statusText({
              status: board.status,
              computed: board.computed,
              override: { ...board.override!, active: true },
            }),
          }
        : {}),
      maturity: p.maturity as TMaturity,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      baselineStart: p.baselineStart,
      baselineEnd: p.baselineEnd,
      phases: phasesByProject.get(p.id) ?? [],
      milestones: ownMilestones,
      href: projectHref(String(p.id)),
      editable,
    };
  });
  for (const m of milestoneRows) {
    if (versions.projects[String(m.projectId)] !== undefined) versions.milestones[String(m.id)] = m.version;
  }
  // The phases this timeline uses, numbered as on all the organisation's timelines; only these:
  // a project page need not carry every phase name of a large organisation.
  const phaseIndex = new Map<string, number>();
  for (const phases of phasesByProject.values()) {
    for (const { name } of phases) {
      const index = organisationNumbering.get(name);
      if (index !== undefined) phaseIndex.set(name, index);
    }
  }

  return {
    model: {
      rows,
      groups: readGroups(db, organisationId, projectRows),
      dependencies,
      deadlines: readDeadlines(db, organisationId, scope, scope.rootProjectId !== undefined ? projectIds : null),
      today: scope.asOf,
      phaseIndex: Object.fromEntries(phaseIndex),
    },
    versions,
  };
}

/**
 * The organisation's phase names in the order they first occur on its whole Zeitplan (projects in
 * portfolio order, each project's phases in plan order), which numbers the phases' colours. The
 * same for every scope — a programme, a filtered portfolio, one project, the report figure — so a
 * phase keeps the colour the board knows from the whole Zeitplan. `phases`: all phases of the
 * organisation, each project's in plan order.
 */
function organisationPhaseOrder(
  portfolio: readonly { id: number }[],
  phases: readonly { projectId: number; name: string }[],
): string[] {
  const namesByProject = new Map<number, string[]>();
  for (const phase of phases) push(namesByProject, phase.projectId, phase.name);
  const order = new Set<string>();
  for (const project of portfolio) for (const name of namesByProject.get(project.id) ?? []) order.add(name);
  return [...order];
}

/** Fields of action that hold an included project, in programme and plan order. */
function readGroups(
  db: Db,
  organisationId: number,
  projectRows: readonly { fieldOfActionId: number; programmeId: number }[],
): TimelineGroup[] {
  const used = new Set(projectRows.map((p) => p.fieldOfActionId));
  if (used.size === 0) return [];
  const fields = db
    .select({ id: fieldsOfAction.id, title: fieldsOfAction.title, programmeTitle: programmes.title })
    .from(fieldsOfAction)
    .innerJoin(programmes, eq(programmes.id, fieldsOfAction.programmeId))
    .where(eq(fieldsOfAction.organisationId, organisationId))
    .orderBy(asc(programmes.title), asc(fieldsOfAction.sortOrder), asc(fieldsOfAction.id))
    .all()
    .filter((f) => used.has(f.id));
  // Two programmes may both have e.g. "Interne Geschäftsprozesse": then the programme tells them apart.
  const severalProgrammes = new Set(projectRows.map((p) => p.programmeId)).size > 1;
  return fields.map((f) => ({ id: String(f.id), title: severalProgrammes ? `${f.title} (${f.programmeTitle})` : f.title }));
}

/**
 * Legal deadlines as vertical markers. The portfolio shows every dated obligation of its
 * programme (or organisation), also those no project fulfils yet — exactly what the board must
 * see; the project level only those linked to the projects shown.
 */
function readDeadlines(db: Db, organisationId: number, scope: TimelineScope, linkedTo: number[] | null): TimelineDeadline[] {
  const conditions: SQL[] = [eq(legalObligations.organisationId, organisationId), isNotNull(legalObligations.deadline)];
  if (scope.programmeId !== undefined) conditions.push(eq(legalObligations.programmeId, scope.programmeId));
  let rows = db
    .select({
      id: legalObligations.id,
      law: legalObligations.law,
      paragraph: legalObligations.paragraph,
      title: legalObligations.title,
      deadline: legalObligations.deadline,
    })
    .from(legalObligations)
    .where(and(...conditions))
    .orderBy(asc(legalObligations.deadline), asc(legalObligations.id))
    .all();
  if (linkedTo !== null) {
    if (linkedTo.length === 0) return [];
    const linked = new Set(
      db
        .selectDistinct({ obligationId: obligationProjects.obligationId })
        .from(obligationProjects)
        .where(and(eq(obligationProjects.organisationId, organisationId), inArray(obligationProjects.projectId, linkedTo)))
        .all()
        .map((l) => l.obligationId),
    );
    rows = rows.filter((o) => linked.has(o.id));
  }
  return rows.map((o) => ({ id: String(o.id), label: obligationLabel(o.law, o.paragraph), title: o.title, date: o.deadline! }));
}

/**
 * The timeline of an organisation as the shared Gantt model.
 *
 * - `scope.programmeId`: one programme (else all of the organisation);
 * - `scope.projectIds`: only these projects (a filtered portfolio);
 * - `scope.rootProjectId`: project level, the project and all its sub-projects;
 * - `scope.asOf`: Stichtag of the traffic lights and the model's "today";
 * - `viewer`: whose rights decide `editable` (null, e.g. for a report: nothing editable).
 *
 * Throws NOT_FOUND (AppError) for a programme or root project of another organisation.
 */
export function buildTimelineModel(db: Db, organisationId: number, scope: TimelineScope, viewer: Actor | null = null): TimelineModel {
  return loadTimeline(db, organisationId, scope, viewer).model;
}
