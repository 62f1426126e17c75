import { formatDate } from '../dates/format';

/**
 * A project's phases lie within its planned span. When the span changes (the form, or a bar end
 * dragged in the Gantt), the phases follow, by one rule that the server applies when it saves
 * and the confirmation dialog shows beforehand:
 *
 * - a phase that would reach beyond the new end ends there; one that ran to the old end moves
 *   with a later end (the last phase lasts "until the end of the project");
 * - the same for the start, mirrored;
 * - a phase that would lie wholly outside the new span is not deleted silently: the change is
 *   refused, naming the phase and the latest end (or earliest start) that keeps it.
 */

export interface PhaseDates {
  name: string;
  start: string;
  end: string;
}

export interface PlannedSpan {
  start: string | null;
  end: string | null;
}

export interface FittedPhase<T extends PhaseDates> {
  phase: T;
  start: string;
  end: string;
}

export type PhaseFit<T extends PhaseDates> =
  | { ok: true; changed: FittedPhase<T>[] }
  | { ok: false; message: string };

export function fitPhasesToSpan<T extends PhaseDates>(phases: readonly T[], before: PlannedSpan, after: PlannedSpan): PhaseFit<T> {
  const changed: FittedPhase<T>[] = [];
  for (const phase of phases) {
    let { start, end } = phase;
    if (after.end !== null) {
      if (end > after.end) end = after.end;
      else if (before.end !== null && end === before.end && after.end > before.end) end = after.end;
    }
    if (after.start !== null) {
      if (start < after.start) start = after.start;
      else if (before.start !== null && start === before.start && after.start < before.start) start = after.start;
    }
    if (start > end) {
      return {
        ok: false,
        message:
          after.end !== null && phase.start > after.end
            ? `Die Phase „${phase.name}“ beginnt erst am ${formatDate(phase.start)}. Das Ende kann frühestens auf diesen Tag gelegt werden.`
            : `Die Phase „${phase.name}“ endet bereits am ${formatDate(phase.end)}. Der Beginn kann spätestens auf diesen Tag gelegt werden.`,
      };
    }
    if (start !== phase.start || end !== phase.end) changed.push({ phase, start, end });
  }
  return { ok: true, changed };
}

function latestStartingPhase<T extends PhaseDates>(phases: readonly T[]): T | null {
  let latest: T | null = null;
  for (const phase of phases) if (latest === null || phase.start > latest.start) latest = phase;
  return latest;
}

/**
 * The earliest planned end a project may be moved to: not before its start, nor before the start
 * of its last phase; with the reason in the user's words ("Das Projekt beginnt am …"). Null
 * when neither limits it.
 */
export function earliestProjectEnd(
  plannedStart: string | null,
  phases: readonly PhaseDates[],
): { date: string; reason: string } | null {
  const phase = latestStartingPhase(phases);
  if (phase && (plannedStart === null || phase.start > plannedStart)) {
    return { date: phase.start, reason: `Die Phase „${phase.name}“ beginnt am ${formatDate(phase.start)}.` };
  }
  return plannedStart === null ? null : { date: plannedStart, reason: `Das Projekt beginnt am ${formatDate(plannedStart)}.` };
}

/** "Phase „Umsetzung“: 01.01.2018 – 17.10.2020 (bisher 01.01.2018 – 31.12.2020)" */
export function describeFittedPhase(fitted: FittedPhase<PhaseDates>): string {
  const { phase } = fitted;
  return (
    `Phase „${phase.name}“: ${formatDate(fitted.start)} – ${formatDate(fitted.end)} ` +
    `(bisher ${formatDate(phase.start)} – ${formatDate(phase.end)})`
  );
}
