import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db';
import { committees, progressReports } from '../../../db/schema';
import { formatDate } from '../../../shared/dates/format';
import { defaultResolution, ZReportSnapshot, type TReportSnapshot } from '../../../shared/schemas/report';
import {
  ZReportGenerate,
  type TReportCommitteeChoice,
  type TReportGenerate,
  type TReportSupersede,
} from '../../../shared/schemas/report-request';
import { AppError } from '../../errors';
import { documentTitle } from '../../reports/content';
import { REPORT_RENDERER_VERSION } from '../../reports/renderer-version';
import type { Actor } from '../actor';
import { appendAudit, type Tx } from '../audit';
import { latestReleasedReport, requireReadableReport, requireReportPermission } from './access';
import { renderReportFiles } from './render';
import { buildReportSnapshot } from './snapshot';
import { reportTimelineFigure } from './timeline';

/**
 * Generating a Sachstandsbericht: the snapshot is read from the database as of the Stichtag,
 * compared with the committee's previous released report, rendered to PDF and DOCX, and stored
 * with both files, their SHA-256 and the renderer version in one transaction with its audit row. The result is a
 * draft; releasing it is a separate, audited step (release.ts).
 */

interface CommitteeRef {
  /** null: a new committee, created in the transaction that stores the report. */
  id: number | null;
  name: string;
}

function findCommitteeByName(tx: Tx, organisationId: number, name: string) {
  return tx
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(and(eq(committees.organisationId, organisationId), sql`lower(${committees.name}) = lower(${name})`))
    .get();
}

function resolveCommittee(tx: Tx, actor: Actor, choice: TReportCommitteeChoice): CommitteeRef {
  if (choice.kind === 'new') {
    // "Kreistag" typed again is the existing Kreistag, not a second committee.
    return findCommitteeByName(tx, actor.organisationId, choice.name) ?? { id: null, name: choice.name };
  }
  const row = tx
    .select({ id: committees.id, name: committees.name, organisationId: committees.organisationId })
    .from(committees)
    .where(eq(committees.id, choice.committeeId))
    .get();
  if (!row || row.organisationId !== actor.organisationId) {
    throw new AppError('NOT_FOUND', `committee ${choice.committeeId} not found in organisation ${actor.organisationId}`, {
      userMessage: 'Das Gremium wurde nicht gefunden.',
    });
  }
  return { id: row.id, name: row.name };
}

function previousReportOf(tx: Tx, actor: Actor, programmeId: number, committee: CommitteeRef) {
  if (committee.id === null) return null;
  const row = latestReleasedReport(tx, actor.organisationId, programmeId, committee.id);
  return row ? { id: row.id, asOfDate: row.asOfDate, snapshot: ZReportSnapshot.parse(row.snapshot) } : null;
}

export interface GeneratedReport {
  id: number;
  title: string;
  state: 'draft';
  asOfDate: string;
  committee: string;
  previousReportId: number | null;
  changes: number;
  pdfSha256: string;
  docxSha256: string;
}

export async function generateReport(db: Db, actor: Actor, input: TReportGenerate, today: string): Promise<GeneratedReport> {
  requireReportPermission(actor, 'generateReports');
  if (input.asOfDate > today) {
    throw new AppError('INVALID_INPUT', `as-of date ${input.asOfDate} is after today ${today}`, {
      userMessage: 'Der Stichtag darf nicht in der Zukunft liegen.',
      details: { field: 'asOfDate' },
    });
  }
  const committee = resolveCommittee(db, actor, input.committee);
  const previous = previousReportOf(db, actor, input.programmeId, committee);
  if (previous && input.asOfDate < previous.asOfDate) {
    throw new AppError('INVALID_INPUT', `as-of date ${input.asOfDate} before the released report ${previous.id}`, {
      userMessage: `Der Stichtag liegt vor dem des zuletzt freigegebenen Berichts an dieses Gremium (${formatDate(previous.asOfDate)}).`,
      details: { field: 'asOfDate' },
    });
  }

  const snapshot = buildReportSnapshot(db, actor.organisationId, {
    programmeId: input.programmeId,
    asOfDate: input.asOfDate,
    generatedAt: new Date(),
    content: {
      committee: committee.name,
      meetingDate: input.meetingDate,
      subject: input.subject,
      leadUnit: input.leadUnit,
      vorlageNumber: input.vorlageNumber,
      sections: input.sections,
      resolution: input.resolution,
    },
    previous,
    timeline: input.sections.timeline.enabled
      ? reportTimelineFigure(db, actor.organisationId, input.programmeId, input.asOfDate)
      : undefined,
  });
  const files = await renderReportFiles(snapshot);

  return db.transaction((tx) => {
    const committeeId = committee.id ?? createCommittee(tx, actor, committee.name);
    // The diff was computed against the latest released report; it must still be the latest.
    const latest = latestReleasedReport(tx, actor.organisationId, input.programmeId, committeeId);
    if ((latest?.id ?? null) !== (previous?.id ?? null)) {
      throw new AppError('CONFLICT', `a report of committee ${committeeId} was released while generating`, {
        userMessage: 'Während der Erzeugung wurde ein anderer Bericht an dieses Gremium freigegeben. Bitte erzeugen Sie den Bericht erneut.',
      });
    }
    const title = documentTitle(snapshot);
    const row = tx
      .insert(progressReports)
      .values({
        organisationId: actor.organisationId,
        programmeId: input.programmeId,
        committeeId,
        asOfDate: snapshot.meta.asOfDate,
        meetingDate: snapshot.meta.meetingDate,
        title,
        state: 'draft',
        snapshot,
        pdf: files.pdf,
        pdfSha256: files.pdfSha256,
        docx: files.docx,
        docxSha256: files.docxSha256,
        rendererVersion: REPORT_RENDERER_VERSION,
        createdByUserId: actor.userId,
        createdByName: actor.displayName,
      })
      .returning({ id: progressReports.id })
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'create',
      entity: 'progressReport',
      entityId: row.id,
      summary: `Sachstandsbericht für ${committee.name} zum Stichtag ${formatDate(snapshot.meta.asOfDate)} als Entwurf erzeugt`,
      after: {
        programmeId: input.programmeId,
        committeeId,
        asOfDate: snapshot.meta.asOfDate,
        meetingDate: snapshot.meta.meetingDate,
        title,
        previousReportId: previous?.id ?? null,
        pdfSha256: files.pdfSha256,
        docxSha256: files.docxSha256,
        rendererVersion: REPORT_RENDERER_VERSION,
      },
    });
    return {
      id: row.id,
      title,
      state: 'draft' as const,
      asOfDate: snapshot.meta.asOfDate,
      committee: committee.name,
      previousReportId: previous?.id ?? null,
      changes: snapshot.changes.entries.length,
      pdfSha256: files.pdfSha256,
      docxSha256: files.docxSha256,
    };
  });
}

function createCommittee(tx: Tx, actor: Actor, name: string): number {
  const existing = findCommitteeByName(tx, actor.organisationId, name);
  if (existing) return existing.id;
  const row = tx.insert(committees).values({ organisationId: actor.organisationId, name }).returning({ id: committees.id }).get();
  appendAudit(tx, actor, actor.organisationId, {
    action: 'create',
    entity: 'committee',
    entityId: row.id,
    summary: `Gremium „${name}“ angelegt`,
    after: { name },
  });
  return row.id;
}

/** The request that produced a stored report, for generating its successor. */
function requestOf(
  row: { programmeId: number; committeeId: number; asOfDate: string },
  snapshot: TReportSnapshot,
  change: TReportSupersede,
) {
  const resolution = snapshot.resolution === defaultResolution(snapshot.meta.committee) ? null : snapshot.resolution;
  return {
    programmeId: row.programmeId,
    committee: { kind: 'existing' as const, committeeId: row.committeeId },
    asOfDate: change.asOfDate ?? row.asOfDate,
    meetingDate: change.meetingDate !== undefined ? change.meetingDate : snapshot.meta.meetingDate,
    subject: snapshot.meta.subject,
    leadUnit: snapshot.meta.leadUnit,
    vorlageNumber: snapshot.meta.vorlageNumber,
    sections: snapshot.sections,
    resolution,
  };
}

/**
 * A released report is never changed. Correcting or updating it means generating a new draft
 * with the same committee, programme and texts (and possibly a new Stichtag); releasing that
 * draft marks the old one as superseded.
 */
export async function supersedeReport(db: Db, actor: Actor, input: TReportSupersede, today: string): Promise<GeneratedReport> {
  requireReportPermission(actor, 'generateReports');
  const row = requireReadableReport(db, actor, input.id);
  if (row.state !== 'released') {
    throw new AppError('CONFLICT', `progress report ${row.id} is ${row.state}, not released`, {
      userMessage:
        row.state === 'draft'
          ? 'Ein Entwurf wird nicht ersetzt, sondern gelöscht oder neu erzeugt.'
          : 'Dieser Bericht ist bereits durch einen neueren ersetzt.',
    });
  }
  const parsed = ZReportGenerate.safeParse(requestOf(row, ZReportSnapshot.parse(row.snapshot), input));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', `supersede request invalid: ${issue?.message}`, {
      userMessage: issue?.message ?? 'Die Eingabe ist ungültig.',
    });
  }
  return generateReport(db, actor, parsed.data, today);
}
