import { z } from 'zod';
import { ZPortfolioView } from '../../../shared/schemas/portfolio-view';
import { ZBoardScope, ZProjectStatusQuery } from '../../../shared/schemas/status';
import { actorOf } from '../../procedures/actor';
import { readProcedure } from '../../procedures/authed';
import { getDeadlines } from '../../services/status/deadlines';
import { getGoals } from '../../services/status/goals';
import { getOverview } from '../../services/status/overview';
import { getPortfolio } from '../../services/status/portfolio';
import { exportPortfolioXlsx } from '../../services/status/portfolio-xlsx';
import { getProjectStatus } from '../../services/status/project-status';
import { router } from '../../trpc';

/** Read-only board views; every status is computed for the server's `today` (Berlin). */
export const boardRouter = router({
  overview: readProcedure
    .input(ZBoardScope)
    .query(({ ctx, input }) => getOverview(ctx.db, ctx.user.organisationId, ctx.today(), input)),
  portfolio: readProcedure.input(z.void()).query(({ ctx }) => getPortfolio(ctx.db, ctx.user.organisationId, ctx.today())),
  /** A query, not a mutation: exporting changes nothing, and the board may export. */
  portfolioXlsx: readProcedure
    .input(ZPortfolioView)
    .query(({ ctx, input }) => exportPortfolioXlsx(ctx.db, ctx.user.organisationId, ctx.today(), input)),
  deadlines: readProcedure
    .input(ZBoardScope)
    .query(({ ctx, input }) => getDeadlines(ctx.db, ctx.user.organisationId, ctx.today(), input)),
  goals: readProcedure
    .input(ZBoardScope)
    .query(({ ctx, input }) => getGoals(ctx.db, ctx.user.organisationId, ctx.today(), input)),
  projectStatus: readProcedure
    .input(ZProjectStatusQuery)
    .query(({ ctx, input }) => getProjectStatus(ctx.db, actorOf(ctx.user), ctx.today(), input.projectId)),
});
