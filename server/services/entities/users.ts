import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db';
import { users } from '../../../db/schema';
import { ROLE_LABELS } from '../../../shared/schemas/domain';
import type { TUserChangeRole, TUserCreate, TUserResetPassword, TUserSetActive } from '../../../shared/schemas/user';
import { hashPassword } from '../../auth/passwords';
import { deleteSessionsOfUser } from '../../auth/sessions';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { appendAudit, lastEditorOf, type Tx } from '../audit';
import { createUser } from '../users';
import { assertVersion } from '../versioning';
import { requireOwned, requirePermission } from './common';

type UserRow = typeof users.$inferSelect;

/** What the user administration shows: never the password hash. */
const PUBLIC_COLUMNS = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
} as const;

export type PublicUser = Pick<UserRow, keyof typeof PUBLIC_COLUMNS>;

function toPublic(row: UserRow): PublicUser {
  const { passwordHash: _hash, organisationId: _org, ...rest } = row;
  return rest;
}

export function listUsers(db: Db, actor: Actor): PublicUser[] {
  requirePermission(actor, 'manageUsers');
  return db.select(PUBLIC_COLUMNS).from(users).where(eq(users.organisationId, actor.organisationId)).orderBy(asc(users.username)).all();
}

function loadForEdit(tx: Tx, actor: Actor, id: number, expectedVersion: number): UserRow {
  requirePermission(actor, 'manageUsers');
  const row = requireOwned(tx.select().from(users).where(eq(users.id, id)).get(), actor, 'user', id, 'Der Benutzer wurde nicht gefunden.');
  assertVersion('user', row, expectedVersion, lastEditorOf(tx, 'user', id));
  return row;
}

function refuseSelf(actor: Actor, target: UserRow, what: string): void {
  if (actor.userId === target.id) {
    throw new AppError('INVALID_INPUT', `administrators cannot ${what} themselves`, {
      userMessage: 'Das können Sie nicht für Ihr eigenes Konto tun; bitten Sie eine andere Administratorin oder einen anderen Administrator.',
    });
  }
}

/** New users belong to the administrator's organisation; the password is hashed with Argon2id. */
export async function createOrganisationUser(db: Db, actor: Actor, input: TUserCreate): Promise<PublicUser> {
  requirePermission(actor, 'manageUsers');
  if (db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
    throw new AppError('INVALID_INPUT', `username ${input.username} taken`, { userMessage: 'Dieser Benutzername ist bereits vergeben.' });
  }
  const id = await createUser(db, actor, { ...input, organisationId: actor.organisationId });
  return toPublic(db.select().from(users).where(and(eq(users.id, id), eq(users.organisationId, actor.organisationId))).get()!);
}

export function changeUserRole(db: Db, actor: Actor, input: TUserChangeRole): PublicUser {
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    refuseSelf(actor, current, 'change the role of');
    if (current.role === input.role) return toPublic(current);
    const updated = tx
      .update(users)
      .set({ role: input.role, version: input.version + 1, updatedAt: new Date() })
      .where(eq(users.id, current.id))
      .returning()
      .get();
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'user',
      entityId: current.id,
      summary: `Rolle von „${current.username}“: ${ROLE_LABELS[current.role]} → ${ROLE_LABELS[input.role]}`,
      before: { role: current.role },
      after: { role: input.role },
    });
    return toPublic(updated);
  });
}

function setActive(db: Db, actor: Actor, input: TUserSetActive, active: boolean): PublicUser {
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    if (!active) refuseSelf(actor, current, 'deactivate');
    if (current.active === active) return toPublic(current);
    const updated = tx
      .update(users)
      .set({ active, version: input.version + 1, updatedAt: new Date() })
      .where(eq(users.id, current.id))
      .returning()
      .get();
    // A deactivated account loses its open sessions at once.
    if (!active) deleteSessionsOfUser(tx as unknown as Db, current.id);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'user',
      entityId: current.id,
      summary: `Benutzer „${current.username}“ ${active ? 'wieder aktiviert' : 'deaktiviert'}`,
      before: { active: current.active },
      after: { active },
    });
    return toPublic(updated);
  });
}

export const deactivateUser = (db: Db, actor: Actor, input: TUserSetActive) => setActive(db, actor, input, false);
export const activateUser = (db: Db, actor: Actor, input: TUserSetActive) => setActive(db, actor, input, true);

/** Sets a new password (the admin hands it over); open sessions of the user end. */
export async function resetUserPassword(db: Db, actor: Actor, input: TUserResetPassword): Promise<PublicUser> {
  requirePermission(actor, 'manageUsers');
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const current = loadForEdit(tx, actor, input.id, input.version);
    const updated = tx
      .update(users)
      .set({ passwordHash, version: input.version + 1, updatedAt: new Date() })
      .where(eq(users.id, current.id))
      .returning()
      .get();
    deleteSessionsOfUser(tx as unknown as Db, current.id);
    appendAudit(tx, actor, actor.organisationId, {
      action: 'update',
      entity: 'user',
      entityId: current.id,
      summary: `Passwort von „${current.username}“ zurückgesetzt`,
      before: { password: '(alt)' },
      after: { password: '(neu gesetzt)' },
    });
    return toPublic(updated);
  });
}
