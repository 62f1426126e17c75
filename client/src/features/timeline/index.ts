export { TimelineView, type TimelineViewProps } from './TimelineView';
export { Gantt, type GanttHandle, type GanttProps } from './Gantt';
export { TimelineTable, type TimelineTableProps } from './TimelineTable';
export { downloadTimelinePng, downloadTimelineSvg, exportFileName, timelinePngBlob, timelineSvgBlob } from './export';
export type { ChartPosition, RescheduleRequest } from './types';
export type { TimelineModel, TimelineProject } from '../../../../shared/timeline/model';
export type { TTimelineZoom } from '../../../../shared/timeline/scale';
