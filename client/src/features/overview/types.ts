import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';

type BoardOutputs = inferRouterOutputs<AppRouter>['board'];
export type Overview = BoardOutputs['overview'];
export type AttentionProject = Overview['attention']['red']['projects'][number];
export type DeadlineItem = Overview['deadlines']['overdue']['items'][number];
export type ChangeEntry = Overview['changes']['entries'][number];
