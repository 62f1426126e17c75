import type { TimelineModel } from '../../../shared/timeline/model';
import { DATA_READY } from './marks';

/** The portfolio JSON written next to the pages by tests/bench/timeline.ts (preloaded in the HTML). */
export async function loadBenchModel(): Promise<TimelineModel> {
  const response = await fetch('./timeline-data.json');
  const model = (await response.json()) as TimelineModel;
  performance.mark(DATA_READY);
  return model;
}
