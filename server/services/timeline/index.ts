export { buildTimelineModel, loadTimeline, type TimelineData, type TimelineScope, type TimelineVersions } from './build-model';
export { portfolioFilterIds, portfolioFilterOptions } from './portfolio-filter';
export { reschedule, type RescheduleResult } from './reschedule';
export { ZTimelinePortfolioQuery, ZTimelineProjectQuery, ZTimelineReschedule, type TTimelinePortfolioQuery, type TTimelineReschedule } from './input';
