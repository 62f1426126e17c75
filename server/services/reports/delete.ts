import { eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { progressReports } from '../../../db/schema';
import type { TReportRef } from '../../../shared/schemas/report-request';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit } from '../audit';
import { requireReadableReport, requireReportPermission } from './access';

/** Only drafts can be deleted; a released report stays (the database refuses it as well). */
export function deleteDraftReport(db: Db, actor: Actor, input: TReportRef) {
  requireReportPermission(actor, 'generateReports');
  return db.transaction((tx) => {
    const report = requireReadableReport(tx, actor, input.id);
    if (report.state !== 'draft') {
      throw new AppError('CONFLICT', `progress report ${report.id} is ${report.state}`, {
        userMessage: 'Ein freigegebener Bericht kann nicht gelöscht werden.',
      });
    }
    tx.delete(progressReports).where(eq(progressReports.id, report.id)).run();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'delete',
      entity: 'progressReport',
      entityId: report.id,
      summary: `Entwurf „${report.title}“ gelöscht`,
      before: {
        title: report.title,
        asOfDate: report.asOfDate,
        committeeId: report.committeeId,
        pdfSha256: report.pdfSha256,
        docxSha256: report.docxSha256,
      },
    });
    return { id: report.id, deleted: true as const };
  });
}
