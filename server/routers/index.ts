import { router } from '../trpc';
import { authRouter } from './auth/router';
import { portfolioRouter } from './portfolio/router';
import { projectRouter } from './project/router';

export const appRouter = router({
  auth: authRouter,
  portfolio: portfolioRouter,
  project: projectRouter,
});

export type AppRouter = typeof appRouter;
