import { ZMilestoneCreate, ZMilestoneReached, ZMilestoneUpdate } from '../../../shared/schemas/milestone';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import {
  createMilestone,
  deleteMilestone,
  markMilestoneReached,
  milestoneDeletionImpact,
  updateMilestone,
} from '../../services/entities/milestones';
import { router } from '../../trpc';
import { projectEditProcedure } from '../edit/procedures';

export const milestoneRouter = router({
  create: projectEditProcedure.input(ZMilestoneCreate).mutation(({ ctx, input }) => createMilestone(ctx.db, actorOf(ctx.user), input)),
  update: projectEditProcedure.input(ZMilestoneUpdate).mutation(({ ctx, input }) => updateMilestone(ctx.db, actorOf(ctx.user), input)),
  markReached: projectEditProcedure
    .input(ZMilestoneReached)
    .mutation(({ ctx, input }) => markMilestoneReached(ctx.db, actorOf(ctx.user), input, ctx.today())),
  deletionImpact: projectEditProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => milestoneDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: projectEditProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteMilestone(ctx.db, actorOf(ctx.user), input)),
});
