import { ZKpiActual, ZKpiCreate, ZKpiUpdate } from '../../../shared/schemas/kpi';
import { ZConfirmedDelete, ZDeletionImpactQuery } from '../../../shared/schemas/project';
import { actorOf } from '../../procedures/actor';
import { createKpi, deleteKpi, kpiDeletionImpact, recordKpiActual, updateKpi } from '../../services/entities/kpis';
import { router } from '../../trpc';
import { steeringProcedure } from '../edit/procedures';

export const kpiRouter = router({
  create: steeringProcedure.input(ZKpiCreate).mutation(({ ctx, input }) => createKpi(ctx.db, actorOf(ctx.user), input)),
  update: steeringProcedure.input(ZKpiUpdate).mutation(({ ctx, input }) => updateKpi(ctx.db, actorOf(ctx.user), input)),
  recordActual: steeringProcedure.input(ZKpiActual).mutation(({ ctx, input }) => recordKpiActual(ctx.db, actorOf(ctx.user), input)),
  deletionImpact: steeringProcedure
    .input(ZDeletionImpactQuery)
    .query(({ ctx, input }) => kpiDeletionImpact(ctx.db, actorOf(ctx.user), input.id)),
  delete: steeringProcedure.input(ZConfirmedDelete).mutation(({ ctx, input }) => deleteKpi(ctx.db, actorOf(ctx.user), input)),
});
