import { ZProgrammeRef, ZProgrammeThresholdsUpdate } from '../../../shared/schemas/programme';
import { actorOf } from '../../procedures/actor';
import { permittedProcedure, readProcedure } from '../../procedures/authed';
import { getProgrammeThresholds, updateProgrammeThresholds } from '../../services/status/programme-thresholds';
import { router } from '../../trpc';

export const programmeRouter = router({
  thresholds: readProcedure
    .input(ZProgrammeRef)
    .query(({ ctx, input }) => getProgrammeThresholds(ctx.db, ctx.user.organisationId, input.programmeId)),
  updateThresholds: permittedProcedure('editProgrammeSettings')
    .input(ZProgrammeThresholdsUpdate)
    .mutation(({ ctx, input }) => updateProgrammeThresholds(ctx.db, actorOf(ctx.user), input)),
});
