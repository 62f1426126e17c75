import { sql } from 'drizzle-orm';
import { blob, check, foreignKey, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, isoDate, isoDateCheck, organisationId } from './columns';
import { committees } from './organisation';
import { programmes } from './portfolio';

/**
 * A Sachstandsbericht: an immutable snapshot of the portfolio at a Stichtag with its rendered
 * files. Triggers (see migrations) refuse changes to a released report's content.
 */
export const progressReports = sqliteTable(
  'progress_reports',
  {
    id: id(),
    organisationId: organisationId(),
    programmeId: integer('programme_id').notNull(),
    committeeId: integer('committee_id').notNull(),
    asOfDate: isoDate('as_of_date').notNull(),
    meetingDate: isoDate('meeting_date'),
    title: text('title').notNull(),
    state: text('state', { enum: ['draft', 'released', 'superseded'] }).notNull().default('draft'),
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    pdfSha256: text('pdf_sha256').notNull(),
    docx: blob('docx', { mode: 'buffer' }).notNull(),
    docxSha256: text('docx_sha256').notNull(),
    createdByUserId: integer('created_by_user_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
    releasedAt: integer('released_at', { mode: 'timestamp_ms' }),
    releasedByName: text('released_by_name'),
    supersedesId: integer('supersedes_id'),
    /**
     * REPORT_RENDERER_VERSION (server/reports/renderer-version.ts) of the renderer that produced
     * pdf and docx; null for reports stored before the version was recorded (an earlier renderer).
     */
    rendererVersion: integer('renderer_version'),
  },
  (t) => [
    foreignKey({ columns: [t.organisationId, t.programmeId], foreignColumns: [programmes.organisationId, programmes.id] }),
    foreignKey({ columns: [t.organisationId, t.committeeId], foreignColumns: [committees.organisationId, committees.id] }),
    index('progress_reports_org_committee_idx').on(t.organisationId, t.committeeId, t.asOfDate),
    check('progress_reports_state_check', sql`${t.state} IN ('draft', 'released', 'superseded')`),
    check('progress_reports_as_of_check', isoDateCheck('as_of_date')),
    check('progress_reports_meeting_check', isoDateCheck('meeting_date')),
    check(
      'progress_reports_renderer_version_check',
      sql`${t.rendererVersion} IS NULL OR (typeof(${t.rendererVersion}) = 'integer' AND ${t.rendererVersion} >= 1)`,
    ),
  ],
);
