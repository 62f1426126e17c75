import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { projects } from '../../../db/schema';
import { ZId } from '../../../shared/schemas/common';
import {
  ZConfirmedDelete,
  ZDeletionImpactQuery,
  ZMaturityChange,
  ZProjectCreate,
  ZProjectUpdate,
} from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import { readProcedure } from '../../procedures/authed';
import { getProjectDetail } from '../../services/project-read';
import {
  changeMaturity,
  createProject,
  deleteProject,
  projectDeletionImpact,
  projectRightsOf,
  updateProject,
} from '../../services/projects';
import { router } from '../../trpc';
import { projectEditProcedure, steeringProcedure } from '../edit/procedures';

export const projectRouter = router({
  /** Everything about one project, plus what the current user may change on it. */
  detail: readProcedure.input(z.object({ id: ZId })).query(({ ctx, input }) => {
    const detail = getProjectDetail(ctx.db, ctx.user.organisationId, input.id);
    const row = ctx.db.select().from(projects).where(eq(projects.id, detail.project.id)).get()!;
    return { ...detail, rights: projectRightsOf(ctx.db, actorOf(ctx.user), row) };
  }),
  create: projectEditProcedure.input(ZProjectCreate).mutation(({ ctx, input }) => createProject(ctx.db, actorOf(ctx.user), input)),
  update: projectEditProcedure.input(ZProjectUpdate).mutation(({ ctx, input }) => updateProject(ctx.db, actorOf(ctx.user), input)),
  changeMaturity: projectEditProcedure
    .input(ZMaturityChange)
    .mutation(({ ctx, input }) => changeMaturity(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: steeringProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => projectDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: steeringProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteProject(ctx.db, actorOf(ctx.user), input)),
});
