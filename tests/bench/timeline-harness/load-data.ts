import type { TimelineModel } from '../../../shared/timeline/model';

/** The portfolio JSON written next to the pages by tests/bench/timeline.ts (preloaded in the HTML). */
export async function loadBenchModel(): Promise<TimelineModel> {
  const response = await fetch('./timeline-data.json');
  return (await response.json()) as TimelineModel;
}
