import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../db';
import { milestones } from '../../../db/schema';
import { DEFAULT_STATUS_THRESHOLDS, type StatusMilestone, type StatusResult } from '../../../shared/status';
import { berlinDateOf, toStatusOverride, type BoardData, type BoardOverride } from '../status/board-data';
import { computeOwnStatuses } from '../status/compute';

/**
 * The status of every project as it stood at a past Stichtag. The board is evaluated from
 * today's data at asOf; for dates before today it still counts what happened after the
 * Stichtag wherever the board selects "the current row" rather than "the row at asOf":
 *
 * - a milestone reached after the Stichtag was still open at the Stichtag (and possibly
 *   overdue), but the board leaves reached milestones out of the rules;
 * - the override in force at the Stichtag may since have been replaced or revoked, and the
 *   board only knows the current one.
 *
 * Both carry dates (actual date; validFrom and revokedAt), so they are corrected here; what has
 * no date of its own (an edited planned date, Reifegrad) cannot be, see ADR 006.
 */

/** An actual date after the Stichtag had not happened yet at the Stichtag. */
export function actualAt(actualDate: string | null, asOfDate: string): string | null {
  return actualDate !== null && actualDate > asOfDate ? null : actualDate;
}

/**
 * The override in force on the Stichtag: set on or before it (validFrom is the day it was set)
 * and not revoked by the end of it; the latest of those, as setting one revokes the one before.
 */
export function overrideAt(overrides: readonly BoardOverride[], asOfDate: string): Map<number, BoardOverride> {
  const inForce = new Map<number, BoardOverride>();
  for (const o of overrides) {
    if (o.validFrom > asOfDate) continue;
    if (o.revokedAt !== null && berlinDateOf(o.revokedAt) <= asOfDate) continue;
    const current = inForce.get(o.projectId);
    if (!current || o.validFrom >= current.validFrom) inForce.set(o.projectId, o);
  }
  return inForce;
}

export interface StatusAtStichtag {
  own: ReadonlyMap<number, StatusResult>;
  override: ReadonlyMap<number, BoardOverride>;
}

export function statusesAtStichtag(db: Db, organisationId: number, board: BoardData, asOfDate: string): StatusAtStichtag {
  const reachedLater = db
    .select({
      projectId: milestones.projectId,
      title: milestones.title,
      plannedDate: milestones.plannedDate,
      baselineDate: milestones.baselineDate,
      forecastDate: milestones.forecastDate,
    })
    .from(milestones)
    .where(and(eq(milestones.organisationId, organisationId), gt(milestones.actualDate, asOfDate)))
    .orderBy(milestones.id)
    .all();
  let milestonesByProject = board.sources.milestonesByProject;
  if (reachedLater.length > 0) {
    const merged = new Map<number, StatusMilestone[]>(milestonesByProject);
    for (const m of reachedLater) merged.set(m.projectId, [...(merged.get(m.projectId) ?? []), { ...m, actualDate: null }]);
    milestonesByProject = merged;
  }
  const override = overrideAt(board.overrides, asOfDate);
  const thresholds = new Map(board.programmes.map((p) => [p.id, p.thresholds]));
  const own = computeOwnStatuses(
    board.projects,
    { ...board.sources, milestonesByProject },
    (id) => {
      const o = override.get(id);
      return o ? toStatusOverride(o) : null;
    },
    (programmeId) => thresholds.get(programmeId) ?? DEFAULT_STATUS_THRESHOLDS,
    asOfDate,
  );
  return { own, override };
}
