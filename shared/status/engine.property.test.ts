import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../dates/iso-date';
import { KPI_UNITS } from '../schemas/domain';
import {
  computeProjectStatus,
  type StatusInput,
  type StatusKpi,
  type StatusMilestone,
  type StatusObligation,
  type StatusOverride,
} from './engine';
import { statusSeverity } from './rollup';
import type { TStatusThresholds } from './thresholds';

/**
 * "Worse" and "better" are measured with the roll-up severity (red > amber > green > done > none).
 * The monotonicity properties below compare `computed`; where the effective `status` is
 * monotone too (same asOf, same override) they also compare it.
 */
const NUM_RUNS = 300;

const dateArb = fc.integer({ min: 0, max: 8 * 365 }).map((d) => addDays('2018-01-01', d));
const optionalDateArb = fc.option(dateArb, { nil: null });

const milestoneArb: fc.Arbitrary<StatusMilestone> = fc.record({
  title: fc.constantFrom('Ausschreibung', 'Einführung in Pilotbereichen'),
  plannedDate: optionalDateArb,
  baselineDate: optionalDateArb,
  forecastDate: optionalDateArb,
  actualDate: optionalDateArb,
});

const obligationArb: fc.Arbitrary<StatusObligation> = fc.record({
  label: fc.constantFrom('§ 7a EGovG NRW', 'OZG', ''),
  title: fc.constant('Pflicht'),
  deadline: optionalDateArb,
});

const kpiArb: fc.Arbitrary<StatusKpi> = fc.record({
  title: fc.constantFrom('K1', 'K2'),
  unit: fc.constantFrom(...KPI_UNITS),
  values: fc.array(
    fc.record({
      year: fc.integer({ min: 2017, max: 2027 }),
      plan: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      actual: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
    }),
    { maxLength: 4 },
  ),
});

const overrideArb: fc.Arbitrary<StatusOverride> = fc.record({
  status: fc.constantFrom('red', 'amber', 'green'),
  justification: fc.constant('Mit dem Lenkungskreis abgestimmt'),
  author: fc.constant('Steuerungsdienst'),
  createdAt: dateArb,
  expiresAt: optionalDateArb,
});

const inputArb: fc.Arbitrary<StatusInput> = fc.record({
  maturity: fc.constantFrom(1 as const, 2 as const, 3 as const),
  milestones: fc.array(milestoneArb, { maxLength: 4 }),
  obligations: fc.array(obligationArb, { maxLength: 3 }),
  kpis: fc.array(kpiArb, { maxLength: 3 }),
  override: fc.option(overrideArb, { nil: null }),
});

/** Any thresholds the schema accepts (amber KPI threshold ≥ red). */
const thresholdsArb: fc.Arbitrary<TStatusThresholds> = fc
  .record({
    milestoneRedOverdueDays: fc.integer({ min: 0, max: 400 }),
    forecastSlipAmberDays: fc.integer({ min: 0, max: 400 }),
    deadlineAmberDays: fc.integer({ min: 0, max: 400 }),
    kpiRedBelowPercent: fc.integer({ min: 0, max: 100 }),
    kpiAmberGap: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ kpiAmberGap, ...t }) => ({
    ...t,
    kpiAmberBelowPercent: Math.min(100, t.kpiRedBelowPercent + kpiAmberGap),
  }));

describe('[STATUS] properties: worse data never improves the status', () => {
  it("[STATUS] moving an unreached milestone's planned date earlier never improves the status", () => {
    fc.assert(
      fc.property(
        inputArb,
        milestoneArb,
        dateArb,
        fc.integer({ min: 1, max: 500 }),
        dateArb,
        thresholdsArb,
        (input, m, planned, shift, asOf, thresholds) => {
          const open = { ...m, plannedDate: planned, actualDate: null };
          const earlier = { ...open, plannedDate: addDays(planned, -shift) };
          const before = computeProjectStatus(
            { ...input, milestones: [...input.milestones, open] },
            asOf,
            thresholds,
          );
          const after = computeProjectStatus(
            { ...input, milestones: [...input.milestones, earlier] },
            asOf,
            thresholds,
          );
          expect(statusSeverity(after.computed)).toBeGreaterThanOrEqual(
            statusSeverity(before.computed),
          );
          expect(statusSeverity(after.status)).toBeGreaterThanOrEqual(
            statusSeverity(before.status),
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('[STATUS] lowering any KPI actuals never improves the status', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1 }),
        dateArb,
        thresholdsArb,
        (input, cuts, asOf, thresholds) => {
          let i = 0;
          const lowered: StatusInput = {
            ...input,
            kpis: input.kpis.map((k) => ({
              ...k,
              values: k.values.map((v) =>
                v.actual === null ? v : { ...v, actual: v.actual - (cuts[i++ % cuts.length] ?? 0) },
              ),
            })),
          };
          const before = computeProjectStatus(input, asOf, thresholds);
          const after = computeProjectStatus(lowered, asOf, thresholds);
          expect(statusSeverity(after.computed)).toBeGreaterThanOrEqual(
            statusSeverity(before.computed),
          );
          expect(statusSeverity(after.status)).toBeGreaterThanOrEqual(
            statusSeverity(before.status),
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('[STATUS] Reifegrad 1 is never judged better than Reifegrad 2 on the same data', () => {
    fc.assert(
      fc.property(inputArb, dateArb, thresholdsArb, (input, asOf, thresholds) => {
        const atOne = computeProjectStatus({ ...input, maturity: 1 }, asOf, thresholds);
        const atTwo = computeProjectStatus({ ...input, maturity: 2 }, asOf, thresholds);
        expect(statusSeverity(atOne.computed)).toBeGreaterThanOrEqual(
          statusSeverity(atTwo.computed),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  /*
   * Time passing is monotone only for the date-driven rules. Two things can legitimately make a
   * later asOf better, so the property excludes them (examples below):
   *   - a new calendar year makes a newer KPI value the "latest actual";
   *   - an override expires or starts (affects `status`, never `computed`).
   * Hence: with no KPI value dated after the earlier asOf's year, `computed` never improves.
   */
  it('[STATUS] a later asOf never improves the computed status when no newer KPI year becomes due', () => {
    fc.assert(
      fc.property(
        inputArb,
        dateArb,
        fc.integer({ min: 0, max: 1000 }),
        thresholdsArb,
        (input, asOf, later, thresholds) => {
          const asOfYear = Number(asOf.slice(0, 4));
          const data: StatusInput = {
            ...input,
            kpis: input.kpis.map((k) => ({
              ...k,
              values: k.values.filter((v) => v.year <= asOfYear),
            })),
          };
          const before = computeProjectStatus(data, asOf, thresholds);
          const after = computeProjectStatus(data, addDays(asOf, later), thresholds);
          expect(statusSeverity(after.computed)).toBeGreaterThanOrEqual(
            statusSeverity(before.computed),
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('[STATUS] a later asOf may improve the status when a newer KPI year becomes the latest actual', () => {
    const kpi: StatusKpi = {
      title: 'K2',
      unit: 'count',
      values: [
        { year: 2021, plan: 100, actual: 10 },
        { year: 2022, plan: 100, actual: 100 },
      ],
    };
    const input: StatusInput = { maturity: 2, milestones: [], obligations: [], kpis: [kpi] };
    expect(computeProjectStatus(input, '2021-12-31').computed).toBe('red');
    expect(computeProjectStatus(input, '2022-01-01').computed).toBe('green');
  });

  it('[STATUS] a later asOf may change the effective status when an override expires', () => {
    const input: StatusInput = {
      maturity: 2,
      milestones: [
        {
          title: 'M',
          plannedDate: '2021-01-01',
          baselineDate: null,
          forecastDate: null,
          actualDate: null,
        },
      ],
      obligations: [],
      kpis: [],
      override: {
        status: 'red',
        justification: 'Abhängigkeit vom Landesportal',
        author: 'Steuerungsdienst',
        createdAt: '2020-06-01',
        expiresAt: '2020-12-01',
      },
    };
    expect(computeProjectStatus(input, '2020-11-30').status).toBe('red');
    expect(computeProjectStatus(input, '2020-12-01').status).toBe('green');
  });
});

describe('[STATUS] properties: override, determinism, consistency', () => {
  it('[STATUS] an override never hides the computed status or its reasons', () => {
    fc.assert(
      fc.property(
        inputArb,
        overrideArb,
        dateArb,
        thresholdsArb,
        (input, override, asOf, thresholds) => {
          const without = computeProjectStatus({ ...input, override: null }, asOf, thresholds);
          const withOverride = computeProjectStatus({ ...input, override }, asOf, thresholds);
          expect(withOverride.computed).toBe(without.computed);
          expect(withOverride.reasons).toEqual(without.reasons);
          expect(withOverride.override).toMatchObject(override);
          expect(withOverride.status).toBe(
            withOverride.override?.active ? override.status : without.computed,
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('[STATUS] the same input and date always give the same result and the input is not changed', () => {
    fc.assert(
      fc.property(inputArb, dateArb, thresholdsArb, (input, asOf, thresholds) => {
        const snapshot = structuredClone(input);
        const first = computeProjectStatus(input, asOf, thresholds);
        const second = computeProjectStatus(structuredClone(input), asOf, thresholds);
        expect(second).toEqual(first);
        expect(input).toEqual(snapshot);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('[STATUS] the computed status is never green while a red reason exists', () => {
    fc.assert(
      fc.property(inputArb, dateArb, thresholdsArb, (input, asOf, thresholds) => {
        const result = computeProjectStatus(input, asOf, thresholds);
        const levels = result.reasons.map((r) => r.level);
        if (levels.includes('red')) {
          expect(result.computed).toBe('red');
          // Only a deliberate, active green override may show green beside a red reason.
          if (result.status === 'green') expect(result.override?.active).toBe(true);
        }
        if (
          result.computed === 'green' ||
          result.computed === 'none' ||
          result.computed === 'done'
        ) {
          expect(result.reasons).toEqual([]);
        }
        if (result.computed === 'amber') expect(levels).toContain('amber');
        expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'red' ? -1 : 1)));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('[STATUS] Reifegrad 3 is always done, whatever the data', () => {
    fc.assert(
      fc.property(inputArb, dateArb, thresholdsArb, (input, asOf, thresholds) => {
        const result = computeProjectStatus({ ...input, maturity: 3 }, asOf, thresholds);
        expect(result.status).toBe('done');
        expect(result.computed).toBe('done');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
