import { ZDependency } from '../../../shared/schemas/dependency';
import { actorOf } from '../../procedures/actor';
import { addDependency, removeDependency } from '../../services/entities/dependencies';
import { router } from '../../trpc';
import { steeringProcedure } from '../edit/procedures';

export const dependencyRouter = router({
  add: steeringProcedure.input(ZDependency).mutation(({ ctx, input }) => addDependency(ctx.db, actorOf(ctx.user), input)),
  remove: steeringProcedure.input(ZDependency).mutation(({ ctx, input }) => removeDependency(ctx.db, actorOf(ctx.user), input)),
});
