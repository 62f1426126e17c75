import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';

export type Portfolio = inferRouterOutputs<AppRouter>['board']['portfolio'];
export type PortfolioRow = Portfolio['rows'][number];
