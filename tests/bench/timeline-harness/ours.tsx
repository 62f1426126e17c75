import './start';
import { createRoot } from 'react-dom/client';
import { TimelineView } from '../../../client/src/features/timeline';
import type { TimelineModel } from '../../../shared/timeline/model';
import { loadBenchModel } from './load-data';
import { markFirstPaintOf } from './marks';

function Harness({ model }: { model: TimelineModel }) {
  return (
    <TimelineView
      model={model}
      title="Benchmark: 5.000 Projekte"
      zoom="month"
      height={720}
      onOpen={() => undefined}
    />
  );
}

void loadBenchModel().then((model) => {
  createRoot(document.getElementById('root') as HTMLElement).render(<Harness model={model} />);
  // Vertical scrolling is the browser's own; the horizontal pan follows the chart's scrollbar.
  markFirstPaintOf('[role="row"][aria-level]', '[data-timeline-scroller]', '.tl-hscroll');
});
