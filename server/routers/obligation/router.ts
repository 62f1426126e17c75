import { ZObligationCreate, ZObligationUpdate } from '../../../shared/schemas/obligation';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import {
  createObligation,
  deleteObligation,
  obligationDeletionImpact,
  updateObligation,
} from '../../services/entities/obligations';
import { router } from '../../trpc';
import { steeringProcedure } from '../edit/procedures';

export const obligationRouter = router({
  create: steeringProcedure.input(ZObligationCreate).mutation(({ ctx, input }) => createObligation(ctx.db, actorOf(ctx.user), input)),
  update: steeringProcedure.input(ZObligationUpdate).mutation(({ ctx, input }) => updateObligation(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: steeringProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => obligationDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: steeringProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteObligation(ctx.db, actorOf(ctx.user), input)),
});
