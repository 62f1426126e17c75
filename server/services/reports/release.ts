import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { progressReports } from '../../../db/schema';
import { formatDate } from '../../../shared/dates/format';
import { ZReportSnapshot } from '../../../shared/schemas/report';
import type { TReportRef } from '../../../shared/schemas/report-request';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit } from '../audit';
import { latestReleasedReport, requireReadableReport, requireReportPermission } from './access';

/**
 * Draft → released. From here on the database refuses any change to the report's content
 * (trigger progress_reports_released_immutable); the committee's previous released report, the
 * one this draft was compared with, becomes superseded in the same transaction.
 */
export function releaseReport(db: Db, actor: Actor, input: TReportRef) {
  requireReportPermission(actor, 'releaseReports');
  return db.transaction((tx) => {
    const report = requireReadableReport(tx, actor, input.id);
    if (report.state !== 'draft') {
      throw new AppError('CONFLICT', `progress report ${report.id} is already ${report.state}`, {
        userMessage:
          report.state === 'released' ? 'Der Bericht ist bereits freigegeben.' : 'Der Bericht wurde bereits durch einen neueren ersetzt.',
      });
    }
    const comparedWith = ZReportSnapshot.parse(report.snapshot).meta.previousReport;
    const current = latestReleasedReport(tx, actor.organisationId, report.programmeId, report.committeeId);
    if ((current?.id ?? null) !== (comparedWith?.id ?? null)) {
      throw new AppError('CONFLICT', `progress report ${report.id} was compared with ${comparedWith?.id ?? 'none'}, latest released is ${current?.id ?? 'none'}`, {
        userMessage:
          'Seit der Erzeugung dieses Entwurfs wurde ein anderer Bericht an dieses Gremium freigegeben. Bitte erzeugen Sie den Bericht neu, damit er die Veränderungen seit diesem Bericht nennt.',
      });
    }
    const now = new Date();
    if (current) {
      tx.update(progressReports).set({ state: 'superseded' }).where(eq(progressReports.id, current.id)).run();
      appendAudit(tx, actor, actor.organisationId, {
        action: 'update',
        entity: 'progressReport',
        entityId: current.id,
        summary: `Sachstandsbericht zum Stichtag ${formatDate(current.asOfDate)} durch den Bericht zum Stichtag ${formatDate(report.asOfDate)} ersetzt`,
        before: { state: 'released' },
        after: { state: 'superseded', supersededById: report.id },
      });
    }
    tx.update(progressReports)
      .set({ state: 'released', releasedAt: now, releasedByName: actor.displayName, supersedesId: current?.id ?? null })
      .where(eq(progressReports.id, report.id))
      .run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'release',
      entity: 'progressReport',
      entityId: report.id,
      summary: `Sachstandsbericht zum Stichtag ${formatDate(report.asOfDate)} freigegeben`,
      before: { state: 'draft' },
      after: { state: 'released', supersedesId: current?.id ?? null, pdfSha256: report.pdfSha256, docxSha256: report.docxSha256 },
    });
    return { id: report.id, state: 'released' as const, releasedAt: now.toISOString(), supersededId: current?.id ?? null };
  });
}
