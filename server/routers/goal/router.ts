import { ZGoalCreate, ZGoalUpdate } from '../../../shared/schemas/goal';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import { createGoal, deleteGoal, goalDeletionImpact, updateGoal } from '../../services/entities/goals';
import { router } from '../../trpc';
import { steeringProcedure } from '../edit/procedures';

export const goalRouter = router({
  create: steeringProcedure.input(ZGoalCreate).mutation(({ ctx, input }) => createGoal(ctx.db, actorOf(ctx.user), input)),
  update: steeringProcedure.input(ZGoalUpdate).mutation(({ ctx, input }) => updateGoal(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: steeringProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => goalDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: steeringProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteGoal(ctx.db, actorOf(ctx.user), input)),
});
