/**
 * The domain's closed vocabularies with their German labels, free of any validation library, so
 * that views which only display them (the Zeitplan, status shapes) do not load zod. The zod
 * schemas over the same lists live in shared/schemas/domain.ts.
 */

/** Umsetzungsstand 1–3 (Anlage 7 of the Unna plan) — not the OZG-Reifegrad 0–4. */
export const MATURITY_LEVELS = [1, 2, 3] as const;
export type TMaturity = (typeof MATURITY_LEVELS)[number];
export const MATURITY_LABELS: Record<TMaturity, string> = {
  1: 'in Vorbereitung',
  2: 'in Bearbeitung',
  3: 'abgeschlossen',
};

export const STATUSES = ['red', 'amber', 'green', 'none', 'done'] as const;
export type TStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<TStatus, string> = {
  red: 'rot',
  amber: 'gelb',
  green: 'grün',
  none: 'nicht bewertet',
  done: 'abgeschlossen',
};
/** Statuses a person may set by hand (an override or a status update). */
export const MANUAL_STATUSES = ['red', 'amber', 'green'] as const;

export const KPI_UNITS = ['count', 'percent', 'yesno', 'euro'] as const;
export type TKpiUnit = (typeof KPI_UNITS)[number];
export const KPI_UNIT_LABELS: Record<TKpiUnit, string> = {
  count: 'Anzahl',
  percent: 'Quote (%)',
  yesno: 'ja/nein',
  euro: 'Euro',
};

export const BINDINGNESS = ['mandatory', 'should', 'may'] as const;
export type TBindingness = (typeof BINDINGNESS)[number];
export const BINDINGNESS_LABELS: Record<TBindingness, string> = {
  mandatory: 'verpflichtend',
  should: 'Sollvorschrift',
  may: 'Kann-Vorschrift',
};

export const BUDGET_KINDS = ['consumptive', 'investive'] as const;
export type TBudgetKind = (typeof BUDGET_KINDS)[number];
export const BUDGET_KIND_LABELS: Record<TBudgetKind, string> = {
  consumptive: 'konsumtiv',
  investive: 'investiv',
};

export const GOAL_KINDS = ['impact', 'output', 'measure'] as const;
export type TGoalKind = (typeof GOAL_KINDS)[number];
export const GOAL_KIND_LABELS: Record<TGoalKind, string> = {
  impact: 'Wirkungsziel',
  output: 'Leistungsziel',
  measure: 'Maßnahme',
};

export const ROLES = ['admin', 'steering', 'lead', 'board', 'committee'] as const;
export type TRole = (typeof ROLES)[number];
export const ROLE_LABELS: Record<TRole, string> = {
  admin: 'IT-Administration',
  steering: 'Steuerungsdienst',
  lead: 'Projektleitung',
  board: 'Verwaltungsvorstand',
  committee: 'Ausschuss',
};

export const ORGANISATION_KINDS = ['kreis', 'kommune'] as const;
export type TOrganisationKind = (typeof ORGANISATION_KINDS)[number];
