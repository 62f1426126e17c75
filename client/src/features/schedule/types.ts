import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';

type Outputs = inferRouterOutputs<AppRouter>['timeline'];
export type PortfolioTimeline = Outputs['portfolio'];
export type TimelineFilterOptions = PortfolioTimeline['filters'];
export type TimelineVersions = PortfolioTimeline['versions'];
