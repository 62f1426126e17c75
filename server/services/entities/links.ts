import { inArray } from 'drizzle-orm';
import { projects } from '../../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import type { Tx } from '../audit';

/**
 * Links from obligations, decisions and goals to projects: every linked project must belong to
 * the actor's organisation (else NOT_FOUND, as for any foreign id) and to the same programme.
 */
export function requireProjectsOfProgramme(tx: Tx, actor: Actor, programmeId: number, projectIds: readonly number[]): void {
  if (projectIds.length === 0) return;
  const rows = tx
    .select({ id: projects.id, organisationId: projects.organisationId, programmeId: projects.programmeId })
    .from(projects)
    .where(inArray(projects.id, [...projectIds]))
    .all();
  if (rows.length !== projectIds.length || rows.some((r) => r.organisationId !== actor.organisationId)) {
    throw new AppError('NOT_FOUND', 'a linked project does not exist in this organisation', {
      userMessage: 'Ein gewähltes Projekt wurde nicht gefunden.',
    });
  }
  if (rows.some((r) => r.programmeId !== programmeId)) {
    throw new AppError('INVALID_INPUT', 'a linked project belongs to another programme', {
      userMessage: 'Ein gewähltes Projekt gehört zu einem anderen Programm.',
    });
  }
}

/** Sorted, so that the audit diff compares sets, not orders. */
export function sortedIds(ids: readonly number[]): number[] {
  return [...ids].sort((a, b) => a - b);
}
