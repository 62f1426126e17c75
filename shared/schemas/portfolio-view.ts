import { z } from 'zod';
import { ZId } from './common';
import { ZMaturity, ZStatus } from './domain';

/**
 * The state of the portfolio table: filters, grouping, sorting and the chosen columns. It lives
 * in the URL (a copied link reproduces the view) and travels to the server for the XLSX export,
 * which applies the same `applyPortfolioView` as the browser, so both show the same rows.
 */
export const PORTFOLIO_COLUMN_IDS = [
  'code',
  'title',
  'fieldOfAction',
  'status',
  'reasons',
  'maturity',
  'responsibleUnit',
  'responsiblePerson',
  'plannedStart',
  'plannedEnd',
  'latestUpdate',
] as const;
export const ZPortfolioColumnId = z.enum(PORTFOLIO_COLUMN_IDS);
export type TPortfolioColumnId = z.infer<typeof ZPortfolioColumnId>;

export const DEFAULT_PORTFOLIO_COLUMNS: readonly TPortfolioColumnId[] = [
  'code',
  'title',
  'status',
  'reasons',
  'maturity',
  'responsibleUnit',
  'plannedEnd',
];

export const PORTFOLIO_GROUPINGS = ['none', 'fieldOfAction', 'status', 'maturity', 'responsibleUnit'] as const;
export const ZPortfolioGrouping = z.enum(PORTFOLIO_GROUPINGS);
export type TPortfolioGrouping = z.infer<typeof ZPortfolioGrouping>;

export const PORTFOLIO_VIEW_LIMITS = { searchMax: 200, unitMax: 200, listMax: 500 } as const;

export const ZPortfolioView = z.object({
  search: z.string().max(PORTFOLIO_VIEW_LIMITS.searchMax, `Höchstens ${PORTFOLIO_VIEW_LIMITS.searchMax} Zeichen.`).default(''),
  statuses: z.array(ZStatus).max(5).default([]),
  maturities: z.array(ZMaturity).max(3).default([]),
  fieldOfActionIds: z.array(ZId).max(PORTFOLIO_VIEW_LIMITS.listMax).default([]),
  /** Responsible units by name; the empty string stands for "ohne Angabe". */
  units: z.array(z.string().max(PORTFOLIO_VIEW_LIMITS.unitMax)).max(PORTFOLIO_VIEW_LIMITS.listMax).default([]),
  /** Only projects without a parent (sub-projects are rolled into their parent's status). */
  topLevelOnly: z.boolean().default(false),
  groupBy: ZPortfolioGrouping.default('fieldOfAction'),
  /** null keeps the portfolio order (sub-projects below their parent). */
  sortBy: ZPortfolioColumnId.nullable().default(null),
  sortDesc: z.boolean().default(false),
  columns: z
    .array(ZPortfolioColumnId)
    .min(1, 'Bitte mindestens eine Spalte wählen.')
    .default([...DEFAULT_PORTFOLIO_COLUMNS]),
  programmeId: ZId.nullable().default(null),
});
export type TPortfolioView = z.infer<typeof ZPortfolioView>;
export type TPortfolioViewInput = z.input<typeof ZPortfolioView>;

export const DEFAULT_PORTFOLIO_VIEW: TPortfolioView = ZPortfolioView.parse({});
