import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { ChartPosition } from '../timeline';
import { readChartPosition, writeChartPosition } from './chart-position';

/**
 * The chart's position kept with each history entry (`chart` names the chart on the page):
 * `position` is where it stood when the entry shown was last left, `positionKey` names that
 * entry, and `onPositionChange` keeps a position for the entry it belongs to. Back and Forward
 * between entries of the same page (filters, another project) move the chart along.
 */
export function useChartPosition(chart: string): {
  position: ChartPosition | null;
  positionKey: string;
  onPositionChange: (position: ChartPosition, positionKey: string | undefined) => void;
} {
  const { key } = useLocation();
  const positionKey = `${chart}:${key}`;
  const position = useMemo(() => readChartPosition(positionKey), [positionKey]);
  const onPositionChange = useCallback((next: ChartPosition, entry: string | undefined) => {
    if (entry !== undefined) writeChartPosition(entry, next);
  }, []);
  return { position, positionKey, onPositionChange };
}
