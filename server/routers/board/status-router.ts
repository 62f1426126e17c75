import { ZStatusOverrideRevoke, ZStatusOverrideSet } from '../../../shared/schemas/status';
import { actorOf } from '../../procedures/actor';
import { permittedProcedure } from '../../procedures/authed';
import { revokeStatusOverride, setStatusOverride } from '../../services/status/overrides';
import { router } from '../../trpc';

/** Steering sets overrides on any project, a lead on the projects it leads (checked in the service). */
const editProcedure = permittedProcedure('editOwnProjects');

export const statusRouter = router({
  setOverride: editProcedure
    .input(ZStatusOverrideSet)
    .mutation(({ ctx, input }) => setStatusOverride(ctx.db, actorOf(ctx.user), input, ctx.today())),
  revokeOverride: editProcedure
    .input(ZStatusOverrideRevoke)
    .mutation(({ ctx, input }) => revokeStatusOverride(ctx.db, actorOf(ctx.user), input)),
});
