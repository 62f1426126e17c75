import { STATUSES, type TMaturity, type TStatus } from '../schemas/domain';
import {
  DEFAULT_PORTFOLIO_VIEW,
  PORTFOLIO_VIEW_LIMITS,
  ZPortfolioView,
  type TPortfolioColumnId,
  type TPortfolioGrouping,
  type TPortfolioView,
} from '../schemas/portfolio-view';

/**
 * The portfolio view in the query string, with German parameter names and values so a copied
 * link is readable: /portfolio?status=rot&status=gelb&gruppe=stelle&sortierung=ende&richtung=ab.
 * Defaults are left out; unknown values are ignored rather than failing the page.
 */

const STATUS_SLUGS: Record<TStatus, string> = {
  red: 'rot',
  amber: 'gelb',
  green: 'gruen',
  done: 'abgeschlossen',
  none: 'nicht-bewertet',
};

const GROUPING_SLUGS: Record<TPortfolioGrouping, string> = {
  none: 'keine',
  fieldOfAction: 'handlungsfeld',
  status: 'ampel',
  maturity: 'reifegrad',
  responsibleUnit: 'stelle',
};

const COLUMN_SLUGS: Record<TPortfolioColumnId, string> = {
  code: 'nr',
  title: 'titel',
  fieldOfAction: 'handlungsfeld',
  status: 'ampel',
  reasons: 'gruende',
  maturity: 'reifegrad',
  responsibleUnit: 'stelle',
  responsiblePerson: 'person',
  plannedStart: 'beginn',
  plannedEnd: 'ende',
  latestUpdate: 'statusmeldung',
};

function invert<K extends string>(record: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(record).map(([k, v]) => [v as string, k as K]));
}
const STATUS_BY_SLUG = invert(STATUS_SLUGS);
const GROUPING_BY_SLUG = invert(GROUPING_SLUGS);
const COLUMN_BY_SLUG = invert(COLUMN_SLUGS);

export function statusSlug(status: TStatus): string {
  return STATUS_SLUGS[status];
}

const positiveInt = (value: string) => (/^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null);
const defined = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

export function viewFromSearchParams(params: URLSearchParams): TPortfolioView {
  const columns = (params.get('spalten') ?? '')
    .split(',')
    .map((slug) => COLUMN_BY_SLUG.get(slug))
    .filter(defined);
  const sortBy = COLUMN_BY_SLUG.get(params.get('sortierung') ?? '') ?? null;
  // Over-long values are cut to the limits, so that one of them does not cost the user every other
  // filter of the link (the schema check below would fail and fall back to the default view).
  const { searchMax, unitMax, listMax } = PORTFOLIO_VIEW_LIMITS;
  const candidate = {
    search: (params.get('suche') ?? '').slice(0, searchMax),
    statuses: [...new Set(params.getAll('status').map((s) => STATUS_BY_SLUG.get(s)).filter(defined))],
    maturities: [
      ...new Set(
        params
          .getAll('reifegrad')
          .map(Number)
          .filter((m): m is TMaturity => m === 1 || m === 2 || m === 3),
      ),
    ],
    fieldOfActionIds: params.getAll('handlungsfeld').map(positiveInt).filter(defined).slice(0, listMax),
    units: params
      .getAll('stelle')
      .filter((unit) => unit.length <= unitMax)
      .slice(0, listMax),
    topLevelOnly: params.get('ebene') === 'projekte',
    groupBy: GROUPING_BY_SLUG.get(params.get('gruppe') ?? '') ?? DEFAULT_PORTFOLIO_VIEW.groupBy,
    sortBy,
    sortDesc: sortBy !== null && params.get('richtung') === 'ab',
    columns: columns.length > 0 ? columns : DEFAULT_PORTFOLIO_VIEW.columns,
    programmeId: positiveInt(params.get('programm') ?? ''),
  };
  const parsed = ZPortfolioView.safeParse(candidate);
  return parsed.success ? parsed.data : DEFAULT_PORTFOLIO_VIEW;
}

export function searchParamsFromView(view: TPortfolioView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search.trim()) params.set('suche', view.search);
  for (const status of STATUSES) if (view.statuses.includes(status)) params.append('status', STATUS_SLUGS[status]);
  for (const maturity of [...view.maturities].sort()) params.append('reifegrad', String(maturity));
  for (const id of view.fieldOfActionIds) params.append('handlungsfeld', String(id));
  for (const unit of view.units) params.append('stelle', unit);
  if (view.topLevelOnly) params.set('ebene', 'projekte');
  if (view.groupBy !== DEFAULT_PORTFOLIO_VIEW.groupBy) params.set('gruppe', GROUPING_SLUGS[view.groupBy]);
  if (view.sortBy) {
    params.set('sortierung', COLUMN_SLUGS[view.sortBy]);
    if (view.sortDesc) params.set('richtung', 'ab');
  }
  const sameColumns =
    view.columns.length === DEFAULT_PORTFOLIO_VIEW.columns.length &&
    view.columns.every((c, i) => c === DEFAULT_PORTFOLIO_VIEW.columns[i]);
  if (!sameColumns) params.set('spalten', view.columns.map((c) => COLUMN_SLUGS[c]).join(','));
  if (view.programmeId !== null) params.set('programm', String(view.programmeId));
  return params;
}

/** A link into the portfolio with the given filters (used by the overview tiles). */
export function portfolioHref(filters: Partial<TPortfolioView>): string {
  const query = searchParamsFromView({ ...DEFAULT_PORTFOLIO_VIEW, ...filters }).toString();
  return query ? `/portfolio?${query}` : '/portfolio';
}

