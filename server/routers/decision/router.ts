import { ZDecisionCreate, ZDecisionUpdate } from '../../../shared/schemas/decision';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import { createDecision, decisionDeletionImpact, deleteDecision, updateDecision } from '../../services/entities/decisions';
import { router } from '../../trpc';
import { steeringProcedure } from '../edit/procedures';

export const decisionRouter = router({
  create: steeringProcedure.input(ZDecisionCreate).mutation(({ ctx, input }) => createDecision(ctx.db, actorOf(ctx.user), input)),
  update: steeringProcedure.input(ZDecisionUpdate).mutation(({ ctx, input }) => updateDecision(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: steeringProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => decisionDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: steeringProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteDecision(ctx.db, actorOf(ctx.user), input)),
});
