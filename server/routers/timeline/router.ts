import { actorOf } from '../../procedures/actor';
import { readProcedure } from '../../procedures/authed';
import {
  loadTimeline,
  portfolioFilterIds,
  portfolioFilterOptions,
  reschedule,
  ZTimelinePortfolioQuery,
  ZTimelineProjectQuery,
  ZTimelineReschedule,
} from '../../services/timeline';
import { encodeTimeline } from '../../../shared/timeline/wire';
import { router } from '../../trpc';
import { projectEditProcedure } from '../edit/procedures';

/**
 * Zeitplan: the Gantt of the portfolio and of one project, and moving dates in it. The timeline
 * travels in the column form of shared/timeline/wire.ts (a fifth of the object form's JSON for a
 * large portfolio); the pages decode it with decodeTimeline.
 */
export const timelineRouter = router({
  /** The organisation (or one programme) on one timeline, filtered like the portfolio table. */
  portfolio: readProcedure.input(ZTimelinePortfolioQuery).query(({ ctx, input }) => {
    const asOf = ctx.today();
    const organisationId = ctx.user.organisationId;
    const programmeId = input.programmeId ?? null;
    const projectIds = portfolioFilterIds(ctx.db, organisationId, asOf, input);
    const timeline = loadTimeline(
      ctx.db,
      organisationId,
      { asOf, ...(programmeId !== null ? { programmeId } : {}), ...(projectIds ? { projectIds } : {}) },
      actorOf(ctx.user),
    );
    return { asOf, timeline: encodeTimeline(timeline), filters: portfolioFilterOptions(ctx.db, organisationId, asOf, programmeId) };
  }),
  /** Project level: the project with its sub-projects and milestones. */
  project: readProcedure.input(ZTimelineProjectQuery).query(({ ctx, input }) => {
    const asOf = ctx.today();
    const timeline = loadTimeline(ctx.db, ctx.user.organisationId, { asOf, rootProjectId: input.projectId }, actorOf(ctx.user));
    return { asOf, timeline: encodeTimeline(timeline) };
  }),
  /** A bar end or milestone moved in the Gantt, after the user confirmed old and new date. */
  reschedule: projectEditProcedure
    .input(ZTimelineReschedule)
    .mutation(({ ctx, input }) => reschedule(ctx.db, actorOf(ctx.user), input)),
});
