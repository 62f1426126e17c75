import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db';
import { committees, programmes, progressReports } from '../../../db/schema';
import { hasPermission } from '../../../shared/auth/permissions';
import { REPORT_DEFAULT_SUBJECT, REPORT_SECTIONS, ZReportSnapshot } from '../../../shared/schemas/report';
import type { TReportFileKind, TReportListQuery } from '../../../shared/schemas/report-request';
import { AppError } from '../../errors';
import { renderReportHtml } from '../../reports/html';
import type { Actor } from '../actor';
import { readableStates, REPORT_VERIFIER_ROLES, requireReadableReport, requireReportPermission } from './access';
import { reportFileName } from './filename';
import { sha256Hex } from './render';

/** The reports of the organisation the user may see: newest Stichtag first. */
export function listReports(db: Db, actor: Actor, query: TReportListQuery) {
  requireReportPermission(actor, 'readReleasedReports');
  const rows = db
    .select({
      id: progressReports.id,
      title: progressReports.title,
      programmeId: progressReports.programmeId,
      programmeTitle: programmes.title,
      committeeId: progressReports.committeeId,
      committee: committees.name,
      asOfDate: progressReports.asOfDate,
      meetingDate: progressReports.meetingDate,
      state: progressReports.state,
      createdByName: progressReports.createdByName,
      createdAt: progressReports.createdAt,
      releasedAt: progressReports.releasedAt,
      releasedByName: progressReports.releasedByName,
      supersedesId: progressReports.supersedesId,
      pdfSha256: progressReports.pdfSha256,
      docxSha256: progressReports.docxSha256,
      pdfBytes: sql<number>`length(${progressReports.pdf})`,
      docxBytes: sql<number>`length(${progressReports.docx})`,
    })
    .from(progressReports)
    .innerJoin(programmes, eq(programmes.id, progressReports.programmeId))
    .innerJoin(committees, eq(committees.id, progressReports.committeeId))
    .where(
      and(
        eq(progressReports.organisationId, actor.organisationId),
        inArray(progressReports.state, readableStates(actor)),
        query.programmeId === undefined ? undefined : eq(progressReports.programmeId, query.programmeId),
        query.committeeId === undefined ? undefined : eq(progressReports.committeeId, query.committeeId),
      ),
    )
    .orderBy(desc(progressReports.asOfDate), desc(progressReports.id))
    .all();
  const supersededBy = new Map(rows.filter((r) => r.supersedesId !== null).map((r) => [r.supersedesId!, r.id]));
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    releasedAt: r.releasedAt?.toISOString() ?? null,
    supersededById: supersededBy.get(r.id) ?? null,
  }));
}

export type ReportListItem = ReturnType<typeof listReports>[number];

/** One report: its metadata, what changed since the previous one, checksums and what the user may do. */
export function getReportDetail(db: Db, actor: Actor, id: number) {
  requireReportPermission(actor, 'readReleasedReports');
  const row = requireReadableReport(db, actor, id);
  const snapshot = ZReportSnapshot.parse(row.snapshot);
  const names = db
    .select({ programme: programmes.title, committee: committees.name })
    .from(progressReports)
    .innerJoin(programmes, eq(programmes.id, progressReports.programmeId))
    .innerJoin(committees, eq(committees.id, progressReports.committeeId))
    .where(eq(progressReports.id, id))
    .get()!;
  const sizes = db
    .select({ pdf: sql<number>`length(${progressReports.pdf})`, docx: sql<number>`length(${progressReports.docx})` })
    .from(progressReports)
    .where(eq(progressReports.id, id))
    .get()!;
  const successor = db
    .select({ id: progressReports.id })
    .from(progressReports)
    .where(and(eq(progressReports.supersedesId, id), inArray(progressReports.state, readableStates(actor))))
    .get();
  const role = actor.role;
  const may = (permission: Parameters<typeof hasPermission>[1]) => role === 'system' || hasPermission(role, permission);
  const projectCount = snapshot.fieldsOfAction.reduce((n, f) => n + f.projects.length, 0);

  return {
    id: row.id,
    title: row.title,
    state: row.state,
    programmeId: row.programmeId,
    programmeTitle: names.programme,
    committeeId: row.committeeId,
    committee: names.committee,
    asOfDate: row.asOfDate,
    meetingDate: row.meetingDate,
    subject: snapshot.meta.subject,
    leadUnit: snapshot.meta.leadUnit,
    vorlageNumber: snapshot.meta.vorlageNumber,
    organisationName: snapshot.meta.organisationName,
    generatedAt: snapshot.meta.generatedAt,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    releasedAt: row.releasedAt?.toISOString() ?? null,
    releasedByName: row.releasedByName,
    supersedesId: row.supersedesId,
    supersededById: successor?.id ?? null,
    previousReport: snapshot.meta.previousReport,
    changes: snapshot.changes,
    sections: REPORT_SECTIONS.map((key) => ({ key, enabled: snapshot.sections[key].enabled })),
    statusSummary: snapshot.statusSummary,
    projectCount,
    resolution: snapshot.sections.resolution.enabled ? snapshot.resolution : null,
    /** The version of the report generator that made the files; null: an earlier one, not recorded. */
    rendererVersion: row.rendererVersion,
    files: {
      pdf: { sha256: row.pdfSha256, bytes: sizes.pdf, fileName: reportFileName(names.committee, row.asOfDate, row.state, 'pdf') },
      docx: { sha256: row.docxSha256, bytes: sizes.docx, fileName: reportFileName(names.committee, row.asOfDate, row.state, 'docx') },
    },
    rights: {
      release: row.state === 'draft' && may('releaseReports'),
      delete: row.state === 'draft' && may('generateReports'),
      supersede: row.state === 'released' && may('generateReports'),
      verify: role === 'system' || REPORT_VERIFIER_ROLES.includes(role),
    },
  };
}

export type ReportDetail = ReturnType<typeof getReportDetail>;

/** What the generation form offers: programmes, committees with their last released report, defaults. */
export function getReportFormOptions(db: Db, actor: Actor, today: string) {
  requireReportPermission(actor, 'generateReports');
  const programmeRows = db
    .select({ id: programmes.id, title: programmes.title, leadUnit: programmes.leadUnit })
    .from(programmes)
    .where(eq(programmes.organisationId, actor.organisationId))
    .orderBy(asc(programmes.title))
    .all();
  const committeeRows = db
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(eq(committees.organisationId, actor.organisationId))
    .orderBy(asc(committees.name))
    .all();
  const released = db
    .select({
      id: progressReports.id,
      programmeId: progressReports.programmeId,
      committeeId: progressReports.committeeId,
      asOfDate: progressReports.asOfDate,
    })
    .from(progressReports)
    .where(and(eq(progressReports.organisationId, actor.organisationId), eq(progressReports.state, 'released')))
    .all();
  return {
    today,
    defaultSubject: REPORT_DEFAULT_SUBJECT,
    programmes: programmeRows,
    committees: committeeRows,
    /** The current released report per programme and committee: the next report is compared with it. */
    lastReleased: released,
  };
}

export interface ReportFile {
  bytes: Buffer;
  sha256: string;
  fileName: string;
  contentType: string;
}

export const REPORT_CONTENT_TYPES: Record<TReportFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

function committeeNameOf(db: Db, committeeId: number): string {
  return db.select({ name: committees.name }).from(committees).where(eq(committees.id, committeeId)).get()?.name ?? '';
}

/**
 * The stored PDF or DOCX exactly as generated. Its SHA-256 is checked against the stored one
 * before it leaves the server: a damaged file is refused, never handed to a committee.
 */
export function loadReportFile(db: Db, actor: Actor, id: number, kind: 'pdf' | 'docx'): ReportFile {
  requireReportPermission(actor, 'readReleasedReports');
  const row = requireReadableReport(db, actor, id);
  const stored = db
    .select({ bytes: kind === 'pdf' ? progressReports.pdf : progressReports.docx })
    .from(progressReports)
    .where(eq(progressReports.id, id))
    .get()!;
  const expected = kind === 'pdf' ? row.pdfSha256 : row.docxSha256;
  const actual = sha256Hex(stored.bytes);
  if (actual !== expected) {
    throw new AppError('INTERNAL', `progress report ${id}: stored ${kind} has SHA-256 ${actual}, expected ${expected}`, {
      userMessage: 'Die gespeicherte Datei ist beschädigt (die Prüfsumme stimmt nicht). Bitte wenden Sie sich an die IT-Administration.',
    });
  }
  return {
    bytes: stored.bytes,
    sha256: expected,
    fileName: reportFileName(committeeNameOf(db, row.committeeId), row.asOfDate, row.state, kind),
    contentType: REPORT_CONTENT_TYPES[kind],
  };
}

/** The print view: the stored snapshot rendered as one self-contained HTML document. */
export function loadReportHtml(db: Db, actor: Actor, id: number): ReportFile {
  requireReportPermission(actor, 'readReleasedReports');
  const row = requireReadableReport(db, actor, id);
  const bytes = Buffer.from(renderReportHtml(ZReportSnapshot.parse(row.snapshot)), 'utf8');
  return {
    bytes,
    sha256: sha256Hex(bytes),
    fileName: reportFileName(committeeNameOf(db, row.committeeId), row.asOfDate, row.state, 'html'),
    contentType: REPORT_CONTENT_TYPES.html,
  };
}
