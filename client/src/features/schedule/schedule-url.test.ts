import { describe, expect, it } from 'vitest';
import { viewFromSearchParams } from '../../../../shared/portfolio/url';
import { DEFAULT_PORTFOLIO_VIEW } from '../../../../shared/schemas/portfolio-view';
import {
  collapsedFromSearchParams,
  collapsedParamValue,
  portfolioHrefOf,
  scheduleHref,
  scheduleSearchParams,
  timelineFilters,
  withCollapsed,
  withZoom,
  zoomFromSearchParams,
} from './schedule-url';

describe('[SCHEDULE] the Zeitplan URL', () => {
  it('reads the zoom level from its German slug and falls back to Quartal', () => {
    expect(zoomFromSearchParams(new URLSearchParams('zoom=jahr'))).toBe('year');
    expect(zoomFromSearchParams(new URLSearchParams('zoom=halbjahr'))).toBe('halfyear');
    expect(zoomFromSearchParams(new URLSearchParams('zoom=year'))).toBe('quarter');
    expect(zoomFromSearchParams(new URLSearchParams(''))).toBe('quarter');
  });

  it('keeps every portfolio parameter, so table and timeline share one link', () => {
    const query = 'status=rot&status=gelb&reifegrad=1&handlungsfeld=4&ebene=projekte&gruppe=keine&programm=2&suche=DMS';
    const view = viewFromSearchParams(new URLSearchParams(query));
    const params = scheduleSearchParams(view, 'month');
    expect(params.get('zoom')).toBe('monat');
    expect(viewFromSearchParams(params)).toEqual(view);
    const back = new URL(portfolioHrefOf(viewFromSearchParams(params)), 'http://x');
    expect(back.pathname).toBe('/portfolio');
    expect(back.searchParams.has('zoom')).toBe(false);
    expect(viewFromSearchParams(back.searchParams)).toEqual(view);
    expect(scheduleHref(view)).toMatch(/^\/zeitplan\?suche=DMS&status=rot&status=gelb&reifegrad=1&handlungsfeld=4&ebene=projekte&gruppe=keine&programm=2$/);
  });

  it('links to the bare page without filters and hands the procedure only the filter part', () => {
    expect(scheduleHref(DEFAULT_PORTFOLIO_VIEW)).toBe('/zeitplan');
    expect(scheduleHref(DEFAULT_PORTFOLIO_VIEW, 'year')).toBe('/zeitplan?zoom=jahr');
    expect(Object.keys(timelineFilters(DEFAULT_PORTFOLIO_VIEW)).sort()).toEqual(
      ['fieldOfActionIds', 'maturities', 'programmeId', 'search', 'statuses', 'topLevelOnly', 'units'],
    );
  });

  it('sets the zoom level on any URL, keeping its other parameters (the project page has its own)', () => {
    const params = new URLSearchParams('status=rot&zu=h3&tab=x');
    expect(withZoom(params, 'year').toString()).toBe('status=rot&zu=h3&tab=x&zoom=jahr');
    expect(withZoom(new URLSearchParams('a=1&zoom=jahr'), 'quarter').toString()).toBe('a=1');
    expect(params.toString()).toBe('status=rot&zu=h3&tab=x');
  });
});

describe('[SCHEDULE] collapsed rows in the Zeitplan URL', () => {
  /** Collapsible rows of a chart with three Handlungsfelder and two projects with sub-projects. */
  const collapsible = ['group:3', 'project:12', 'project:40', 'group:5', 'group:7', 'project:8'];
  const read = (query: string, keys: readonly string[] = collapsible) =>
    [...collapsedFromSearchParams(new URLSearchParams(query), keys)].sort();

  it('writes ids, groups then projects in id order, and reads them back', () => {
    const collapsed = new Set(['project:40', 'group:5', 'project:8', 'group:3']);
    const value = collapsedParamValue(collapsed);
    expect(value).toBe('h3.h5.p8.p40');
    // Unescaped in the query string: the link stays short and readable.
    expect(withCollapsed(new URLSearchParams(), value).toString()).toBe('zu=h3.h5.p8.p40');
    expect(read(`zu=${value}`)).toEqual([...collapsed].sort());
    expect(collapsedParamValue(new Set())).toBe('');
    expect(read('')).toEqual([]);
  });

  it('lists every collapsed group, also when they are all the groups under a filter: removing the filter opens the others', () => {
    // Both groups a filter leaves, collapsed one by one or by "Alle einklappen".
    const value = collapsedParamValue(new Set(['group:3', 'group:5']));
    expect(value).toBe('h3.h5');
    // Without the filter the chart has group 7 too: it stays open.
    expect(read(`zu=${value}`)).toEqual(['group:3', 'group:5']);
    expect(read('zu=alle')).toEqual([]);
  });

  it('ignores stale ids: rows that are not (or no longer) collapsible in this chart', () => {
    // 99: no such Handlungsfeld; 77: a deleted project; 9: a Handlungsfeld outside the filter.
    expect(read('zu=h3.h99.p77.p12.h9')).toEqual(['group:3', 'project:12']);
    expect(read('zu=h3.p12', [])).toEqual([]);
  });

  it('ignores malformed values instead of failing the page', () => {
    for (const value of ['x', 'h', 'p', 'h-3', 'h03', 'h3x', 'H3', 'group:3', 'h1234567890', '..', 'alles', '%', 'h3,h5']) {
      expect(read(`zu=${encodeURIComponent(value)}`), value).toEqual([]);
    }
    expect(read('zu=h3..xyz.p8.')).toEqual(['group:3', 'project:8']);
    // Only the first parameter counts, as for the zoom level.
    expect(read('zu=h3&zu=h5')).toEqual(['group:3']);
  });

  it('keeps collapsed rows of another filter, and writes only database ids', () => {
    // group:9 is outside this chart: still collapsed when a filter brings it back.
    expect(collapsedParamValue(new Set(['group:9', 'project:12']))).toBe('h9.p12');
    // Test models name their rows freely; such keys have no place in a link.
    expect(collapsedParamValue(new Set(['group:kunden', 'project:p1', 'group:', 'project:12']))).toBe('p12');
  });

  it('keeps the collapsed rows when the filters or the zoom level change', () => {
    const view = viewFromSearchParams(new URLSearchParams('status=rot'));
    expect(scheduleSearchParams(view, 'year', 'h3.p12').toString()).toBe('status=rot&zoom=jahr&zu=h3.p12');
    expect(scheduleSearchParams(view, 'quarter', '').toString()).toBe('status=rot');
    expect(withZoom(new URLSearchParams('zu=h3'), 'month').toString()).toBe('zu=h3&zoom=monat');
    expect(withCollapsed(new URLSearchParams('status=rot&zu=h3&zoom=jahr'), '').toString()).toBe('status=rot&zoom=jahr');
  });
});
