import { ZStatusUpdateCreate } from '../../../shared/schemas/status';
import { actorOf } from '../../procedures/actor';
import { permittedProcedure } from '../../procedures/authed';
import { createStatusUpdate } from '../../services/status/status-updates';
import { router } from '../../trpc';

export const statusUpdateRouter = router({
  create: permittedProcedure('editOwnProjects')
    .input(ZStatusUpdateCreate)
    .mutation(({ ctx, input }) => createStatusUpdate(ctx.db, actorOf(ctx.user), input, ctx.today())),
});
