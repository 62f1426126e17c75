import { z } from 'zod';
import { ZId, ZOptionalIsoDate, ZTitle, ZVersion } from './common';
import { ZNullableName, ZOptionalKey } from './project';

const milestoneFields = {
  title: ZTitle,
  plannedDate: ZOptionalIsoDate,
  /** The date first agreed; left empty on creation it becomes the planned date. */
  baselineDate: ZOptionalIsoDate,
  forecastDate: ZOptionalIsoDate,
  actualDate: ZOptionalIsoDate,
  phase: ZNullableName,
};

export const ZMilestoneCreate = z.object({ projectId: ZId, key: ZOptionalKey, ...milestoneFields });
export type TMilestoneCreate = z.infer<typeof ZMilestoneCreate>;

export const ZMilestoneUpdate = z.object({ id: ZId, version: ZVersion, ...milestoneFields });
export type TMilestoneUpdate = z.infer<typeof ZMilestoneUpdate>;

/** Quick path "Meilenstein erreicht": the actual date defaults to today. */
export const ZMilestoneReached = z.object({ id: ZId, version: ZVersion, actualDate: ZOptionalIsoDate });
export type TMilestoneReached = z.infer<typeof ZMilestoneReached>;
