import { eq } from 'drizzle-orm';
import type { ZodType } from 'zod';
import type { Db } from '../../../db';
import { milestones, projects } from '../../../db/schema';
import { ZMilestoneUpdate } from '../../../shared/schemas/milestone';
import { ZProjectUpdate } from '../../../shared/schemas/project';
import { AppError } from '../../errors';
import type { Actor } from '../actor';
import { requireOwned } from '../entities/common';
import { updateMilestone } from '../entities/milestones';
import { updateProject } from '../projects';
import type { TTimelineReschedule } from './input';

/**
 * A date moved in the Gantt is saved as the form would save it: the full update of the record
 * with only the planned date changed, validated by the form's schema and written by the same
 * edit service — so the same rights, version check, audit entry and German messages apply.
 */

export interface RescheduleResult {
  kind: TTimelineReschedule['kind'];
  id: number;
  projectId: number;
  date: string;
  version: number;
}

/** The form's schema decides; its first message is the user's answer (e.g. end before start). */
function validated<T>(schema: ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'Die Eingabe ist ungültig.';
  throw new AppError('INVALID_INPUT', `reschedule rejected: ${message}`, { userMessage: message });
}

export function reschedule(db: Db, actor: Actor, input: TTimelineReschedule): RescheduleResult {
  if (input.kind === 'milestone') {
    const current = requireOwned(
      db.select().from(milestones).where(eq(milestones.id, input.id)).get(),
      actor,
      'milestone',
      input.id,
      'Der Meilenstein wurde nicht gefunden.',
    );
    const updated = updateMilestone(
      db,
      actor,
      validated(ZMilestoneUpdate, {
        id: current.id,
        version: input.version,
        title: current.title,
        plannedDate: input.newDate,
        baselineDate: current.baselineDate,
        forecastDate: current.forecastDate,
        actualDate: current.actualDate,
        phase: current.phase,
      }),
    );
    return { kind: input.kind, id: updated.id, projectId: updated.projectId, date: input.newDate, version: updated.version };
  }

  const current = requireOwned(
    db.select().from(projects).where(eq(projects.id, input.id)).get(),
    actor,
    'project',
    input.id,
    'Das Projekt wurde nicht gefunden.',
  );
  const updated = updateProject(
    db,
    actor,
    validated(ZProjectUpdate, {
      id: current.id,
      version: input.version,
      title: current.title,
      maturity: current.maturity,
      plannedStart: current.plannedStart,
      plannedEnd: input.newDate,
    }),
  );
  return { kind: input.kind, id: updated.id, projectId: updated.id, date: input.newDate, version: updated.version };
}
