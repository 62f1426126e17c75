import { router } from '../trpc';
import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { budgetRouter } from './budget/router';
import { decisionRouter } from './decision/router';
import { dependencyRouter } from './dependency/router';
import { exchangeRouter } from './exchange/router';
import { programmeInfoRouter } from './edit/programme-info';
import { fieldOfActionRouter } from './fieldOfAction/router';
import { goalRouter } from './goal/router';
import { kpiRouter } from './kpi/router';
import { milestoneRouter } from './milestone/router';
import { obligationRouter } from './obligation/router';
import { userRouter } from './user/router';
import { boardRouter } from './board/router';
import { statusRouter } from './board/status-router';
import { statusUpdateRouter } from './board/status-update-router';
import { portfolioRouter } from './portfolio/router';
import { programmeRouter } from './programme/router';
import { projectRouter } from './project/router';
import { reportRouter } from './report/router';
import { timelineRouter } from './timeline/router';

export const appRouter = router({
  auth: authRouter,
  portfolio: portfolioRouter,
  project: projectRouter,
  programmeInfo: programmeInfoRouter,
  fieldOfAction: fieldOfActionRouter,
  dependency: dependencyRouter,
  milestone: milestoneRouter,
  goal: goalRouter,
  kpi: kpiRouter,
  obligation: obligationRouter,
  budget: budgetRouter,
  decision: decisionRouter,
  user: userRouter,
  audit: auditRouter,
  board: boardRouter,
  status: statusRouter,
  statusUpdate: statusUpdateRouter,
  programme: programmeRouter,
  exchange: exchangeRouter,
  report: reportRouter,
  timeline: timelineRouter,
});

export type AppRouter = typeof appRouter;
