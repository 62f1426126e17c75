import { useCallback, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { ChartPosition } from '../timeline';
import { readChartPosition, writeChartPosition } from './chart-position';

/**
 * The chart's position kept with the current history entry (`chart` names the chart on the
 * page): `position` is where it stood when this entry was last shown, `onPositionChange` keeps
 * each new one. An entry added while the chart stays (a filter changed) gets the positions from
 * then on.
 */
export function useChartPosition(chart: string): {
  position: ChartPosition | null;
  onPositionChange: (position: ChartPosition) => void;
} {
  const { key } = useLocation();
  const entry = `${chart}:${key}`;
  const [position] = useState(() => readChartPosition(entry));
  const entryRef = useRef(entry);
  entryRef.current = entry;
  const onPositionChange = useCallback((next: ChartPosition) => writeChartPosition(entryRef.current, next), []);
  return { position, onPositionChange };
}
