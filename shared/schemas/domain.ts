import { z } from 'zod';
import {
  BINDINGNESS,
  BUDGET_KINDS,
  GOAL_KINDS,
  KPI_UNITS,
  MANUAL_STATUSES,
  ORGANISATION_KINDS,
  ROLES,
  STATUSES,
} from '../domain/vocabulary';

/** The vocabularies themselves (lists, types, German labels) are in shared/domain/vocabulary.ts. */
export * from '../domain/vocabulary';

export const ZMaturity = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'Der Reifegrad muss 1, 2 oder 3 sein.',
});
export const ZStatus = z.enum(STATUSES, { error: 'Unbekannter Ampelstatus.' });
export const ZManualStatus = z.enum(MANUAL_STATUSES, { error: 'Bitte rot, gelb oder grün wählen.' });
export const ZKpiUnit = z.enum(KPI_UNITS, { error: 'Einheit muss Anzahl, Quote, ja/nein oder Euro sein.' });
export const ZBindingness = z.enum(BINDINGNESS, {
  error: 'Verbindlichkeit muss verpflichtend, Sollvorschrift oder Kann-Vorschrift sein.',
});
export const ZBudgetKind = z.enum(BUDGET_KINDS, { error: 'Art muss konsumtiv oder investiv sein.' });
export const ZGoalKind = z.enum(GOAL_KINDS, { error: 'Art muss Wirkungsziel, Leistungsziel oder Maßnahme sein.' });
export const ZRole = z.enum(ROLES, { error: 'Unbekannte Rolle.' });
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
