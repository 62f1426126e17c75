import { viewFromSearchParams } from '../portfolio/url';
import type { TPortfolioView } from '../schemas/portfolio-view';
import { TIMELINE_PORTFOLIO_PROCEDURE, TRPC_BASE_PATH } from './request-path';

/**
 * The Zeitplan's data request, computed alike by the page (which makes it) and by the server
 * (whose HTML for /zeitplan announces it as a preload, so that it loads in parallel with the
 * scripts instead of after them). The two must agree to the byte, or the browser fetches twice.
 */


/** The filter part of a portfolio view, as the timeline procedure takes it. */
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

/** The timeline query's input for a Zeitplan URL, as the page asks for it when it opens. */
export function timelineInputOf(searchParams: URLSearchParams) {
  return timelineFilters(viewFromSearchParams(searchParams));
}

/**
 * Where the page's unbatched tRPC link (client/src/lib/trpc.ts) sends that query: a GET with the
 * input as JSON in the `input` parameter, the form of @trpc/client's httpLink (no transformer).
 * An e2e test checks that the page uses the preloaded response rather than fetching again.
 */
export function timelinePortfolioUrl(searchParams: URLSearchParams): string {
  const input = JSON.stringify(timelineInputOf(searchParams));
  return `${TRPC_BASE_PATH}/${TIMELINE_PORTFOLIO_PROCEDURE}?input=${encodeURIComponent(input)}`;
}
