import { searchParamsFromView } from '../../../../shared/portfolio/url';
import type { TPortfolioView } from '../../../../shared/schemas/portfolio-view';
import { groupRowKey, projectRowKey } from '../../../../shared/timeline/layout';
import { ZOOM_LEVELS, type TTimelineZoom } from '../../../../shared/timeline/scale';

/**
 * The Zeitplan's URL: the portfolio's own query parameters (shared/portfolio/url.ts), so that one
 * link filters table and timeline alike, plus the zoom level and the collapsed rows:
 * /zeitplan?status=rot&zoom=jahr&zu=h3.p12. The project page's Zeitplan uses the zoom part.
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

/** A copy of `params` with the zoom level set (the default left out); every other parameter kept. */
export function withZoom(params: URLSearchParams, zoom: TTimelineZoom): URLSearchParams {
  return withParam(params, ZOOM_PARAM, zoom === DEFAULT_ZOOM ? '' : ZOOM_SLUGS[zoom]);
}

/**
 * Collapsed rows: `h<id>` a Handlungsfeld's group row, `p<id>` a project with sub-projects, by
 * database id as in the row keys (`group:<id>`, `project:<id>`): an index would name another row
 * as soon as a filter or a new project shifts the rows. Joined by '.', which URLSearchParams
 * leaves as it is (a comma becomes %2C).
 */
export const COLLAPSED_PARAM = 'zu';

const TOKEN = /^([hp])([1-9]\d{0,8})$/;
const KEY = /^(group|project):([1-9]\d{0,8})$/;

/**
 * The collapsed rows named in the URL, as row keys, among `collapsible` (the keys of the rows of
 * this chart that can be collapsed): stale ids (a project since deleted, a Handlungsfeld outside
 * the filter) and malformed tokens are left out, not errors.
 */
export function collapsedFromSearchParams(params: URLSearchParams, collapsible: readonly string[]): Set<string> {
  return collapsedFromParam(params.get(COLLAPSED_PARAM), collapsible);
}

/** The same for the parameter's value (null: not in the URL). */
export function collapsedFromParam(value: string | null, collapsible: readonly string[]): Set<string> {
  const collapsed = new Set<string>();
  if (!value) return collapsed;
  const known = new Set(collapsible);
  for (const token of value.split('.')) {
    const match = TOKEN.exec(token);
    if (!match) continue;
    const key = match[1] === 'h' ? groupRowKey(match[2]!) : projectRowKey(match[2]!);
    if (known.has(key)) collapsed.add(key);
  }
  return collapsed;
}

/**
 * The `zu` value for a set of collapsed row keys ('' for none), in a fixed order so that one
 * state gives one link. Exactly the rows collapsed, also when they are all the groups a filter
 * leaves: a shorthand for "every group" would collapse the others too once the filter goes.
 * Keys that are not database ids (test models) are not written.
 */
export function collapsedParamValue(collapsed: ReadonlySet<string>): string {
  const ids = { group: [] as number[], project: [] as number[] };
  for (const key of collapsed) {
    const match = KEY.exec(key);
    if (match) ids[match[1] as 'group' | 'project'].push(Number(match[2]));
  }
  const byId = (a: number, b: number) => a - b;
  return [...ids.group.sort(byId).map((id) => `h${id}`), ...ids.project.sort(byId).map((id) => `p${id}`)].join('.');
}

/** A copy of `params` with the collapsed rows set ('' removes the parameter); every other parameter kept. */
export function withCollapsed(params: URLSearchParams, value: string): URLSearchParams {
  return withParam(params, COLLAPSED_PARAM, value);
}

function withParam(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/**
 * The query string of the Zeitplan for a portfolio view, a zoom level (default left out) and the
 * collapsed rows as they are in the URL (a `zu` value, kept as it is when the filters change).
 */
export function scheduleSearchParams(
  view: TPortfolioView,
  zoom: TTimelineZoom = DEFAULT_ZOOM,
  collapsed = '',
): URLSearchParams {
  return withCollapsed(withZoom(searchParamsFromView(view), zoom), collapsed);
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

export { timelineFilters, timelineInputOf } from '../../../../shared/timeline/request';
