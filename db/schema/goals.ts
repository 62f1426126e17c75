import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, isoDate, isoDateCheck, organisationId, version } from './columns';
import { programmes, projects } from './portfolio';

/**
 * Wirkungsorientierte Steuerung: impact goals (W) → output goals (L) → measures (M), one table
 * with a kind and a parent; KPIs (K) hang off any goal and carry yearly plan/actual values.
 */
export const goals = sqliteTable(
  'goals',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    key: text('key').notNull(),
    kind: text('kind', { enum: ['impact', 'output', 'measure'] }).notNull(),
    parentId: integer('parent_id'),
    text: text('text').notNull(),
    dueDate: isoDate('due_date'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.parentId], foreignColumns: [t.organisationId, t.id] }).onDelete('cascade'),
    uniqueIndex('goals_programme_key_unique').on(t.programmeId, t.key),
    uniqueIndex('goals_org_id_unique').on(t.organisationId, t.id),
    index('goals_parent_idx').on(t.parentId),
    check('goals_kind_check', sql`${t.kind} IN ('impact', 'output', 'measure')`),
    check('goals_impact_root_check', sql`${t.kind} <> 'impact' OR ${t.parentId} IS NULL`),
    check('goals_due_date_check', isoDateCheck('due_date')),
    check('goals_text_check', sql`length(trim(${t.text})) > 0`),
  ],
);

export const projectGoals = sqliteTable(
  'project_goals',
  {
    organisationId: organisationId(),
    projectId: integer('project_id').notNull(),
    goalId: integer('goal_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.goalId] }),
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.goalId], foreignColumns: [goals.organisationId, goals.id] }).onDelete('cascade'),
    index('project_goals_goal_idx').on(t.goalId),
  ],
);

export const kpis = sqliteTable(
  'kpis',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    goalId: integer('goal_id'),
    key: text('key').notNull(),
    title: text('title').notNull(),
    unit: text('unit', { enum: ['count', 'percent', 'yesno', 'euro'] }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.goalId], foreignColumns: [goals.organisationId, goals.id] }).onDelete('set null'),
    uniqueIndex('kpis_programme_key_unique').on(t.programmeId, t.key),
    uniqueIndex('kpis_org_id_unique').on(t.organisationId, t.id),
    index('kpis_goal_idx').on(t.goalId),
    check('kpis_unit_check', sql`${t.unit} IN ('count', 'percent', 'yesno', 'euro')`),
    check('kpis_title_check', sql`length(trim(${t.title})) > 0`),
  ],
);

export const kpiValues = sqliteTable(
  'kpi_values',
  {
    id: id(),
    organisationId: organisationId(),
    kpiId: integer('kpi_id').notNull(),
    year: integer('year').notNull(),
    plan: real('plan'),
    actual: real('actual'),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.kpiId], foreignColumns: [kpis.organisationId, kpis.id] }).onDelete('cascade'),
    uniqueIndex('kpi_values_kpi_year_unique').on(t.kpiId, t.year),
    check('kpi_values_year_check', sql`${t.year} BETWEEN 1990 AND 2100`),
  ],
);
