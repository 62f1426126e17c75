import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTRPC, userMessageOf } from '../../lib/trpc';
import { usePageTitle } from '../../ui/usePageTitle';
import { announceSessionChange } from '../../app/session-sync';

export function LoginPage() {
  usePageTitle('Anmelden');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const errorId = useId();
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        announceSessionChange();
        queryClient.clear();
        const from = (location.state as { from?: string } | null)?.from;
        await navigate(from && from !== '/anmelden' ? from : '/', { replace: true });
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate({ username, password });
  }

  return (
    <main className="login" id="inhalt">
      <form className="login__form" onSubmit={submit} aria-describedby={login.error ? errorId : undefined} noValidate>
        <h1>Digitalisierungs-Cockpit</h1>
        <p className="login__lead">Steuerung und Berichtswesen des Digitalisierungsprogramms</p>
        <label htmlFor="login-username">Benutzername</label>
        <input
          id="login-username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="login-password">Passwort</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {login.error && (
          <p className="form-error" id={errorId} role="alert">
            {userMessageOf(login.error)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? 'Anmeldung läuft …' : 'Anmelden'}
        </button>
      </form>
    </main>
  );
}
