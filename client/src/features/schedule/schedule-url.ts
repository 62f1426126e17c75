import { searchParamsFromView, viewFromSearchParams } from '../../../../shared/portfolio/url';
import type { TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import { ZOOM_LEVELS, type TTimelineZoom } from '../../../../shared/timeline/scale';

/**
 * The Zeitplan's URL: the portfolio's own query parameters (shared/portfolio/url.ts), so that one
 * link filters table and timeline alike, plus the zoom level: /zeitplan?status=rot&zoom=jahr.
 */

export const ZOOM_PARAM = 'zoom';
export const DEFAULT_ZOOM: TTimelineZoom = 'quarter';

const ZOOM_SLUGS: Record<TTimelineZoom, string> = {
  month: 'monat',
  quarter: 'quartal',
  halfyear: 'halbjahr',
  year: 'jahr',
};

export function zoomFromSearchParams(params: URLSearchParams): TTimelineZoom {
  const slug = params.get(ZOOM_PARAM);
  return ZOOM_LEVELS.find((level) => ZOOM_SLUGS[level] === slug) ?? DEFAULT_ZOOM;
}

/** The query string of the Zeitplan for a portfolio view and a zoom level (default left out). */
export function scheduleSearchParams(view: TPortfolioView, zoom: TTimelineZoom = DEFAULT_ZOOM): URLSearchParams {
  const params = searchParamsFromView(view);
  if (zoom !== DEFAULT_ZOOM) params.set(ZOOM_PARAM, ZOOM_SLUGS[zoom]);
  return params;
}

/** "Im Zeitplan zeigen" from the portfolio: the same filters. */
export function scheduleHref(view: TPortfolioView, zoom: TTimelineZoom = DEFAULT_ZOOM): string {
  const query = scheduleSearchParams(view, zoom).toString();
  return query ? `/zeitplan?${query}` : '/zeitplan';
}

/** Back to the table with the same filters (the zoom means nothing there). */
export function portfolioHrefOf(view: TPortfolioView): string {
  const query = searchParamsFromView(view).toString();
  return query ? `/portfolio?${query}` : '/portfolio';
}

/** The timeline query's input for a Zeitplan URL, as the page asks for it when it opens. */
export function timelineInputOf(searchParams: URLSearchParams) {
  return timelineFilters(viewFromSearchParams(searchParams));
}

/** The filter part of the view, as the timeline procedure takes it. */
export function timelineFilters(view: TPortfolioView) {
  return {
    search: view.search,
    statuses: view.statuses,
    maturities: view.maturities,
    fieldOfActionIds: view.fieldOfActionIds,
    units: view.units,
    topLevelOnly: view.topLevelOnly,
    programmeId: view.programmeId,
  };
}
