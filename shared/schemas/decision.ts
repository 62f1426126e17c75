import { z } from 'zod';
import { ZId, ZIsoDate, ZName, ZTitle, ZVersion } from './common';
import { ZNullableText, ZOptionalKey, ZProjectIds } from './project';

const decisionFields = {
  /** Committees are data: a new name creates the committee. */
  committee: ZName.min(1, 'Bitte das Gremium angeben (z. B. Kreistag).'),
  date: ZIsoDate,
  subject: ZTitle,
  outcome: ZNullableText,
  projectIds: ZProjectIds,
};

export const ZDecisionCreate = z.object({ programmeId: ZId, key: ZOptionalKey, ...decisionFields });
export type TDecisionCreate = z.infer<typeof ZDecisionCreate>;

export const ZDecisionUpdate = z.object({ id: ZId, version: ZVersion, ...decisionFields });
export type TDecisionUpdate = z.infer<typeof ZDecisionUpdate>;
