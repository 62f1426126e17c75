import type { Db } from '../../../db';
import { DEFAULT_PORTFOLIO_VIEW } from '../../../shared/schemas/portfolio-view';
import { applyPortfolioView } from '../../../shared/portfolio/view';
import { getPortfolio } from '../status/portfolio';
import type { TTimelinePortfolioQuery } from './input';

/**
 * The projects a portfolio view with these filters shows, by the very function the portfolio
 * table uses (status, Reifegrad, field of action, unit, search over title and reasons).
 * Null when nothing is filtered: then the timeline reads the whole scope.
 */
export function portfolioFilterIds(db: Db, organisationId: number, asOf: string, filters: TTimelinePortfolioQuery): number[] | null {
  const view = { ...DEFAULT_PORTFOLIO_VIEW, ...filters, groupBy: 'none' as const, sortBy: null, programmeId: null };
  const filtered =
    view.search.trim() !== '' ||
    view.statuses.length > 0 ||
    view.maturities.length > 0 ||
    view.fieldOfActionIds.length > 0 ||
    view.units.length > 0 ||
    view.topLevelOnly;
  if (!filtered) return null;
  return applyPortfolioView(getPortfolio(db, organisationId, asOf).rows, view).rows.map((row) => row.id);
}

/** What the filter controls of the timeline page offer, as the portfolio page offers it. */
export function portfolioFilterOptions(db: Db, organisationId: number, asOf: string, programmeId: number | null) {
  const portfolio = getPortfolio(db, organisationId, asOf);
  return {
    programmes: portfolio.programmes,
    fieldsOfAction: portfolio.fieldsOfAction
      .filter((f) => programmeId === null || f.programmeId === programmeId)
      .map((f) => ({ id: f.id, title: f.title })),
    units: portfolio.units,
    /** Projects of the scope before filtering ("12 von 40 Projekten"). */
    projectCount: portfolio.rows.filter((row) => programmeId === null || row.programmeId === programmeId).length,
  };
}
