import { describe, expect, it } from 'vitest';
import { viewFromSearchParams } from '../../../../shared/portfolio/url';
import { DEFAULT_PORTFOLIO_VIEW } from '../../../../shared/schemas/portfolio-view';
import { portfolioHrefOf, scheduleHref, scheduleSearchParams, timelineFilters, zoomFromSearchParams } from './schedule-url';

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
});
