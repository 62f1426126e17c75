import { z } from 'zod';
import { ZId, ZName, ZOptionalIsoDate, ZOptionalText, ZTitle, ZVersion } from './common';
import { ZMaturity } from './domain';

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

/** Editing a project names the version it edits (no lost updates). */
export const ZProjectUpdate = z
  .object({ id: ZId, version: ZVersion, ...projectFields })
  .partial({ code: true, description: true, responsibleUnit: true, responsiblePerson: true, involvedParties: true })
  .refine(plannedOrder, plannedOrderMessage);
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

export const ZMaturityChange = z.object({ id: ZId, version: ZVersion, maturity: ZMaturity });
export type TMaturityChange = z.infer<typeof ZMaturityChange>;
