import { ZProjectHistoryQuery } from '../../../shared/schemas/audit';
import { actorOf } from '../../procedures/actor';
import { readProcedure } from '../../procedures/authed';
import { projectHistory } from '../../services/entities/history';
import { router } from '../../trpc';

export const auditRouter = router({
  /** The "Verlauf" of a project, newest first. */
  projectHistory: readProcedure.input(ZProjectHistoryQuery).query(({ ctx, input }) => projectHistory(ctx.db, actorOf(ctx.user), input)),
});
