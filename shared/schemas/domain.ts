import { z } from 'zod';

/** Umsetzungsstand 1–3 (Anlage 7 of the Unna plan) — not the OZG-Reifegrad 0–4. */
export const MATURITY_LEVELS = [1, 2, 3] as const;
export const ZMaturity = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'Der Reifegrad muss 1, 2 oder 3 sein.',
});
export type TMaturity = z.infer<typeof ZMaturity>;
export const MATURITY_LABELS: Record<TMaturity, string> = {
  1: 'in Vorbereitung',
  2: 'in Bearbeitung',
  3: 'abgeschlossen',
};

export const STATUSES = ['red', 'amber', 'green', 'none', 'done'] as const;
export const ZStatus = z.enum(STATUSES, { error: 'Unbekannter Ampelstatus.' });
export type TStatus = z.infer<typeof ZStatus>;
export const STATUS_LABELS: Record<TStatus, string> = {
  red: 'rot',
  amber: 'gelb',
  green: 'grün',
  none: 'nicht bewertet',
  done: 'abgeschlossen',
};
/** Statuses a person may set by hand (an override or a status update). */
export const ZManualStatus = z.enum(['red', 'amber', 'green'], {
  error: 'Bitte rot, gelb oder grün wählen.',
});

export const KPI_UNITS = ['count', 'percent', 'yesno', 'euro'] as const;
export const ZKpiUnit = z.enum(KPI_UNITS, { error: 'Einheit muss Anzahl, Quote, ja/nein oder Euro sein.' });
export type TKpiUnit = z.infer<typeof ZKpiUnit>;
export const KPI_UNIT_LABELS: Record<TKpiUnit, string> = {
  count: 'Anzahl',
  percent: 'Quote (%)',
  yesno: 'ja/nein',
  euro: 'Euro',
};

export const BINDINGNESS = ['mandatory', 'should', 'may'] as const;
export const ZBindingness = z.enum(BINDINGNESS, {
  error: 'Verbindlichkeit muss verpflichtend, Sollvorschrift oder Kann-Vorschrift sein.',
});
export type TBindingness = z.infer<typeof ZBindingness>;
export const BINDINGNESS_LABELS: Record<TBindingness, string> = {
  mandatory: 'verpflichtend',
  should: 'Sollvorschrift',
  may: 'Kann-Vorschrift',
};

export const BUDGET_KINDS = ['consumptive', 'investive'] as const;
export const ZBudgetKind = z.enum(BUDGET_KINDS, { error: 'Art muss konsumtiv oder investiv sein.' });
export type TBudgetKind = z.infer<typeof ZBudgetKind>;
export const BUDGET_KIND_LABELS: Record<TBudgetKind, string> = {
  consumptive: 'konsumtiv',
  investive: 'investiv',
};

export const GOAL_KINDS = ['impact', 'output', 'measure'] as const;
export const ZGoalKind = z.enum(GOAL_KINDS, { error: 'Art muss Wirkungsziel, Leistungsziel oder Maßnahme sein.' });
export type TGoalKind = z.infer<typeof ZGoalKind>;
export const GOAL_KIND_LABELS: Record<TGoalKind, string> = {
  impact: 'Wirkungsziel',
  output: 'Leistungsziel',
  measure: 'Maßnahme',
};

export const ROLES = ['admin', 'steering', 'lead', 'board', 'committee'] as const;
export const ZRole = z.enum(ROLES, { error: 'Unbekannte Rolle.' });
export type TRole = z.infer<typeof ZRole>;
export const ROLE_LABELS: Record<TRole, string> = {
  admin: 'IT-Administration',
  steering: 'Steuerungsdienst',
  lead: 'Projektleitung',
  board: 'Verwaltungsvorstand',
  committee: 'Ausschuss',
};

export const ORGANISATION_KINDS = ['kreis', 'kommune'] as const;
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
