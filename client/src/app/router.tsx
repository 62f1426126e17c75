import { createBrowserRouter } from 'react-router';
import { ThresholdsFormPage } from '../features/admin/ThresholdsFormPage';
import { UsersPage } from '../features/admin/UsersPage';
import { LoginPage } from '../features/auth/LoginPage';
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage';
import { ProgrammeAdminPage } from '../features/edit/ProgrammeAdminPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { ProjectPage } from '../features/project/ProjectPage';
import { HomeRedirect } from '../features/reports/HomeRedirect';
import { ReportPage } from '../features/reports/ReportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  { path: '/anmelden', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect portfolioPath="/uebersicht" /> },
      { path: 'uebersicht', element: <OverviewPage /> },
      { path: 'portfolio', element: <PortfolioPage /> },
      { path: 'zeitplan', element: <SchedulePage /> },
      { path: 'fristen', element: <DeadlinesPage /> },
      { path: 'ziele', element: <GoalsPage /> },
      { path: 'verwaltung/ampelregeln', element: <ThresholdsFormPage /> },
      { path: 'projekte/:projectId', element: <ProjectPage /> },
      { path: 'verwaltung/import', element: <ExchangePage /> },
      { path: 'verwaltung/programm', element: <ProgrammeAdminPage /> },
      { path: 'verwaltung/benutzer', element: <UsersPage /> },
      { path: 'berichte', element: <ReportsPage /> },
      { path: 'berichte/:reportId', element: <ReportPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
