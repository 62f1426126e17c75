import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { PortfolioPage } from '../features/portfolio/PortfolioPage';
import { ProjectPage } from '../features/project/ProjectPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export const router = createBrowserRouter([
  { path: '/anmelden', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/portfolio" replace /> },
      { path: 'portfolio', element: <PortfolioPage /> },
      { path: 'projekte/:projectId', element: <ProjectPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
