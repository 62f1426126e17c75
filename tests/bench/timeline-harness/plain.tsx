import './start';
import { createRoot } from 'react-dom/client';
import type { TimelineModel } from '../../../shared/timeline/model';
import { loadBenchModel } from './load-data';
import { markFirstPaintOf } from './marks';

/**
 * The floor under any page of this app that shows these projects: the same React, the same
 * fetch and decoding, then only the first visible rows as plain text. What our Gantt costs on
 * top of this is the chart itself.
 */
const VISIBLE_ROWS = 30;

function PlainRows({ model }: { model: TimelineModel }) {
  return (
    <div role="treegrid" aria-label="Projekte" style={{ height: 720, overflow: 'auto' }}>
      {model.rows.slice(0, VISIBLE_ROWS).map((row) => (
        <div key={row.id} role="row" aria-level={1} style={{ height: 32 }}>
          {row.code} {row.title}
        </div>
      ))}
    </div>
  );
}

void loadBenchModel().then((model) => {
  createRoot(document.getElementById('root') as HTMLElement).render(<PlainRows model={model} />);
  markFirstPaintOf('[role="row"][aria-level]', '[role="treegrid"]', '[role="treegrid"]');
});
