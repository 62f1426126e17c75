import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';
import { decodeTimeline, type TimelineData } from '../../../../shared/timeline/wire';

type Outputs = inferRouterOutputs<AppRouter>['timeline'];
export type TimelineFilterOptions = Outputs['portfolio']['filters'];
export type { TimelineVersions } from '../../../../shared/timeline/wire';

export type PortfolioTimeline = TimelineData & Omit<Outputs['portfolio'], 'timeline'>;
export type ProjectTimeline = TimelineData & Omit<Outputs['project'], 'timeline'>;

/** The timeline arrives in its column form; decoded once per response (a query's `select`). */
export function decodePortfolioTimeline({ timeline, ...rest }: Outputs['portfolio']): PortfolioTimeline {
  return { ...rest, ...decodeTimeline(timeline) };
}

export function decodeProjectTimeline({ timeline, ...rest }: Outputs['project']): ProjectTimeline {
  return { ...rest, ...decodeTimeline(timeline) };
}
