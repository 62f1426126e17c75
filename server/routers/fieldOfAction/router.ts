import { ZFieldOfActionCreate, ZFieldOfActionUpdate } from '../../../shared/schemas/field-of-action';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import {
  createFieldOfAction,
  deleteFieldOfAction,
  fieldOfActionDeletionImpact,
  updateFieldOfAction,
} from '../../services/entities/programme';
import { router } from '../../trpc';
import { steeringProcedure } from '../edit/procedures';

export const fieldOfActionRouter = router({
  create: steeringProcedure.input(ZFieldOfActionCreate).mutation(({ ctx, input }) => createFieldOfAction(ctx.db, actorOf(ctx.user), input)),
  update: steeringProcedure.input(ZFieldOfActionUpdate).mutation(({ ctx, input }) => updateFieldOfAction(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: steeringProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => fieldOfActionDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: steeringProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteFieldOfAction(ctx.db, actorOf(ctx.user), input)),
});
