import { z } from 'zod';
import { ZId } from '../../../shared/schemas/common';
import { ZMaturityChange, ZProjectUpdate } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import { permittedProcedure, readProcedure } from '../../procedures/authed';
import { getProjectDetail } from '../../services/project-read';
import { changeMaturity, updateProject } from '../../services/projects';
import { router } from '../../trpc';

const editProcedure = permittedProcedure('editOwnProjects');

export const projectRouter = router({
  detail: readProcedure
    .input(z.object({ id: ZId }))
    .query(({ ctx, input }) => getProjectDetail(ctx.db, ctx.user.organisationId, input.id)),
  update: editProcedure.input(ZProjectUpdate).mutation(({ ctx, input }) => updateProject(ctx.db, actorOf(ctx.user), input)),
  changeMaturity: editProcedure
    .input(ZMaturityChange)
    .mutation(({ ctx, input }) => changeMaturity(ctx.db, actorOf(ctx.user), input)),
});
