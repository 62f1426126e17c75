import { formatDate, formatEuro, formatNumber } from '../dates/format';
import { daysBetween, isIsoDate, type IsoDate } from '../dates/iso-date';
import { MATURITY_LABELS, type TKpiUnit, type TMaturity, type TStatus } from '../domain/vocabulary';
import { DEFAULT_STATUS_THRESHOLDS, type TStatusThresholds } from './thresholds';

/**
 * The Ampel engine: a pure function of the project's data, the date it is judged at and the
 * programme's thresholds. No clock, no I/O — the caller passes `asOf` (usually todayInBerlin()).
 * Rules, boundaries and their reasons are recorded in docs/decisions/002-status-rules.md.
 */

export type ManualStatus = Extract<TStatus, 'red' | 'amber' | 'green'>;
export type StatusReasonLevel = Extract<TStatus, 'red' | 'amber'>;

/** In the order reasons of the same level are listed. */
export const STATUS_RULES = [
  'obligation-overdue',
  'milestone-overdue',
  'forecast-slip',
  'deadline-near',
  'kpi-below-plan',
] as const;
export type StatusRule = (typeof STATUS_RULES)[number];

export interface StatusMilestone {
  title: string;
  plannedDate: IsoDate | null;
  baselineDate: IsoDate | null;
  forecastDate: IsoDate | null;
  actualDate: IsoDate | null;
}

export interface StatusObligation {
  /** Short citation such as "§ 7a EGovG NRW"; the title is used when it is empty. */
  label: string;
  title: string;
  deadline: IsoDate | null;
}

export interface StatusKpiValue {
  year: number;
  plan: number | null;
  actual: number | null;
}

export interface StatusKpi {
  title: string;
  unit: TKpiUnit;
  values: readonly StatusKpiValue[];
}

export interface StatusOverride {
  status: ManualStatus;
  justification: string;
  author: string;
  /** Calendar date (Europe/Berlin) from which the override applies. */
  createdAt: IsoDate;
  /** First calendar date on which the override no longer applies; null = until withdrawn. */
  expiresAt: IsoDate | null;
}

export interface StatusInput {
  maturity: TMaturity;
  milestones: readonly StatusMilestone[];
  obligations: readonly StatusObligation[];
  kpis: readonly StatusKpi[];
  override?: StatusOverride | null;
}

export interface StatusReason {
  level: StatusReasonLevel;
  rule: StatusRule;
  /** German, with concrete numbers and dates, ready to show. */
  message: string;
}

export interface StatusResult {
  /** Effective status: the override's while it is active, otherwise `computed`. */
  status: TStatus;
  /** What the rules say; always present so an override never hides it. */
  computed: TStatus;
  /** Why `computed` is red or amber; red first. Empty for green, none and done. */
  reasons: StatusReason[];
  /**
   * The override with `active` = it determines `status` at `asOf`: asOf ≥ createdAt, asOf before
   * expiresAt (if any), and the project is not abgeschlossen (Reifegrad 3 wins).
   */
  override: (StatusOverride & { active: boolean }) | null;
}

export function computeProjectStatus(
  input: StatusInput,
  asOf: IsoDate,
  thresholds: TStatusThresholds = DEFAULT_STATUS_THRESHOLDS,
): StatusResult {
  if (!isIsoDate(asOf)) {
    throw new RangeError(`asOf must be an ISO calendar date (YYYY-MM-DD), got "${asOf}"`);
  }
  const done = input.maturity === 3;
  const reasons = done
    ? []
    : sortReasons([
        ...obligationReasons(input, asOf, thresholds),
        ...milestoneReasons(input.milestones, asOf, thresholds),
        ...kpiReasons(input.kpis, asOf, thresholds),
      ]);
  const computed: TStatus = done
    ? 'done'
    : (reasons[0]?.level ?? (hasAssessableData(input, asOf) ? 'green' : 'none'));
  const override = input.override
    ? { ...input.override, active: !done && isInEffect(input.override, asOf) }
    : null;
  return { status: override?.active ? override.status : computed, computed, reasons, override };
}

function isInEffect(override: StatusOverride, asOf: IsoDate): boolean {
  return (
    daysBetween(override.createdAt, asOf) >= 0 &&
    (override.expiresAt === null || daysBetween(asOf, override.expiresAt) > 0)
  );
}

function obligationReasons(
  input: StatusInput,
  asOf: IsoDate,
  thresholds: TStatusThresholds,
): StatusReason[] {
  const reasons: StatusReason[] = [];
  for (const obligation of input.obligations) {
    if (obligation.deadline === null) continue;
    const name = obligation.label.trim() || obligation.title;
    const deadline = formatDate(obligation.deadline);
    const daysLeft = daysBetween(asOf, obligation.deadline);
    if (daysLeft < 0) {
      reasons.push({
        level: 'red',
        rule: 'obligation-overdue',
        message: `Frist ${name} (${deadline}) abgelaufen, Projekt nicht abgeschlossen`,
      });
    } else if (input.maturity === 1 && daysLeft < thresholds.deadlineAmberDays) {
      const when = daysLeft === 0 ? 'endet heute' : `endet in ${dayCountDative(daysLeft)}`;
      reasons.push({
        level: 'amber',
        rule: 'deadline-near',
        message: `Frist ${name} (${deadline}) ${when}, Projekt noch ${MATURITY_LABELS[1]} (Reifegrad 1)`,
      });
    }
  }
  return reasons;
}

function milestoneReasons(
  milestones: readonly StatusMilestone[],
  asOf: IsoDate,
  thresholds: TStatusThresholds,
): StatusReason[] {
  const reasons: StatusReason[] = [];
  for (const milestone of milestones) {
    if (milestone.actualDate !== null) continue;
    if (milestone.plannedDate !== null) {
      const overdue = daysBetween(milestone.plannedDate, asOf);
      if (overdue > 0) {
        reasons.push({
          level: overdue > thresholds.milestoneRedOverdueDays ? 'red' : 'amber',
          rule: 'milestone-overdue',
          message: `Meilenstein „${milestone.title}“ ${dayCount(overdue)} überfällig (geplant ${formatDate(milestone.plannedDate)})`,
        });
      }
    }
    if (milestone.baselineDate !== null && milestone.forecastDate !== null) {
      const slip = daysBetween(milestone.baselineDate, milestone.forecastDate);
      if (slip > thresholds.forecastSlipAmberDays) {
        reasons.push({
          level: 'amber',
          rule: 'forecast-slip',
          message: `Meilenstein „${milestone.title}“: Prognose ${formatDate(milestone.forecastDate)} liegt ${dayCount(slip)} hinter dem Basisplan (${formatDate(milestone.baselineDate)})`,
        });
      }
    }
  }
  return reasons;
}

interface AssessableKpiValue {
  year: number;
  plan: number;
  actual: number;
}

/**
 * The value the KPI rule judges: the latest year up to asOf's year with both plan and actual and
 * a positive plan (a plan of 0 has no meaningful attainment).
 */
function latestAssessableValue(kpi: StatusKpi, asOf: IsoDate): AssessableKpiValue | null {
  const asOfYear = Number(asOf.slice(0, 4));
  let latest: AssessableKpiValue | null = null;
  for (const { year, plan, actual } of kpi.values) {
    if (plan === null || actual === null || plan <= 0 || year > asOfYear) continue;
    if (latest === null || year > latest.year) latest = { year, plan, actual };
  }
  return latest;
}

function kpiReasons(
  kpis: readonly StatusKpi[],
  asOf: IsoDate,
  thresholds: TStatusThresholds,
): StatusReason[] {
  const reasons: StatusReason[] = [];
  for (const kpi of kpis) {
    const value = latestAssessableValue(kpi, asOf);
    if (value === null) continue;
    const attainment = (value.actual * 100) / value.plan;
    if (attainment >= thresholds.kpiAmberBelowPercent) continue;
    reasons.push({
      level: attainment < thresholds.kpiRedBelowPercent ? 'red' : 'amber',
      rule: 'kpi-below-plan',
      message: kpiMessage(kpi, value),
    });
  }
  return reasons;
}

function kpiMessage(kpi: StatusKpi, { year, plan, actual }: AssessableKpiValue): string {
  const head = `Kennzahl „${kpi.title}“ ${year}`;
  if (kpi.unit === 'yesno') {
    return `${head}: nicht erfüllt (Ist ${yesNo(actual)}, Plan ${yesNo(plan)})`;
  }
  // Rounded down so that a red value never reads as the threshold itself ("70 %").
  const shown = Math.floor((actual * 1000) / plan) / 10;
  return `${head}: Ist ${kpiAmount(kpi.unit, actual)} von Plan ${kpiAmount(kpi.unit, plan)} (${formatNumber(shown)} %)`;
}

function kpiAmount(unit: Exclude<TKpiUnit, 'yesno'>, value: number): string {
  if (unit === 'euro') return formatEuro(value);
  if (unit === 'percent') return `${formatNumber(value)} %`;
  return formatNumber(value);
}

function yesNo(value: number): string {
  return value > 0 ? 'ja' : 'nein';
}

function dayCount(days: number): string {
  return days === 1 ? '1 Tag' : `${formatNumber(days)} Tage`;
}

/** "in 1 Tag", "in 120 Tagen". */
function dayCountDative(days: number): string {
  return days === 1 ? '1 Tag' : `${formatNumber(days)} Tagen`;
}

/**
 * Green needs something the rules could have looked at: a milestone with any date, an
 * obligation with a deadline, or a KPI value the KPI rule can judge at asOf.
 */
function hasAssessableData(input: StatusInput, asOf: IsoDate): boolean {
  return (
    input.milestones.some(
      (m) =>
        m.plannedDate !== null ||
        m.baselineDate !== null ||
        m.forecastDate !== null ||
        m.actualDate !== null,
    ) ||
    input.obligations.some((o) => o.deadline !== null) ||
    input.kpis.some((kpi) => latestAssessableValue(kpi, asOf) !== null)
  );
}

const LEVEL_ORDER: Record<StatusReasonLevel, number> = { red: 0, amber: 1 };

/** Red first, then by rule (STATUS_RULES order); input order within a rule (sort is stable). */
function sortReasons(reasons: StatusReason[]): StatusReason[] {
  return reasons.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      STATUS_RULES.indexOf(a.rule) - STATUS_RULES.indexOf(b.rule),
  );
}
