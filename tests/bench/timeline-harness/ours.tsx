import './start';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { TimelineView } from '../../../client/src/features/timeline';
import type { TimelineModel } from '../../../shared/timeline/model';
import { loadBenchModel } from './load-data';
import { markAfterNextPaint } from './marks';


function Harness({ model }: { model: TimelineModel }) {
  useEffect(() => {
    if (document.querySelectorAll('[role="row"]').length < 10) throw new Error('rows missing after first render');
    markAfterNextPaint('[data-timeline-scroller]');
  }, []);
  return (
    <TimelineView
      model={model}
      title="Benchmark: 5.000 Projekte"
      initialZoom="month"
      height={720}
      onOpen={() => undefined}
    />
  );
}

void loadBenchModel().then((model) => {
  createRoot(document.getElementById('root') as HTMLElement).render(<Harness model={model} />);
});
