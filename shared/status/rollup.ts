import { STATUSES, type TStatus } from '../domain/vocabulary';

/**
 * Worst first. "Worst" is the status that most needs the steering group's attention:
 * a running project that is on track (green) still carries risk, a finished one (done) no longer
 * does, and "nicht bewertet" (none) says nothing at all, so it never masks any other status.
 * Groups show the distribution beside the worst status, so unassessed projects stay visible.
 */
export const STATUS_SEVERITY_ORDER = [
  'red',
  'amber',
  'green',
  'done',
  'none',
] as const satisfies readonly TStatus[];

/** Higher is worse: red 4, amber 3, green 2, done 1, none 0. */
export function statusSeverity(status: TStatus): number {
  return STATUS_SEVERITY_ORDER.length - 1 - STATUS_SEVERITY_ORDER.indexOf(status);
}

/** Sort comparator that puts the worst status first. */
export function compareStatusSeverity(a: TStatus, b: TStatus): number {
  return statusSeverity(b) - statusSeverity(a);
}

export interface StatusRollup {
  /** Every status is a key, zero when absent, so charts and tables need no fallbacks. */
  distribution: Record<TStatus, number>;
  /** 'none' for an empty group. */
  worst: TStatus;
  total: number;
}

/** Summary of a group (Handlungsfeld, Programm); pass the projects' effective `status`. */
export function rollUpStatuses(statuses: readonly TStatus[]): StatusRollup {
  const distribution = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TStatus, number>;
  let worst: TStatus = 'none';
  for (const status of statuses) {
    distribution[status] += 1;
    if (statusSeverity(status) > statusSeverity(worst)) worst = status;
  }
  return { distribution, worst, total: statuses.length };
}
