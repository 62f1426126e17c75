import type { ComponentType } from 'react';
import { createBrowserRouter, type ShouldRevalidateFunction } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { HomeRedirect } from '../features/reports/HomeRedirect';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

/**
 * Each page is its own chunk, loaded when first visited: the board member who opens the
 * Übersicht does not download the Gantt, the report forms or the import preview first.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

function RouteLoading() {
  return (
    <p className="loading" role="status">
      Wird geladen …
    </p>
  );
}

/**
 * What a page will ask the server for, started by its route before the page's code has loaded:
 * the request and the chunk download then run side by side instead of one after the other.
 */
export interface RoutePrefetch {
  /** Who is signed in: the layout of every page waits for it. */
  session(): void;
  /** The Zeitplan's timeline for the filters in its URL. */
  schedule(searchParams: URLSearchParams): void;
}

/** Prefetch on entering a page only; filter changes on the page are the page's own requests. */
const onEnterOnly: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname;

/**
 * The history entry of a page load gets a key of its own. React Router keys the entries it adds
 * and calls the first one of every load "default": what is kept per entry (the Zeitplan's
 * position) would carry over to the next page load in the tab. The key is kept in the entry's
 * state, so a reload keeps it; the form is React Router's own.
 */
function keyFirstHistoryEntry(): void {
  const state: unknown = window.history.state;
  const current = state !== null && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  if (typeof current.key === 'string' && current.key !== '') return;
  window.history.replaceState({ ...current, key: Math.random().toString(36).slice(2, 10) }, '');
}

export const createAppRouter = (prefetch: RoutePrefetch) => {
  keyFirstHistoryEntry();
  return createAppBrowserRouter(prefetch);
};

const createAppBrowserRouter = (prefetch: RoutePrefetch) => createBrowserRouter([
  { path: '/anmelden', element: <LoginPage /> },
  {
    path: '/',
    element: <AppLayout />,
    HydrateFallback: RouteLoading,
    // On the first load the router renders the layout only once the page's chunk is in: asked for
    // here, the user arrives beside that download instead of after it. Later the layout's query
    // keeps it current.
    loader: () => {
      prefetch.session();
      return null;
    },
    shouldRevalidate: () => false,
    children: [
      { index: true, element: <HomeRedirect portfolioPath="/uebersicht" /> },
      { path: 'uebersicht', lazy: page(() => import('../features/overview/OverviewPage'), (m) => m.OverviewPage) },
      { path: 'portfolio', lazy: page(() => import('../features/portfolio/PortfolioPage'), (m) => m.PortfolioPage) },
      {
        path: 'zeitplan',
        loader: ({ request }) => {
          prefetch.schedule(new URL(request.url).searchParams);
          return null;
        },
        shouldRevalidate: onEnterOnly,
        lazy: page(() => import('../features/schedule/SchedulePage'), (m) => m.SchedulePage),
      },
      { path: 'fristen', lazy: page(() => import('../features/deadlines/DeadlinesPage'), (m) => m.DeadlinesPage) },
      { path: 'ziele', lazy: page(() => import('../features/goals/GoalsPage'), (m) => m.GoalsPage) },
      {
        path: 'verwaltung/ampelregeln',
        lazy: page(() => import('../features/admin/ThresholdsFormPage'), (m) => m.ThresholdsFormPage),
      },
      { path: 'projekte/:projectId', lazy: page(() => import('../features/project/ProjectPage'), (m) => m.ProjectPage) },
      { path: 'verwaltung/import', lazy: page(() => import('../features/exchange/ExchangePage'), (m) => m.ExchangePage) },
      {
        path: 'verwaltung/programm',
        lazy: page(() => import('../features/edit/ProgrammeAdminPage'), (m) => m.ProgrammeAdminPage),
      },
      { path: 'verwaltung/benutzer', lazy: page(() => import('../features/admin/UsersPage'), (m) => m.UsersPage) },
      { path: 'berichte', lazy: page(() => import('../features/reports/ReportsPage'), (m) => m.ReportsPage) },
      { path: 'berichte/:reportId', lazy: page(() => import('../features/reports/ReportPage'), (m) => m.ReportPage) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
