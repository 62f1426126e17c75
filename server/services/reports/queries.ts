import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db';
import {
  budgetLines,
  committees,
  decisionProjects,
  decisions,
  fieldsOfAction,
  milestones,
  organisations,
  programmes,
  projects,
  statusUpdates,
} from '../../../db/schema';

/**
 * What the report needs beyond the status service's board data: business keys (the snapshot
 * and its diff match by key, not by row id), every milestone date, dated decisions and
 * Statusmeldungen up to the Stichtag, and the budget lines. One query per table for the
 * whole programme, so the cost does not grow with queries per project.
 */
export function reportQueries(db: Db, organisationId: number, programmeId: number, asOfDate: string) {
  return {
    organisation: () =>
      db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).get(),
    programme: () =>
      db
        .select({ id: programmes.id, title: programmes.title, leadUnit: programmes.leadUnit })
        .from(programmes)
        .where(and(eq(programmes.organisationId, organisationId), eq(programmes.id, programmeId)))
        .get(),
    fieldsOfAction: () =>
      db
        .select({ id: fieldsOfAction.id, key: fieldsOfAction.key, title: fieldsOfAction.title })
        .from(fieldsOfAction)
        .where(and(eq(fieldsOfAction.organisationId, organisationId), eq(fieldsOfAction.programmeId, programmeId)))
        .orderBy(asc(fieldsOfAction.sortOrder), asc(fieldsOfAction.id))
        .all(),
    projects: () =>
      db
        .select({
          id: projects.id,
          key: projects.key,
          plannedEnd: projects.plannedEnd,
          baselineEnd: projects.baselineEnd,
        })
        .from(projects)
        .where(and(eq(projects.organisationId, organisationId), eq(projects.programmeId, programmeId)))
        .all(),
    milestones: () =>
      db
        .select({
          projectId: milestones.projectId,
          key: milestones.key,
          title: milestones.title,
          plannedDate: milestones.plannedDate,
          baselineDate: milestones.baselineDate,
          forecastDate: milestones.forecastDate,
          actualDate: milestones.actualDate,
        })
        .from(milestones)
        .innerJoin(projects, eq(projects.id, milestones.projectId))
        .where(and(eq(milestones.organisationId, organisationId), eq(projects.programmeId, programmeId)))
        .orderBy(
          asc(sql`coalesce(${milestones.actualDate}, ${milestones.forecastDate}, ${milestones.plannedDate}, '9999-12-31')`),
          asc(milestones.id),
        )
        .all(),
    /** Decisions taken up to the Stichtag, with the projects they concern. */
    decisions: () =>
      db
        .select({
          projectId: decisionProjects.projectId,
          key: decisions.key,
          date: decisions.date,
          subject: decisions.subject,
          committee: committees.name,
        })
        .from(decisions)
        .innerJoin(decisionProjects, eq(decisionProjects.decisionId, decisions.id))
        .innerJoin(committees, eq(committees.id, decisions.committeeId))
        .where(
          and(
            eq(decisions.organisationId, organisationId),
            eq(decisions.programmeId, programmeId),
            lte(decisions.date, asOfDate),
          ),
        )
        .orderBy(asc(decisions.date), asc(decisions.id))
        .all(),
    /** The latest Statusmeldung per project dated on or before the Stichtag. */
    latestStatusTexts: () =>
      db
        .select({ projectId: statusUpdates.projectId, text: statusUpdates.text, date: statusUpdates.date })
        .from(statusUpdates)
        .innerJoin(projects, eq(projects.id, statusUpdates.projectId))
        .where(
          and(
            eq(statusUpdates.organisationId, organisationId),
            eq(projects.programmeId, programmeId),
            eq(
              statusUpdates.id,
              sql`(SELECT s2.id FROM ${statusUpdates} s2 WHERE s2.project_id = ${statusUpdates.projectId} AND s2.date <= ${asOfDate} ORDER BY s2.date DESC, s2.id DESC LIMIT 1)`,
            ),
          ),
        )
        .all(),
    budgetLines: () =>
      db
        .select({
          year: budgetLines.year,
          kind: budgetLines.kind,
          fundingSource: budgetLines.fundingSource,
          plan: budgetLines.plan,
          actual: budgetLines.actual,
          positions: budgetLines.positions,
        })
        .from(budgetLines)
        .where(and(eq(budgetLines.organisationId, organisationId), eq(budgetLines.programmeId, programmeId)))
        .all(),
  };
}
