import { z } from 'zod';

/**
 * Thresholds of the Ampel rules, stored per programme as JSON and edited by admin / steering.
 * Every field has a default, so JSON stored before a threshold existed still parses; unknown
 * keys are dropped rather than rejected for the same reason.
 */
const DEFAULTS = {
  milestoneRedOverdueDays: 90,
  forecastSlipAmberDays: 30,
  deadlineAmberDays: 180,
  kpiRedBelowPercent: 70,
  kpiAmberBelowPercent: 95,
} as const;

export const STATUS_THRESHOLD_LIMITS = {
  daysMax: 3650,
  percentMax: 100,
} as const;

function days(fallback: number) {
  return z
    .number({ error: 'Bitte eine Anzahl Tage angeben.' })
    .int('Bitte ganze Tage angeben.')
    .min(0, 'Die Anzahl Tage darf nicht negativ sein.')
    .max(
      STATUS_THRESHOLD_LIMITS.daysMax,
      `Höchstens ${STATUS_THRESHOLD_LIMITS.daysMax} Tage (zehn Jahre).`,
    )
    .default(fallback);
}

function percent(fallback: number) {
  return z
    .number({ error: 'Bitte einen Prozentwert angeben.' })
    .finite('Bitte einen gültigen Prozentwert angeben.')
    .min(0, 'Der Prozentwert darf nicht negativ sein.')
    .max(
      STATUS_THRESHOLD_LIMITS.percentMax,
      `Höchstens ${STATUS_THRESHOLD_LIMITS.percentMax} % des Plans.`,
    )
    .default(fallback);
}

export const ZStatusThresholds = z
  .object({
    /** Red when a milestone is MORE than this many days past its planned date (amber 1..n). */
    milestoneRedOverdueDays: days(DEFAULTS.milestoneRedOverdueDays),
    /** Amber when a forecast lies MORE than this many days behind the baseline. */
    forecastSlipAmberDays: days(DEFAULTS.forecastSlipAmberDays),
    /** Amber (Reifegrad 1 only) when a legal deadline is LESS than this many days away. */
    deadlineAmberDays: days(DEFAULTS.deadlineAmberDays),
    /** Red when the latest KPI actual is below this percentage of plan. */
    kpiRedBelowPercent: percent(DEFAULTS.kpiRedBelowPercent),
    /** Amber when the latest KPI actual is below this percentage of plan (and not red). */
    kpiAmberBelowPercent: percent(DEFAULTS.kpiAmberBelowPercent),
  })
  .refine((t) => t.kpiAmberBelowPercent >= t.kpiRedBelowPercent, {
    message: 'Die Schwelle für Gelb muss mindestens so hoch sein wie die Schwelle für Rot.',
    path: ['kpiAmberBelowPercent'],
  });

export type TStatusThresholds = z.infer<typeof ZStatusThresholds>;

export const DEFAULT_STATUS_THRESHOLDS: Readonly<TStatusThresholds> = Object.freeze({
  ...DEFAULTS,
});

/** Form labels for the admin / steering settings page. */
export const STATUS_THRESHOLD_LABELS: Record<keyof TStatusThresholds, string> = {
  milestoneRedOverdueDays: 'Meilenstein rot ab mehr als … Tagen Verzug',
  forecastSlipAmberDays: 'Meilenstein gelb ab mehr als … Tagen Prognose hinter Basisplan',
  deadlineAmberDays: 'Frist gelb, wenn weniger als … Tage entfernt (Reifegrad 1)',
  kpiRedBelowPercent: 'Kennzahl rot unter … % des Plans',
  kpiAmberBelowPercent: 'Kennzahl gelb unter … % des Plans',
};
