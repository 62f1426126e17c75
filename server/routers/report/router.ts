import { z } from 'zod';
import { ZReportGenerate, ZReportListQuery, ZReportRef, ZReportSupersede } from '../../../shared/schemas/report-request';
import { ZReportVerification } from '../../../shared/schemas/report-verification';
import { actorOf } from '../../procedures/actor';
import { authedProcedure, permittedProcedure } from '../../procedures/authed';
import { deleteDraftReport } from '../../services/reports/delete';
import { generateReport, supersedeReport } from '../../services/reports/generate';
import { getReportDetail, getReportFormOptions, listReports } from '../../services/reports/read';
import { releaseReport } from '../../services/reports/release';
import { verifyReport } from '../../services/reports/verify';
import { router } from '../../trpc';

const readReports = permittedProcedure('readReleasedReports');
const generateReports = permittedProcedure('generateReports');

/**
 * Sachstandsberichte. Drafts are visible to the administration only, released reports to the
 * committee as well (services/reports/access.ts); a released report never changes.
 */
export const reportRouter = router({
  list: readReports.input(ZReportListQuery).query(({ ctx, input }) => listReports(ctx.db, actorOf(ctx.user), input)),
  detail: readReports.input(ZReportRef).query(({ ctx, input }) => getReportDetail(ctx.db, actorOf(ctx.user), input.id)),
  formOptions: generateReports
    .input(z.void())
    .query(({ ctx }) => getReportFormOptions(ctx.db, actorOf(ctx.user), ctx.today())),
  generate: generateReports
    .input(ZReportGenerate)
    .mutation(({ ctx, input }) => generateReport(ctx.db, actorOf(ctx.user), input, ctx.today())),
  /** A new draft with the released report's committee, programme and texts; releasing it supersedes the old one. */
  supersede: generateReports
    .input(ZReportSupersede)
    .mutation(({ ctx, input }) => supersedeReport(ctx.db, actorOf(ctx.user), input, ctx.today())),
  release: permittedProcedure('releaseReports')
    .input(ZReportRef)
    .mutation(({ ctx, input }) => releaseReport(ctx.db, actorOf(ctx.user), input)),
  deleteDraft: generateReports
    .input(ZReportRef)
    .mutation(({ ctx, input }) => deleteDraftReport(ctx.db, actorOf(ctx.user), input)),
  /**
   * Checks the stored files against their SHA-256 and, for a report of the current renderer
   * version, against a re-rendering of the stored snapshot (steering, admin).
   */
  verify: authedProcedure
    .input(ZReportRef)
    .output(ZReportVerification)
    .query(({ ctx, input }) => verifyReport(ctx.db, actorOf(ctx.user), input.id)),
});
