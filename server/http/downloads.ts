import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { organisations, users } from '../../db/schema';
import { hasPermission, type Permission } from '../../shared/auth/permissions';
import { todayInBerlin } from '../../shared/dates/iso-date';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions';
import type { SessionUser } from '../context';
import { actorOf } from '../procedures/actor';
import { appendAudit } from '../services/audit';
import { backupDatabase } from '../services/backup';

export interface DownloadRouteOptions {
  db: Db;
}

/** Session and permission check for plain GET downloads (the browser saves them directly). */
export function requireDownloadUser(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  permission: Permission,
): SessionUser | null {
  const user = resolveSession(db, request.cookies[SESSION_COOKIE]);
  if (!user) {
    void reply.code(401).send({ error: 'Unauthorized', message: 'Bitte melden Sie sich an.' });
    return null;
  }
  if (!hasPermission(user.role, permission)) {
    void reply.code(403).send({ error: 'Forbidden', message: 'Dafür fehlt Ihnen die Berechtigung.' });
    return null;
  }
  return user;
}

/** A backup holds every organisation: an organisation's admin may take it only when it is alone. */
export function mayDownloadWholeDatabase(db: Db, user: SessionUser): boolean {
  const operator = db.select({ isOperator: users.isOperator }).from(users).where(eq(users.id, user.id)).get();
  if (operator?.isOperator) return true;
  return db.select({ n: count() }).from(organisations).get()!.n === 1;
}

export function registerDownloadRoutes(app: FastifyInstance, { db }: DownloadRouteOptions): void {
  app.get('/api/backup', async (request, reply) => {
    const user = requireDownloadUser(db, request, reply, 'backup');
    if (!user) return reply;
    if (!mayDownloadWholeDatabase(db, user)) {
      return reply.code(403).send({
        error: 'Forbidden',
        message:
          'Die Datenbank enthält mehrere Organisationen. Eine Gesamtsicherung darf nur der Betreiber (Benutzer „admin“) herunterladen.',
      });
    }
    const dir = await mkdtemp(join(tmpdir(), 'cockpit-backup-'));
    const file = join(dir, 'cockpit.db');
    try {
      db.transaction((tx) =>
        appendAudit(tx, actorOf(user), user.organisationId, {
          action: 'backup',
          entity: 'database',
          summary: `Datensicherung heruntergeladen von „${user.username}“`,
        }),
      );
      await backupDatabase(db, file);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    const stream = createReadStream(file);
    stream.on('close', () => void rm(dir, { recursive: true, force: true }));
    return reply
      .header('content-type', 'application/vnd.sqlite3')
      .header('content-disposition', `attachment; filename="cockpit-sicherung-${todayInBerlin()}.db"`)
      .header('cache-control', 'no-store')
      .send(stream);
  });
}
