import { z } from 'zod';
import { ZId, ZIsoDate } from './common';
import { ZManualStatus } from './domain';

/** Limits of the free texts people write beside a traffic light. */
export const STATUS_TEXT_LIMITS = {
  justificationMax: 2_000,
  statusUpdateMax: 5_000,
} as const;

const justification = z
  .string({ error: 'Bitte eine Begründung angeben.' })
  .trim()
  .min(1, 'Bitte eine Begründung angeben.')
  .max(STATUS_TEXT_LIMITS.justificationMax, `Höchstens ${STATUS_TEXT_LIMITS.justificationMax} Zeichen.`);

/** A manual Ampel: always with a justification; it may expire (first day it no longer applies). */
export const ZStatusOverrideSet = z.object({
  projectId: ZId,
  status: ZManualStatus,
  justification,
  expiresAt: ZIsoDate.nullable().optional(),
});
export type TStatusOverrideSet = z.infer<typeof ZStatusOverrideSet>;

export const ZStatusOverrideRevoke = z.object({ overrideId: ZId });
export type TStatusOverrideRevoke = z.infer<typeof ZStatusOverrideRevoke>;

/** A dated Statusmeldung; the date is the server's today, the author the signed-in user. */
export const ZStatusUpdateCreate = z.object({
  projectId: ZId,
  status: ZManualStatus,
  text: z
    .string({ error: 'Bitte einen Text angeben.' })
    .trim()
    .min(1, 'Bitte einen Text angeben.')
    .max(STATUS_TEXT_LIMITS.statusUpdateMax, `Höchstens ${STATUS_TEXT_LIMITS.statusUpdateMax} Zeichen.`),
});
export type TStatusUpdateCreate = z.infer<typeof ZStatusUpdateCreate>;

/** Which part of the organisation's portfolio a board view shows; no programme = all. */
export const ZBoardScope = z.object({ programmeId: ZId.optional() }).default({});
export type TBoardScope = z.infer<typeof ZBoardScope>;

export const ZProjectStatusQuery = z.object({ projectId: ZId });
