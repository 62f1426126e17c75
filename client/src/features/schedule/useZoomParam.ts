import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { TTimelineZoom } from '../../../../shared/timeline/scale';
import { withZoom, zoomFromSearchParams } from './schedule-url';

/**
 * The Zeitplan's zoom level lives in the URL (?zoom=jahr), on the portfolio Zeitplan beside the
 * filters and on the project page: read from there, and written back — replacing the history
 * entry, so that Back leaves the page instead of undoing zoom steps — when TimelineView reports a
 * change through its onZoomChange (buttons, plus and minus keys). Every other parameter is kept.
 */
export function useZoomParam(): [TTimelineZoom, (zoom: TTimelineZoom) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const zoom = zoomFromSearchParams(searchParams);
  const setZoom = useCallback(
    (next: TTimelineZoom) => {
      if (next !== zoom) setSearchParams(withZoom(searchParams, next), { replace: true });
    },
    [searchParams, zoom, setSearchParams],
  );
  return [zoom, setZoom];
}
