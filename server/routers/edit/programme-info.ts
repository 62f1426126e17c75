import { ZProgrammeInfoUpdate, ZProgrammeStructureQuery } from '../../../shared/schemas/field-of-action';
import { actorOf } from '../../procedures/actor';
import { readProcedure } from '../../procedures/authed';
import { getProgrammeStructure, updateProgrammeInfo } from '../../services/entities/programme';
import { router } from '../../trpc';
import { programmeSettingsProcedure } from './procedures';

/** The programme's own data (title, Fortschreibung, Stand …) and its structure for editing. */
export const programmeInfoRouter = router({
  structure: readProcedure
    .input(ZProgrammeStructureQuery)
    .query(({ ctx, input }) => getProgrammeStructure(ctx.db, actorOf(ctx.user), input.programmeId)),
  update: programmeSettingsProcedure
    .input(ZProgrammeInfoUpdate)
    .mutation(({ ctx, input }) => updateProgrammeInfo(ctx.db, actorOf(ctx.user), input)),
});
