import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations, users } from '../db/schema';
import type { Context, SessionUser } from '../server/context';
import { createCallerFactory } from '../server/trpc';
import { appRouter } from '../server/routers';

const createCaller = createCallerFactory(appRouter);

/** The session user of a seeded demo account, e.g. `steuerung.unna`. */
export function sessionUserFor(db: Db, username: string): SessionUser {
  const row = db
    .select({ user: users, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.username, username))
    .get();
  if (!row) throw new Error(`no user ${username} in the test database`);
  return {
    id: row.user.id,
    organisationId: row.user.organisationId,
    organisationName: row.organisationName,
    username: row.user.username,
    displayName: row.user.displayName,
    role: row.user.role,
    sessionId: `test-session-${row.user.id}`,
  };
}

export interface CookieRecord {
  set: { token: string; maxAgeSeconds: number }[];
  cleared: number;
}

export function testContext(db: Db, user: SessionUser | null, today = '2026-11-23'): Context & { cookieRecord: CookieRecord } {
  const cookieRecord: CookieRecord = { set: [], cleared: 0 };
  return {
    db,
    user,
    clientIp: '127.0.0.1',
    today: () => today,
    cookies: {
      set: (token, maxAgeSeconds) => cookieRecord.set.push({ token, maxAgeSeconds }),
      clear: () => {
        cookieRecord.cleared++;
      },
    },
    cookieRecord,
  };
}

/** A tRPC caller acting as the given demo user (or anonymous when null). */
export function callerAs(db: Db, username: string | null, today?: string) {
  return createCaller(testContext(db, username ? sessionUserFor(db, username) : null, today));
}
