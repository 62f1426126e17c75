import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../db';
import { organisations, sessions, users } from '../../db/schema';
import type { SessionUser } from '../context';

export const SESSION_COOKIE = 'cockpit_session';
/** Idle expiry: a session unused this long ends (BSI/OWASP advise short idle timeouts). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Absolute expiry: one working day, whatever the activity. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a fresh session (a new id at every login) and returns the cookie token. */
export function createSession(db: Db, userId: number, now = Date.now()): string {
  const token = randomBytes(32).toString('base64url');
  db.insert(sessions)
    .values({
      id: hashToken(token),
      userId,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + SESSION_ABSOLUTE_MS),
    })
    .run();
  return token;
}

export function deleteSession(db: Db, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function deleteSessionsOfUser(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Resolves a cookie token to its user, enforcing idle and absolute expiry. */
export function resolveSession(db: Db, token: string | undefined, now = Date.now()): SessionUser | null {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const row = db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, id))
    .get();
  if (!row) return null;
  const expired = row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + SESSION_IDLE_MS <= now;
  if (expired || !row.active) {
    deleteSession(db, id);
    return null;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    db.update(sessions).set({ lastSeenAt: new Date(now) }).where(eq(sessions.id, id)).run();
  }
  return {
    id: row.userId,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    sessionId: id,
  };
}

export function purgeExpiredSessions(db: Db, now = Date.now()): void {
  db.delete(sessions)
    .where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.lastSeenAt, new Date(now - SESSION_IDLE_MS))))
    .run();
}
