import { eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { users } from '../../db/schema';
import { AppError } from '../errors';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords';
import { createSession, deleteSession } from '../auth/sessions';
import { appendAudit } from './audit';

export interface LoginResult {
  token: string;
  user: { id: number; username: string; displayName: string; role: string; organisationId: number };
}

const INVALID_LOGIN = new AppError('UNAUTHORIZED', 'invalid username or password', {
  userMessage: 'Benutzername oder Passwort ist falsch.',
});

/** Checks the password (in equal time for unknown users) and opens a fresh session. */
export async function login(db: Db, username: string, password: string): Promise<LoginResult> {
  const user = db.select().from(users).where(eq(users.username, username)).get();
  if (!user || !user.active) {
    await verifyPassword(await dummyPasswordHash(), password);
    throw INVALID_LOGIN;
  }
  if (!(await verifyPassword(user.passwordHash, password))) throw INVALID_LOGIN;
  const token = db.transaction((tx) => {
    const created = createSession(tx as unknown as Db, user.id);
    appendAudit(
      tx,
      {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        organisationId: user.organisationId,
        role: user.role,
      },
      user.organisationId,
      { action: 'login', entity: 'session', entityId: user.id, summary: `Anmeldung von „${user.username}“` },
    );
    return created;
  });
  return {
    token,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisationId,
    },
  };
}

export function logout(db: Db, sessionId: string): void {
  deleteSession(db, sessionId);
}
