import { z } from 'zod';
import { readProcedure } from '../../procedures/authed';
import { listProgrammes, listProjects } from '../../services/portfolio-read';
import { router } from '../../trpc';

export const portfolioRouter = router({
  programmes: readProcedure.input(z.void()).query(({ ctx }) => listProgrammes(ctx.db, ctx.user.organisationId)),
  projects: readProcedure
    .input(z.object({ programmeIds: z.array(z.number().int().positive()).max(100).optional() }).optional())
    .query(({ ctx, input }) => listProjects(ctx.db, ctx.user.organisationId, input?.programmeIds)),
});
