import { useMemo } from 'react';
import { drawLegendSymbol, LEGEND_SYMBOL_HEIGHT, LEGEND_SYMBOL_WIDTH } from '../../../../shared/timeline/draw';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { timelineLegend } from '../../../../shared/timeline/legend';
import { shapeElement } from './SvgShapes';

/** Phases in use, symbols and status shapes, drawn with the same shapes as the chart. */
export function Legend({ model }: { model: TimelineModel }) {
  const entries = useMemo(() => timelineLegend(model), [model]);
  return (
    <ul className="tl-legend" aria-label="Legende">
      {entries.map((entry) => (
        <li key={entry.text}>
          <svg
            width={LEGEND_SYMBOL_WIDTH + 2}
            height={LEGEND_SYMBOL_HEIGHT + 2}
            viewBox={`-1 -1 ${LEGEND_SYMBOL_WIDTH + 2} ${LEGEND_SYMBOL_HEIGHT + 2}`}
            aria-hidden="true"
            focusable="false"
          >
            {drawLegendSymbol(entry, 0, 0).map((shape, index) => shapeElement(shape, index))}
          </svg>
          <span>{entry.text}</span>
        </li>
      ))}
    </ul>
  );
}
