import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';

export type ProjectDetail = inferRouterOutputs<AppRouter>['project']['detail'];
export type ProjectRights = ProjectDetail['rights'];
export type Milestone = ProjectDetail['milestones'][number];
export type BudgetLine = ProjectDetail['budget'][number];
export type Kpi = ProjectDetail['kpis'][number];
