import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db';
import { fieldsOfAction, programmes, projects, users } from '../../db/schema';
import { AppError } from '../errors';

export function listProgrammes(db: Db, organisationId: number) {
  return db
    .select({
      id: programmes.id,
      key: programmes.key,
      title: programmes.title,
      versionLabel: programmes.versionLabel,
      asOfDate: programmes.asOfDate,
      leadUnit: programmes.leadUnit,
      version: programmes.version,
    })
    .from(programmes)
    .where(eq(programmes.organisationId, organisationId))
    .orderBy(asc(programmes.title))
    .all();
}

/** All projects of the organisation with their field of action, ordered for the portfolio table. */
export function listProjects(db: Db, organisationId: number, programmeIds?: number[]) {
  return db
    .select({
      id: projects.id,
      key: projects.key,
      code: projects.code,
      title: projects.title,
      parentId: projects.parentId,
      programmeId: projects.programmeId,
      fieldOfActionId: projects.fieldOfActionId,
      fieldOfActionTitle: fieldsOfAction.title,
      fieldOfActionOrder: fieldsOfAction.sortOrder,
      programmeTitle: programmes.title,
      responsibleUnit: projects.responsibleUnit,
      responsiblePerson: projects.responsiblePerson,
      leadUserId: projects.leadUserId,
      leadName: users.displayName,
      plannedStart: projects.plannedStart,
      plannedEnd: projects.plannedEnd,
      maturity: projects.maturity,
      sortOrder: projects.sortOrder,
      version: projects.version,
    })
    .from(projects)
    .innerJoin(fieldsOfAction, eq(fieldsOfAction.id, projects.fieldOfActionId))
    .innerJoin(programmes, eq(programmes.id, projects.programmeId))
    .leftJoin(users, eq(users.id, projects.leadUserId))
    .where(
      programmeIds && programmeIds.length
        ? and(eq(projects.organisationId, organisationId), inArray(projects.programmeId, programmeIds))
        : eq(projects.organisationId, organisationId),
    )
    .orderBy(asc(programmes.title), asc(fieldsOfAction.sortOrder), asc(projects.sortOrder), asc(projects.id))
    .all();
}

/** Loads a project only if it belongs to the organisation; otherwise NOT_FOUND (no existence leak). */
export function requireProjectInOrganisation(db: Db, organisationId: number, projectId: number) {
  const row = db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.organisationId, organisationId)))
    .get();
  if (!row) {
    throw new AppError('NOT_FOUND', `project ${projectId} not found in organisation ${organisationId}`, {
      userMessage: 'Das Projekt wurde nicht gefunden.',
    });
  }
  return row;
}
