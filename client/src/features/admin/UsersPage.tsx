import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../../../shared/dates/format';
import { ROLE_LABELS, ROLES, type TRole } from '../../../../shared/schemas/domain';
import { PASSWORD_MIN_LENGTH, ZUserChangeRole, ZUserCreate, ZUserResetPassword } from '../../../../shared/schemas/user';
import { useCurrentUser } from '../../app/current-user';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { QueryState } from '../../ui/QueryState';
import { usePageTitle } from '../../ui/usePageTitle';
import { DialogButton } from '../edit/DialogButton';
import { EntityFormDialog, type FieldSpec } from '../edit/EntityFormDialog';
import { conflictMessageOf, userMessageOf } from '../edit/errors';
import { str } from '../edit/form-values';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const PASSWORD_HINT = `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen. Geben Sie das Passwort der Person persönlich weiter.`;

type User = { id: number; username: string; displayName: string; role: TRole; active: boolean; version: number; updatedAt: Date | string };

function useFreshUser() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (id: number) => {
    const list = await queryClient.fetchQuery({ ...trpc.user.list.queryOptions(), staleTime: 0 });
    return list.find((u) => u.id === id) ?? null;
  };
}

function UserActions({ user }: { user: User }) {
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const fresh = useFreshUser();
  const me = useCurrentUser();
  const self = me.id === user.id;
  const context = `Benutzer ${user.username}`;
  return (
    <>
      {!self && (
        <DialogButton label="Rolle ändern" context={context}>
          {(close) => (
            <EntityFormDialog
              title="Rolle ändern"
              intro={<p>Rolle von {user.displayName} ({user.username})</p>}
              fields={[{ name: 'role', label: 'Rolle', kind: 'radio', options: ROLE_OPTIONS, required: true }]}
              initial={{ role: user.role }}
              version={user.version}
              schema={ZUserChangeRole}
              toInput={(v, version) => ({ id: user.id, version: version!, role: str(v, 'role') as TRole })}
              submit={(input) => client.user.changeRole.mutate(input)}
              reload={async () => {
                const u = await fresh(user.id);
                return u ? { values: { role: u.role }, version: u.version } : null;
              }}
              onClose={close}
            />
          )}
        </DialogButton>
      )}
      <DialogButton label="Passwort zurücksetzen" context={context}>
        {(close) => (
          <EntityFormDialog
            title="Passwort zurücksetzen"
            intro={<p>Neues Passwort für {user.displayName} ({user.username}). Offene Sitzungen der Person werden beendet.</p>}
            fields={[{ name: 'password', label: 'Neues Passwort', kind: 'password', required: true, hint: PASSWORD_HINT }]}
            initial={{ password: '' }}
            version={user.version}
            schema={ZUserResetPassword}
            toInput={(v, version) => ({ id: user.id, version: version!, password: str(v, 'password') })}
            submit={(input) => client.user.resetPassword.mutate(input)}
            reload={async () => {
              const u = await fresh(user.id);
              return u ? { values: { password: '' }, version: u.version } : null;
            }}
            onClose={close}
          />
        )}
      </DialogButton>
      {!self && (
        <DialogButton label={user.active ? 'Deaktivieren' : 'Aktivieren'} context={context}>
          {(close) => (
            <ConfirmDialog
              title={user.active ? 'Benutzer deaktivieren?' : 'Benutzer wieder aktivieren?'}
              confirmLabel={user.active ? 'Deaktivieren' : 'Aktivieren'}
              danger={user.active}
              onConfirm={async () => {
                const input = { id: user.id, version: user.version };
                await (user.active ? client.user.deactivate.mutate(input) : client.user.activate.mutate(input));
                await queryClient.invalidateQueries();
              }}
              onClose={close}
              errorOf={userMessageOf}
              conflictOf={conflictMessageOf}
              onConflictReload={() => queryClient.invalidateQueries()}
            >
              <p>
                {user.active
                  ? `${user.displayName} (${user.username}) kann sich danach nicht mehr anmelden; offene Sitzungen enden sofort. Der Verlauf bleibt erhalten.`
                  : `${user.displayName} (${user.username}) kann sich danach wieder anmelden.`}
              </p>
            </ConfirmDialog>
          )}
        </DialogButton>
      )}
    </>
  );
}

const CREATE_FIELDS: FieldSpec[] = [
  { name: 'username', label: 'Benutzername', kind: 'text', required: true, hint: 'Kleinbuchstaben, z. B. vorname.nachname' },
  { name: 'displayName', label: 'Name', kind: 'text', required: true },
  { name: 'role', label: 'Rolle', kind: 'radio', options: ROLE_OPTIONS, required: true },
  { name: 'password', label: 'Erstes Passwort', kind: 'password', required: true, hint: PASSWORD_HINT },
];

/** "Benutzer": IT administration creates users, changes roles, deactivates, resets passwords. */
export function UsersPage() {
  usePageTitle('Benutzer');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const users = useQuery(trpc.user.list.queryOptions());
  const me = useCurrentUser();
  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading">Benutzer</h1>
      <p>Benutzer und Rollen von {me.organisationName}.</p>
      <DialogButton label="Benutzer anlegen" className="button">
        {(close) => (
          <EntityFormDialog
            title="Benutzer anlegen"
            fields={CREATE_FIELDS}
            initial={{ username: '', displayName: '', role: 'lead', password: '' }}
            schema={ZUserCreate}
            toInput={(v) => ({
              username: str(v, 'username').trim(),
              displayName: str(v, 'displayName'),
              role: str(v, 'role') as TRole,
              password: str(v, 'password'),
            })}
            submit={(input) => client.user.create.mutate(input)}
            submitLabel="Anlegen"
            onClose={close}
          />
        )}
      </DialogButton>
      <QueryState isPending={users.isPending} error={users.error}>
        {() => (
          <table className="data-table">
            <caption className="visually-hidden">Benutzer der Organisation</caption>
            <thead>
              <tr>
                <th scope="col">Benutzername</th>
                <th scope="col">Name</th>
                <th scope="col">Rolle</th>
                <th scope="col">Status</th>
                <th scope="col">Zuletzt geändert</th>
                <th scope="col">
                  <span className="visually-hidden">Aktionen</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data!.map((u) => (
                <tr key={u.id} className={u.active ? undefined : 'row--inactive'}>
                  <td>
                    {u.username}
                    {u.id === me.id && <span className="muted"> (Sie)</span>}
                  </td>
                  <td>{u.displayName}</td>
                  <td>{ROLE_LABELS[u.role]}</td>
                  <td>{u.active ? 'aktiv' : 'deaktiviert'}</td>
                  <td>{formatDateTime(u.updatedAt)}</td>
                  <td className="row-actions">
                    <UserActions user={u} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </section>
  );
}
