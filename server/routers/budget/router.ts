import { ZBudgetLineCreate, ZBudgetLineUpdate } from '../../../shared/schemas/budget';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import {
  budgetLineDeletionImpact,
  createBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from '../../services/entities/budget';
import { router } from '../../trpc';
import { projectEditProcedure } from '../edit/procedures';

export const budgetRouter = router({
  create: projectEditProcedure.input(ZBudgetLineCreate).mutation(({ ctx, input }) => createBudgetLine(ctx.db, actorOf(ctx.user), input)),
  update: projectEditProcedure.input(ZBudgetLineUpdate).mutation(({ ctx, input }) => updateBudgetLine(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: projectEditProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => budgetLineDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: projectEditProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteBudgetLine(ctx.db, actorOf(ctx.user), input)),
});
