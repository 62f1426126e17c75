import type { TimelineModel } from '../../../shared/timeline/model';
import { decodeTimeline, type TimelineWire } from '../../../shared/timeline/wire';
import { DATA_READY } from './marks';

/**
 * The portfolio written next to the pages by tests/bench/timeline.ts (preloaded in the HTML), in
 * the column form the timeline procedures send, decoded by the function the Zeitplan pages use.
 */
export async function loadBenchModel(): Promise<TimelineModel> {
  const response = await fetch('./timeline-data.json');
  const { model } = decodeTimeline((await response.json()) as TimelineWire);
  performance.mark(DATA_READY);
  return model;
}
