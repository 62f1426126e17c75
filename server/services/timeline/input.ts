import { z } from 'zod';
import { ZId, ZIsoDate, ZVersion } from '../../../shared/schemas/common';
import { ZPortfolioView } from '../../../shared/schemas/portfolio-view';

/**
 * Inputs of the timeline procedures. The portfolio timeline takes the filter part of the
 * portfolio view (shared/schemas/portfolio-view.ts), so one URL filters table and timeline alike.
 */
export const ZTimelinePortfolioQuery = ZPortfolioView.pick({
  search: true,
  statuses: true,
  maturities: true,
  fieldOfActionIds: true,
  units: true,
  topLevelOnly: true,
  programmeId: true,
}).partial();
export type TTimelinePortfolioQuery = z.infer<typeof ZTimelinePortfolioQuery>;

export const ZTimelineProjectQuery = z.object({ projectId: ZId });

/**
 * Moving a project's planned end or a milestone's planned date in the Gantt. It names the version
 * the user saw, like every form edit, and goes through the same edit services.
 */
export const ZTimelineReschedule = z.object({
  kind: z.enum(['projectEnd', 'milestone'], { error: 'Unbekannte Art der Terminänderung.' }),
  id: ZId,
  version: ZVersion,
  newDate: ZIsoDate,
});
export type TTimelineReschedule = z.infer<typeof ZTimelineReschedule>;
