import { and, desc, eq } from 'drizzle-orm';
import { progressReports } from '../../../db/schema';
import { hasPermission, type Permission } from '../../../shared/auth/permissions';
import type { TRole } from '../../../shared/schemas/domain';
import type { TReportState } from '../../../shared/schemas/report-request';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import type { Tx } from '../audit';

/**
 * Who sees which report. Drafts are for the administration (readDraftReports); the committee
 * sees what was released to it — the current report and the ones it superseded — never a draft.
 * A report of another organisation, or a draft the user may not see, is reported as missing.
 */

export const REPORT_NOT_FOUND = 'Der Bericht wurde nicht gefunden.';

/** Re-rendering stored reports is a check for the steering office and the IT administration. */
export const REPORT_VERIFIER_ROLES: readonly TRole[] = ['steering', 'admin'];

export function mayReadReportState(actor: Actor, state: TReportState): boolean {
  if (actor.role === 'system') return true;
  return state === 'draft' ? hasPermission(actor.role, 'readDraftReports') : hasPermission(actor.role, 'readReleasedReports');
}

export function readableStates(actor: Actor): TReportState[] {
  return mayReadReportState(actor, 'draft') ? ['draft', 'released', 'superseded'] : ['released', 'superseded'];
}

export function reportNotFound(id: number, why: string): AppError {
  return new AppError('NOT_FOUND', `progress report ${id} ${why}`, { userMessage: REPORT_NOT_FOUND });
}

/** The report's row without the files; NOT_FOUND when it is not the actor's to see. */
export function requireReadableReport(tx: Tx, actor: Actor, id: number) {
  const row = tx
    .select({
      id: progressReports.id,
      organisationId: progressReports.organisationId,
      programmeId: progressReports.programmeId,
      committeeId: progressReports.committeeId,
      asOfDate: progressReports.asOfDate,
      meetingDate: progressReports.meetingDate,
      title: progressReports.title,
      state: progressReports.state,
      snapshot: progressReports.snapshot,
      pdfSha256: progressReports.pdfSha256,
      docxSha256: progressReports.docxSha256,
      rendererVersion: progressReports.rendererVersion,
      createdByName: progressReports.createdByName,
      createdAt: progressReports.createdAt,
      releasedAt: progressReports.releasedAt,
      releasedByName: progressReports.releasedByName,
      supersedesId: progressReports.supersedesId,
    })
    .from(progressReports)
    .where(eq(progressReports.id, id))
    .get();
  if (!row || row.organisationId !== actor.organisationId) throw reportNotFound(id, 'not in the organisation');
  if (!mayReadReportState(actor, row.state)) throw reportNotFound(id, `is a ${row.state} the role ${actor.role} may not read`);
  return row;
}

/** The report the next one of this committee and programme is compared with. */
export function latestReleasedReport(tx: Tx, organisationId: number, programmeId: number, committeeId: number) {
  return (
    tx
      .select({ id: progressReports.id, asOfDate: progressReports.asOfDate, snapshot: progressReports.snapshot })
      .from(progressReports)
      .where(
        and(
          eq(progressReports.organisationId, organisationId),
          eq(progressReports.programmeId, programmeId),
          eq(progressReports.committeeId, committeeId),
          eq(progressReports.state, 'released'),
        ),
      )
      .orderBy(desc(progressReports.releasedAt), desc(progressReports.id))
      .get() ?? null
  );
}

const PERMISSION_MESSAGES: Partial<Record<Permission, string>> = {
  generateReports: 'Berichte erzeugt nur der Steuerungsdienst.',
  releaseReports: 'Berichte gibt nur der Steuerungsdienst frei.',
  readReleasedReports: 'Sie dürfen keine Berichte lesen.',
};

export function requireReportPermission(actor: Actor, permission: Permission): void {
  if (actor.role === 'system' || hasPermission(actor.role, permission)) return;
  throw new AppError('FORBIDDEN', `role ${actor.role} lacks ${permission}`, {
    userMessage: PERMISSION_MESSAGES[permission] ?? 'Dafür fehlt Ihnen die Berechtigung.',
  });
}

export function requireVerifier(actor: Actor): void {
  if (actor.role === 'system' || REPORT_VERIFIER_ROLES.includes(actor.role)) return;
  throw new AppError('FORBIDDEN', `role ${actor.role} may not verify reports`, {
    userMessage: 'Berichte prüfen nur der Steuerungsdienst und die IT-Administration.',
  });
}
