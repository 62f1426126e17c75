import { z } from 'zod';
import { ZId, ZKey, ZName, ZOptionalIsoDate, ZOptionalText, ZText, ZTitle, ZVersion } from './common';
import { ZMaturity } from './domain';

/* Building blocks shared by every editing schema (full-replace updates, confirmed deletes). */

/** An optional short text: an empty field is stored as null. */
export const ZNullableName = ZName.nullable().transform((v) => (v ? v : null));
/** An optional long text: a blank field is stored as null. */
export const ZNullableText = ZText.nullable().transform((v) => (v && v.trim() ? v : null));
/** A key the user may leave empty; the server then generates one. */
export const ZOptionalKey = ZKey.nullable().optional();

/** The projects an obligation, decision or goal is linked to (replaced as a whole). */
export const ZProjectIds = z
  .array(ZId)
  .max(1000, 'Höchstens 1000 Projekte.')
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Jedes Projekt nur einmal.' });

/** Deleting names the version it saw and is confirmed after the user was shown the impact. */
export const ZConfirmedDelete = z.object({
  id: ZId,
  version: ZVersion,
  confirm: z.literal(true, { error: 'Bitte bestätigen Sie das Löschen.' }),
});
export type TConfirmedDelete = z.infer<typeof ZConfirmedDelete>;

/** What goes with a deletion: asked for before the user confirms. */
export const ZDeletionImpactQuery = z.object({ id: ZId });

/* Projects */

const projectFields = {
  title: ZTitle,
  code: ZName.nullable().optional(),
  description: ZOptionalText,
  responsibleUnit: ZName.nullable().optional(),
  responsiblePerson: ZName.nullable().optional(),
  involvedParties: ZName.nullable().optional(),
  plannedStart: ZOptionalIsoDate,
  plannedEnd: ZOptionalIsoDate,
  maturity: ZMaturity,
};

const plannedOrder = (v: { plannedStart?: string | null; plannedEnd?: string | null }) =>
  !v.plannedStart || !v.plannedEnd || v.plannedEnd >= v.plannedStart;
const plannedOrderMessage = { message: 'Das geplante Ende liegt vor dem Beginn.', path: ['plannedEnd'] };

/**
 * Editing a project names the version it edits (no lost updates). `fieldOfActionId` and
 * `leadUserId` are structural and may be changed by the steering office only.
 */
export const ZProjectUpdate = z
  .object({
    id: ZId,
    version: ZVersion,
    ...projectFields,
    fieldOfActionId: ZId.optional(),
    leadUserId: ZId.nullable().optional(),
  })
  .partial({ code: true, description: true, responsibleUnit: true, responsiblePerson: true, involvedParties: true })
  .refine(plannedOrder, plannedOrderMessage);
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

export const ZMaturityChange = z.object({ id: ZId, version: ZVersion, maturity: ZMaturity });
export type TMaturityChange = z.infer<typeof ZMaturityChange>;

/** A project or, with `parentId`, a sub-project; the programme follows from the field of action. */
export const ZProjectCreate = z
  .object({
    fieldOfActionId: ZId,
    parentId: ZId.nullable(),
    key: ZOptionalKey,
    title: ZTitle,
    code: ZNullableName,
    description: ZNullableText,
    responsibleUnit: ZNullableName,
    responsiblePerson: ZNullableName,
    involvedParties: ZNullableName,
    plannedStart: ZOptionalIsoDate,
    plannedEnd: ZOptionalIsoDate,
    maturity: ZMaturity,
    leadUserId: ZId.nullable(),
  })
  .refine(plannedOrder, plannedOrderMessage);
export type TProjectCreate = z.infer<typeof ZProjectCreate>;
