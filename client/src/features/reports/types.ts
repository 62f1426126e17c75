import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';

type ReportOutputs = inferRouterOutputs<AppRouter>['report'];
export type ReportListItem = ReportOutputs['list'][number];
export type ReportDetail = ReportOutputs['detail'];
