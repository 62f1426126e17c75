import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { auditLog } from '../../db/schema';
import type { Actor } from './actor';

export type AuditAction = (typeof auditLog.$inferInsert)['action'];
/** Drizzle transactions and the database share the query API used here. */
export type Tx = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'run' | 'get' | 'all' | 'query'>;

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId?: number | null;
  projectId?: number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = 'genesis';

/** The canonical text a row's hash covers; verify.ts recomputes it the same way. */
export function auditHashInput(row: {
  prevHash: string;
  at: number;
  organisationId: number | null;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  projectId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}): string {
  return JSON.stringify([
    row.prevHash,
    row.at,
    row.organisationId,
    row.userId,
    row.username,
    row.action,
    row.entity,
    row.entityId,
    row.projectId,
    row.summary,
    row.before ?? null,
    row.after ?? null,
  ]);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Appends one row to the hash-chained audit log. Call it inside the transaction of the change,
 * so the change and its record commit together or not at all.
 */
export function appendAudit(tx: Tx, actor: Actor | null, organisationId: number | null, entry: AuditEntry): void {
  const last = tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    prevHash,
    at: Date.now(),
    organisationId,
    userId: actor?.userId ?? null,
    username: actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    projectId: entry.projectId ?? null,
    summary: entry.summary,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
  const hash = sha256(auditHashInput(row));
  tx.insert(auditLog)
    .values({ ...row, at: new Date(row.at), hash })
    .run();
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  firstBrokenId: number | null;
  problem: string | null;
}

/** Recomputes every hash and link of the chain. */
export function verifyAuditChain(db: Db): AuditVerification {
  const stmt = db.$client.prepare(
    'SELECT id, organisation_id, at, user_id, username, action, entity, entity_id, project_id, summary, before, after, prev_hash, hash FROM audit_log ORDER BY id',
  );
  let prev = GENESIS_HASH;
  let rows = 0;
  for (const raw of stmt.iterate() as Iterable<Record<string, unknown>>) {
    rows++;
    const id = raw.id as number;
    if (raw.prev_hash !== prev) {
      return { ok: false, rows, firstBrokenId: id, problem: `row ${id}: prev_hash does not match the previous row` };
    }
    const expected = sha256(
      auditHashInput({
        prevHash: raw.prev_hash as string,
        at: raw.at as number,
        organisationId: (raw.organisation_id as number | null) ?? null,
        userId: (raw.user_id as number | null) ?? null,
        username: (raw.username as string | null) ?? null,
        action: raw.action as string,
        entity: raw.entity as string,
        entityId: (raw.entity_id as number | null) ?? null,
        projectId: (raw.project_id as number | null) ?? null,
        summary: raw.summary as string,
        before: raw.before === null ? null : JSON.parse(raw.before as string),
        after: raw.after === null ? null : JSON.parse(raw.after as string),
      }),
    );
    if (expected !== raw.hash) {
      return { ok: false, rows, firstBrokenId: id, problem: `row ${id}: hash does not match its content` };
    }
    prev = raw.hash as string;
  }
  return { ok: true, rows, firstBrokenId: null, problem: null };
}

/** Display name of whoever last changed the row, for "Inzwischen von … geändert". */
export function lastEditorOf(tx: Tx, entity: string, entityId: number): string | null {
  const row = tx
    .select({ username: auditLog.username })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  return row?.username ?? null;
}
