import { and, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db';
import {
  auditLog,
  fieldsOfAction,
  goals,
  kpis,
  kpiValues,
  legalObligations,
  milestones,
  obligationProjects,
  programmes,
  projectGoals,
  projects,
  statusOverrides,
  statusUpdates,
} from '../../../db/schema';
import { auditWindowStart } from './window';

/*
 * The SELECTs are built by the functions below with an optional extra condition, so that the
 * patch after a write (board-patch.ts) reloads a few projects' rows with exactly the filters,
 * columns and order of the full load.
 */

function projectRows(db: Db, organisationId: number, only?: SQL) {
  return db
    .select({
      id: projects.id,
      programmeId: projects.programmeId,
      fieldOfActionId: projects.fieldOfActionId,
      parentId: projects.parentId,
      code: projects.code,
      title: projects.title,
      responsibleUnit: projects.responsibleUnit,
      responsiblePerson: projects.responsiblePerson,
      leadUserId: projects.leadUserId,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      maturity: projects.maturity,
      sortOrder: projects.sortOrder,
    })
    .from(projects)
    .where(and(eq(projects.organisationId, organisationId), only));
}

/**
 * Only milestones a rule can flag at asOf or earlier: not reached, and planned before asOf or
 * with a forecast behind its baseline. Reached and future ones never give a reason; the
 * rules need them only to know that the project has dated data (`datedMilestoneProjects`).
 * Cuts the rows read from 100,000 to the few that matter (see ADR 003).
 */
function openMilestoneRows(db: Db, organisationId: number, asOf: string, only?: SQL) {
  return db
    .select({
      projectId: milestones.projectId,
      title: milestones.title,
      plannedDate: milestones.plannedDate,
      baselineDate: milestones.baselineDate,
      forecastDate: milestones.forecastDate,
      actualDate: milestones.actualDate,
    })
    .from(milestones)
    .where(
      and(
        eq(milestones.organisationId, organisationId),
        isNull(milestones.actualDate),
        or(lt(milestones.plannedDate, asOf), gt(milestones.forecastDate, milestones.baselineDate)),
        only,
      ),
    )
    .orderBy(milestones.id);
}

function datedMilestoneProjectRows(db: Db, organisationId: number, only?: SQL) {
  return db
    .selectDistinct({ projectId: milestones.projectId })
    .from(milestones)
    .where(
      and(
        eq(milestones.organisationId, organisationId),
        sql`coalesce(${milestones.plannedDate}, ${milestones.baselineDate}, ${milestones.forecastDate}, ${milestones.actualDate}) IS NOT NULL`,
        only,
      ),
    );
}

function kpiRows(db: Db, organisationId: number, only?: SQL) {
  return db
    .select({
      id: kpis.id,
      programmeId: kpis.programmeId,
      goalId: kpis.goalId,
      key: kpis.key,
      title: kpis.title,
      unit: kpis.unit,
      sortOrder: kpis.sortOrder,
    })
    .from(kpis)
    .where(and(eq(kpis.organisationId, organisationId), only));
}

function kpiValueRows(db: Db, organisationId: number, only?: SQL) {
  return db
    .select({ kpiId: kpiValues.kpiId, year: kpiValues.year, plan: kpiValues.plan, actual: kpiValues.actual })
    .from(kpiValues)
    .where(and(eq(kpiValues.organisationId, organisationId), only))
    .orderBy(kpiValues.kpiId, kpiValues.year);
}

/** All overrides, revoked ones included: the status 30 days ago needs the history. */
function overrideRows(db: Db, organisationId: number, only?: SQL) {
  return db
    .select({
      id: statusOverrides.id,
      projectId: statusOverrides.projectId,
      status: statusOverrides.status,
      justification: statusOverrides.justification,
      authorName: statusOverrides.authorName,
      validFrom: statusOverrides.validFrom,
      expiresAt: statusOverrides.expiresAt,
      revokedAt: statusOverrides.revokedAt,
      createdAt: statusOverrides.createdAt,
    })
    .from(statusOverrides)
    .where(and(eq(statusOverrides.organisationId, organisationId), only))
    .orderBy(statusOverrides.createdAt, statusOverrides.id);
}

/** The latest Statusmeldung per project (index status_updates_project_date_idx). */
function latestStatusUpdateRows(db: Db, organisationId: number, only?: SQL) {
  return db
    .select({
      id: statusUpdates.id,
      projectId: statusUpdates.projectId,
      date: statusUpdates.date,
      status: statusUpdates.status,
      text: statusUpdates.text,
      authorName: statusUpdates.authorName,
    })
    .from(statusUpdates)
    .where(
      and(
        eq(statusUpdates.organisationId, organisationId),
        eq(
          statusUpdates.id,
          sql`(SELECT s2.id FROM ${statusUpdates} s2 WHERE s2.project_id = ${statusUpdates.projectId} ORDER BY s2.date DESC, s2.id DESC LIMIT 1)`,
        ),
        only,
      ),
    );
}

/**
 * The set-based SELECTs behind every board view: one per table, each for the whole organisation,
 * so the number of queries does not grow with the number of projects (no N+1). They are plain
 * Drizzle builders so that the benchmark can run the very same SQL (`toSQL()`) directly.
 */
export function boardQueries(db: Db, organisationId: number, asOf: string) {
  const auditSince = auditWindowStart(asOf);
  return {
    programmes: db
      .select({
        id: programmes.id,
        title: programmes.title,
        statusThresholds: programmes.statusThresholds,
        version: programmes.version,
      })
      .from(programmes)
      .where(eq(programmes.organisationId, organisationId)),
    fieldsOfAction: db
      .select({
        id: fieldsOfAction.id,
        programmeId: fieldsOfAction.programmeId,
        title: fieldsOfAction.title,
        sortOrder: fieldsOfAction.sortOrder,
      })
      .from(fieldsOfAction)
      .where(eq(fieldsOfAction.organisationId, organisationId)),
    projects: projectRows(db, organisationId),
    openMilestones: openMilestoneRows(db, organisationId, asOf),
    datedMilestoneProjects: datedMilestoneProjectRows(db, organisationId),
    obligations: db
      .select({
        id: legalObligations.id,
        programmeId: legalObligations.programmeId,
        key: legalObligations.key,
        law: legalObligations.law,
        paragraph: legalObligations.paragraph,
        title: legalObligations.title,
        deadline: legalObligations.deadline,
        bindingness: legalObligations.bindingness,
      })
      .from(legalObligations)
      .where(eq(legalObligations.organisationId, organisationId)),
    obligationLinks: db
      .select({ obligationId: obligationProjects.obligationId, projectId: obligationProjects.projectId })
      .from(obligationProjects)
      .where(eq(obligationProjects.organisationId, organisationId)),
    goals: db
      .select({
        id: goals.id,
        programmeId: goals.programmeId,
        key: goals.key,
        kind: goals.kind,
        parentId: goals.parentId,
        text: goals.text,
        dueDate: goals.dueDate,
        sortOrder: goals.sortOrder,
      })
      .from(goals)
      .where(eq(goals.organisationId, organisationId)),
    goalLinks: db
      .select({ projectId: projectGoals.projectId, goalId: projectGoals.goalId })
      .from(projectGoals)
      .where(eq(projectGoals.organisationId, organisationId)),
    kpis: kpiRows(db, organisationId),
    kpiValues: kpiValueRows(db, organisationId),
    overrides: overrideRows(db, organisationId),
    latestStatusUpdates: latestStatusUpdateRows(db, organisationId),
    recentStatusUpdates: (sinceDate: string) =>
      db
        .select({
          id: statusUpdates.id,
          projectId: statusUpdates.projectId,
          date: statusUpdates.date,
          status: statusUpdates.status,
          text: statusUpdates.text,
          authorName: statusUpdates.authorName,
        })
        .from(statusUpdates)
        .where(and(eq(statusUpdates.organisationId, organisationId), gte(statusUpdates.date, sinceDate)))
        .orderBy(desc(statusUpdates.date), desc(statusUpdates.id)),
    recentAudit: db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        projectId: auditLog.projectId,
        summary: auditLog.summary,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, organisationId), gte(auditLog.at, auditSince)))
      .orderBy(auditLog.id),
  };
}

/** The rows of the full load that belong to some projects (and KPIs): a patch reloads only these. */
export function boardQueriesFor(db: Db, organisationId: number, asOf: string, projectIds: number[], kpiIds: number[]) {
  return {
    projects: projectRows(db, organisationId, inArray(projects.id, projectIds)),
    openMilestones: openMilestoneRows(db, organisationId, asOf, inArray(milestones.projectId, projectIds)),
    datedMilestoneProjects: datedMilestoneProjectRows(db, organisationId, inArray(milestones.projectId, projectIds)),
    overrides: overrideRows(db, organisationId, inArray(statusOverrides.projectId, projectIds)),
    latestStatusUpdates: latestStatusUpdateRows(db, organisationId, inArray(statusUpdates.projectId, projectIds)),
    kpis: kpiRows(db, organisationId, inArray(kpis.id, kpiIds)),
    kpiValues: kpiValueRows(db, organisationId, inArray(kpiValues.kpiId, kpiIds)),
  };
}

export type BoardQueries = ReturnType<typeof boardQueries>;

/** The SELECTs one board load runs (board-data.ts); the benchmark times exactly these. */
export function boardLoadSelects(q: BoardQueries) {
  return [
    q.programmes,
    q.fieldsOfAction,
    q.datedMilestoneProjects,
    q.openMilestones,
    q.obligations,
    q.obligationLinks,
    q.kpiValues,
    q.kpis,
    q.goalLinks,
    q.overrides,
    q.latestStatusUpdates,
    q.projects,
    q.goals,
  ];
}
