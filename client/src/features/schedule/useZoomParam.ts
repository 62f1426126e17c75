import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import type { TTimelineZoom } from '../../../../shared/timeline/scale';
import { scheduleSearchParams, zoomFromSearchParams } from './schedule-url';

/**
 * The Zeitplan's zoom level lives in the URL beside the portfolio filters (?zoom=jahr): read from
 * there, and written back — replacing the history entry — when TimelineView reports a change
 * through its onZoomChange (buttons, plus and minus keys).
 */
export function useZoomParam(view: TPortfolioView): [TTimelineZoom, (zoom: TTimelineZoom) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const zoom = zoomFromSearchParams(searchParams);
  const setZoom = useCallback(
    (next: TTimelineZoom) => {
      if (next !== zoom) setSearchParams(scheduleSearchParams(view, next), { replace: true });
    },
    [view, zoom, setSearchParams],
  );
  return [zoom, setZoom];
}
