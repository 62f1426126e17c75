import { z } from 'zod';
import { ZStatusThresholds } from '../status/thresholds';
import { ZId, ZVersion } from './common';

export const ZProgrammeRef = z.object({ programmeId: ZId });
export type TProgrammeRef = z.infer<typeof ZProgrammeRef>;

/** Editing the Ampel thresholds names the programme version it edits (no lost updates). */
export const ZProgrammeThresholdsUpdate = z.object({
  programmeId: ZId,
  version: ZVersion,
  thresholds: ZStatusThresholds,
});
export type TProgrammeThresholdsUpdate = z.infer<typeof ZProgrammeThresholdsUpdate>;
