import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { createdAt, id, isoDate, isoDateCheck, organisationId, updatedAt, version } from './columns';
import { organisations, users } from './organisation';

/**
 * Every child row repeats its organisation_id and references its parent through the composite
 * key (organisation_id, id). The database itself therefore refuses a link across organisations.
 */

export const programmes = sqliteTable(
  'programmes',
  {
    id: id(),
    organisationId: organisationId().references(() => organisations.id),
    key: text('key').notNull(),
    title: text('title').notNull(),
    versionLabel: text('version_label'),
    asOfDate: isoDate('as_of_date'),
    description: text('description'),
    leadUnit: text('lead_unit'),
    /** Traffic-light thresholds (JSON, validated by ZStatusThresholds); null = defaults. */
    statusThresholds: text('status_thresholds', { mode: 'json' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('programmes_org_key_unique').on(t.organisationId, t.key),
    uniqueIndex('programmes_org_id_unique').on(t.organisationId, t.id),
    check('programmes_as_of_date_check', isoDateCheck('as_of_date')),
    check('programmes_title_check', sql`length(trim(${t.title})) > 0`),
  ],
);

export const fieldsOfAction = sqliteTable(
  'fields_of_action',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    uniqueIndex('fields_of_action_programme_key_unique').on(t.programmeId, t.key),
    uniqueIndex('fields_of_action_org_id_unique').on(t.organisationId, t.id),
    check('fields_of_action_title_check', sql`length(trim(${t.title})) > 0`),
  ],
);

export const projects = sqliteTable(
  'projects',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    fieldOfActionId: integer('field_of_action_id').notNull(),
    parentId: integer('parent_id'),
    key: text('key').notNull(),
    code: text('code'),
    title: text('title').notNull(),
    description: text('description'),
    responsibleUnit: text('responsible_unit'),
    responsiblePerson: text('responsible_person'),
    involvedParties: text('involved_parties'),
    /** The user with the `lead` role who may edit this project. */
    leadUserId: integer('lead_user_id'),
    plannedStart: isoDate('planned_start'),
    plannedEnd: isoDate('planned_end'),
    baselineStart: isoDate('baseline_start'),
    baselineEnd: isoDate('baseline_end'),
    maturity: integer('maturity').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.fieldOfActionId], foreignColumns: [fieldsOfAction.organisationId, fieldsOfAction.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.parentId], foreignColumns: [t.organisationId, t.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.leadUserId], foreignColumns: [users.organisationId, users.id] }),
    uniqueIndex('projects_programme_key_unique').on(t.programmeId, t.key),
    uniqueIndex('projects_org_id_unique').on(t.organisationId, t.id),
    index('projects_field_idx').on(t.fieldOfActionId),
    index('projects_parent_idx').on(t.parentId),
    index('projects_org_programme_idx').on(t.organisationId, t.programmeId),
    check('projects_maturity_check', sql`${t.maturity} IN (1, 2, 3)`),
    check('projects_not_own_parent_check', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check('projects_title_check', sql`length(trim(${t.title})) > 0`),
    check('projects_planned_start_check', isoDateCheck('planned_start')),
    check('projects_planned_end_check', isoDateCheck('planned_end')),
    check('projects_baseline_start_check', isoDateCheck('baseline_start')),
    check('projects_baseline_end_check', isoDateCheck('baseline_end')),
    check(
      'projects_planned_order_check',
      sql`${t.plannedStart} IS NULL OR ${t.plannedEnd} IS NULL OR ${t.plannedEnd} >= ${t.plannedStart}`,
    ),
  ],
);

/** "DMS before E-Akte": the successor depends on the predecessor. */
export const projectDependencies = sqliteTable(
  'project_dependencies',
  {
    organisationId: organisationId(),
    predecessorId: integer('predecessor_id').notNull(),
    successorId: integer('successor_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    foreignKey({ columns: [t.organisationId, t.predecessorId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.successorId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('project_dependencies_successor_idx').on(t.successorId),
    check('project_dependencies_not_self_check', sql`${t.predecessorId} <> ${t.successorId}`),
  ],
);

export const projectPhases = sqliteTable(
  'project_phases',
  {
    id: id(),
    organisationId: organisationId(),
    projectId: integer('project_id').notNull(),
    name: text('name').notNull(),
    startDate: isoDate('start_date').notNull(),
    endDate: isoDate('end_date').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('project_phases_project_idx').on(t.projectId),
    check('project_phases_start_check', isoDateCheck('start_date')),
    check('project_phases_end_check', isoDateCheck('end_date')),
    check('project_phases_order_check', sql`${t.endDate} >= ${t.startDate}`),
    check('project_phases_name_check', sql`length(trim(${t.name})) > 0`),
  ],
);

export const milestones = sqliteTable(
  'milestones',
  {
    id: id(),
    organisationId: organisationId(),
    projectId: integer('project_id').notNull(),
    key: text('key').notNull(),
    title: text('title').notNull(),
    plannedDate: isoDate('planned_date'),
    /** The date first agreed; slip = forecast (or planned) minus baseline. */
    baselineDate: isoDate('baseline_date'),
    forecastDate: isoDate('forecast_date'),
    actualDate: isoDate('actual_date'),
    phase: text('phase'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    uniqueIndex('milestones_project_key_unique').on(t.projectId, t.key),
    index('milestones_project_idx').on(t.projectId),
    check('milestones_planned_check', isoDateCheck('planned_date')),
    check('milestones_baseline_check', isoDateCheck('baseline_date')),
    check('milestones_forecast_check', isoDateCheck('forecast_date')),
    check('milestones_actual_check', isoDateCheck('actual_date')),
    check('milestones_title_check', sql`length(trim(${t.title})) > 0`),
  ],
);

export const statusUpdates = sqliteTable(
  'status_updates',
  {
    id: id(),
    organisationId: organisationId(),
    projectId: integer('project_id').notNull(),
    date: isoDate('date').notNull(),
    status: text('status', { enum: ['red', 'amber', 'green'] }).notNull(),
    text: text('text').notNull(),
    authorName: text('author_name').notNull(),
    authorUserId: integer('author_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('status_updates_project_date_idx').on(t.projectId, t.date),
    check('status_updates_status_check', sql`${t.status} IN ('red', 'amber', 'green')`),
    check('status_updates_date_check', isoDateCheck('date')),
  ],
);

/** A manual override of the computed traffic light; the computed value stays visible. */
export const statusOverrides = sqliteTable(
  'status_overrides',
  {
    id: id(),
    organisationId: organisationId(),
    projectId: integer('project_id').notNull(),
    status: text('status', { enum: ['red', 'amber', 'green'] }).notNull(),
    justification: text('justification').notNull(),
    authorUserId: integer('author_user_id'),
    authorName: text('author_name').notNull(),
    validFrom: isoDate('valid_from').notNull(),
    expiresAt: isoDate('expires_at'),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('status_overrides_project_idx').on(t.projectId),
    check('status_overrides_status_check', sql`${t.status} IN ('red', 'amber', 'green')`),
    check('status_overrides_justification_check', sql`length(trim(${t.justification})) > 0`),
    check('status_overrides_valid_from_check', isoDateCheck('valid_from')),
    check('status_overrides_expires_check', isoDateCheck('expires_at')),
    check('status_overrides_order_check', sql`${t.expiresAt} IS NULL OR ${t.expiresAt} > ${t.validFrom}`),
  ],
);

export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    projectId: integer('project_id'),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['consumptive', 'investive'] }).notNull(),
    fundingSource: text('funding_source'),
    description: text('description'),
    plan: real('plan'),
    actual: real('actual'),
    /** Staff positions (Stellen), e.g. 2.0. */
    positions: real('positions'),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('budget_lines_project_idx').on(t.projectId),
    index('budget_lines_programme_idx').on(t.programmeId),
    check('budget_lines_kind_check', sql`${t.kind} IN ('consumptive', 'investive')`),
    check('budget_lines_year_check', sql`${t.year} BETWEEN 1990 AND 2100`),
    check('budget_lines_positions_check', sql`${t.positions} IS NULL OR ${t.positions} >= 0`),
  ],
);
