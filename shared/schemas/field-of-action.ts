import { z } from 'zod';
import { ZId, ZOptionalIsoDate, ZTitle, ZVersion } from './common';
import { ZNullableName, ZNullableText, ZOptionalKey } from './project';

/**
 * Programme structure: the programme's own data (not its traffic-light thresholds, which are
 * programme settings of their own) and its fields of action (Handlungsfelder).
 */
export const ZProgrammeInfoUpdate = z.object({
  id: ZId,
  version: ZVersion,
  title: ZTitle,
  versionLabel: ZNullableName,
  asOfDate: ZOptionalIsoDate,
  leadUnit: ZNullableName,
  description: ZNullableText,
});
export type TProgrammeInfoUpdate = z.infer<typeof ZProgrammeInfoUpdate>;

export const ZProgrammeStructureQuery = z.object({ programmeId: ZId });

const fieldOfActionFields = {
  title: ZTitle,
  description: ZNullableText,
};

export const ZFieldOfActionCreate = z.object({ programmeId: ZId, key: ZOptionalKey, ...fieldOfActionFields });
export type TFieldOfActionCreate = z.infer<typeof ZFieldOfActionCreate>;

export const ZFieldOfActionUpdate = z.object({
  id: ZId,
  version: ZVersion,
  ...fieldOfActionFields,
  sortOrder: z.number().int('Bitte eine ganze Zahl angeben.').min(0).max(10_000),
});
export type TFieldOfActionUpdate = z.infer<typeof ZFieldOfActionUpdate>;
