import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, isoDate, isoDateCheck, organisationId, version } from './columns';
import { committees } from './organisation';
import { programmes, projects } from './portfolio';

export const legalObligations = sqliteTable(
  'legal_obligations',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    key: text('key').notNull(),
    law: text('law').notNull(),
    paragraph: text('paragraph').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    deadline: isoDate('deadline'),
    bindingness: text('bindingness', { enum: ['mandatory', 'should', 'may'] }).notNull(),
    version: version(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    uniqueIndex('legal_obligations_programme_key_unique').on(t.programmeId, t.key),
    uniqueIndex('legal_obligations_org_id_unique').on(t.organisationId, t.id),
    index('legal_obligations_deadline_idx').on(t.organisationId, t.deadline),
    check('legal_obligations_bindingness_check', sql`${t.bindingness} IN ('mandatory', 'should', 'may')`),
    check('legal_obligations_deadline_check', isoDateCheck('deadline')),
  ],
);

export const obligationProjects = sqliteTable(
  'obligation_projects',
  {
    organisationId: organisationId(),
    obligationId: integer('obligation_id').notNull(),
    projectId: integer('project_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.obligationId, t.projectId] }),
    foreignKey({ columns: [t.organisationId, t.obligationId], foreignColumns: [legalObligations.organisationId, legalObligations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('obligation_projects_project_idx').on(t.projectId),
  ],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    committeeId: integer('committee_id').notNull(),
    key: text('key').notNull(),
    date: isoDate('date').notNull(),
    subject: text('subject').notNull(),
    outcome: text('outcome'),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.committeeId], foreignColumns: [committees.organisationId, committees.id] }),
    uniqueIndex('decisions_programme_key_unique').on(t.programmeId, t.key),
    uniqueIndex('decisions_org_id_unique').on(t.organisationId, t.id),
    check('decisions_date_check', isoDateCheck('date')),
  ],
);

export const decisionProjects = sqliteTable(
  'decision_projects',
  {
    organisationId: organisationId(),
    decisionId: integer('decision_id').notNull(),
    projectId: integer('project_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.decisionId, t.projectId] }),
    foreignKey({ columns: [t.organisationId, t.decisionId], foreignColumns: [decisions.organisationId, decisions.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.organisationId, t.projectId], foreignColumns: [projects.organisationId, projects.id] }).onDelete('cascade'),
    index('decision_projects_project_idx').on(t.projectId),
  ],
);
