import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { hasPermission, type Permission } from '../../../shared/auth/permissions';
import { ROLE_LABELS } from '../../../shared/schemas/domain';
import { isUnauthorized, useTRPC, userMessageOf } from '../lib/trpc';
import { CurrentUserContext } from './current-user';
import { announceSessionChange, onSessionChange } from './session-sync';
import { NAVIGATION } from './navigation';

export function AppLayout() {
  const trpc = useTRPC();
  // Asked for by the root route's loader already (with its retries): an answer of "not signed in"
  // is not asked again when the layout mounts.
  const me = useQuery({ ...trpc.auth.me.queryOptions(), retryOnMount: false });
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        announceSessionChange();
        queryClient.clear();
        await navigate('/anmelden', { replace: true });
      },
    }),
  );

  // A session that expires while the app is open sends the user back to the login page.
  useEffect(() => {
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && isUnauthorized(event.query.state.error)) {
        void navigate('/anmelden', { replace: true, state: { from: location.pathname + location.search } });
      }
    });
  }, [queryClient, navigate, location]);

  // Another tab logged in or out: everything this tab knows may belong to the previous user. The
  // queries start afresh: the new user's name and data, or the login page after a logout.
  useEffect(() => onSessionChange(() => void queryClient.resetQueries()), [queryClient]);

  if (me.isPending) return <p className="loading">Wird geladen …</p>;
  if (me.error) {
    if (isUnauthorized(me.error)) {
      return <Navigate to="/anmelden" replace state={{ from: location.pathname + location.search }} />;
    }
    return (
      <p role="alert" className="form-error">
        {userMessageOf(me.error)}
      </p>
    );
  }
  const user = me.data;
  const links = NAVIGATION.filter((item) => hasPermission(user.role, item.permission as Permission));

  return (
    <CurrentUserContext.Provider value={user}>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__title">Digitalisierungs-Cockpit</span>
          <span className="app-header__org">{user.organisationName}</span>
        </div>
        <nav aria-label="Hauptnavigation" className="app-nav">
          <ul>
            {links.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-header__user">
          <span>
            {user.displayName} <span className="muted">({ROLE_LABELS[user.role]})</span>
          </span>
          <button type="button" className="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
            Abmelden
          </button>
        </div>
      </header>
      <main id="inhalt" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </CurrentUserContext.Provider>
  );
}
