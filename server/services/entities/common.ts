import { count, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { hasPermission, type Permission } from '../../../shared/auth/permissions';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import type { Tx } from '../audit';

/**
 * Helpers every editing service shares: organisation scoping without existence leaks, role
 * checks with German messages, audit diffs of exactly the changed fields, generated keys.
 */

/** A row of another organisation is reported exactly like a missing one. */
export function requireOwned<Row extends { organisationId: number }>(
  row: Row | undefined | null,
  actor: Actor,
  entity: string,
  id: number,
  userMessage: string,
): Row {
  if (!row || row.organisationId !== actor.organisationId) {
    throw new AppError('NOT_FOUND', `${entity} ${id} not found in organisation ${actor.organisationId}`, { userMessage });
  }
  return row;
}

const PERMISSION_MESSAGES: Partial<Record<Permission, string>> = {
  editPortfolio: 'Das darf nur der Steuerungsdienst.',
  editProgrammeSettings: 'Das dürfen nur der Steuerungsdienst und die IT-Administration.',
  manageUsers: 'Benutzer verwaltet nur die IT-Administration.',
};

export function requirePermission(actor: Actor, permission: Permission): void {
  if (actor.role === 'system' || hasPermission(actor.role, permission)) return;
  throw new AppError('FORBIDDEN', `role ${actor.role} lacks ${permission}`, {
    userMessage: PERMISSION_MESSAGES[permission] ?? 'Dafür fehlt Ihnen die Berechtigung.',
  });
}

export interface AuditDiff {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return false;
}

/** Before/after of the fields that really change; `undefined` in `next` means "left as is". */
export function diffFields(current: Record<string, unknown>, next: Record<string, unknown>): AuditDiff {
  const keys = Object.keys(next).filter((k) => next[k] !== undefined && !sameValue(current[k] ?? null, next[k] ?? null));
  return {
    before: Object.fromEntries(keys.map((k) => [k, current[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, next[k] ?? null])),
  };
}

export function isEmptyDiff(diff: AuditDiff): boolean {
  return Object.keys(diff.after).length === 0;
}

/** The named fields of a row, for the before/after of a create or delete. */
export function pick<Row extends Record<string, unknown>, K extends keyof Row>(row: Row, keys: readonly K[]): Pick<Row, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null])) as Pick<Row, K>;
}

/** The first free key of the form `<prefix>-<n>`; generated keys are stable and readable. */
export function nextFreeKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = used.size + 1; ; n++) {
    const key = `${prefix}-${n}`;
    if (!used.has(key)) return key;
  }
}

/** "3 Teilprojekte", "1 Meilenstein". */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('de-DE')} ${count === 1 ? singular : plural}`;
}

export interface ImpactItem {
  kind: string;
  count: number;
  label: string;
}

/** What goes with a deletion, for the question the UI asks first. */
export interface DeletionImpact {
  /** "dem Projekt „E-Akte“" — the UI says "Mit {subject} werden gelöscht: …". */
  subject: string;
  deleted: ImpactItem[];
  /** Rows that stay but lose their link (e.g. KPIs of a deleted goal). */
  detached: ImpactItem[];
}

export function impactItem(kind: string, count: number, singular: string, plural: string): ImpactItem[] {
  return count > 0 ? [{ kind, count, label: countLabel(count, singular, plural) }] : [];
}

export function countWhere(db: Tx, table: SQLiteTable, condition: SQL | undefined): number {
  return db.select({ n: count() }).from(table).where(condition).get()?.n ?? 0;
}
