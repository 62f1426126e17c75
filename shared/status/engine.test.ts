import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso-date';
import { STATUSES, type TStatus } from '../schemas/domain';
import {
  computeProjectStatus,
  type StatusInput,
  type StatusKpi,
  type StatusMilestone,
  type StatusObligation,
  type StatusOverride,
} from './engine';
import { STATUS_PRESENTATION, describeEffectiveStatus } from './presentation';
import { DEFAULT_STATUS_THRESHOLDS, ZStatusThresholds } from './thresholds';

const AS_OF = '2021-06-30';

function project(overrides: Partial<StatusInput> = {}): StatusInput {
  return { maturity: 2, milestones: [], obligations: [], kpis: [], override: null, ...overrides };
}

function milestone(fields: Partial<StatusMilestone> = {}): StatusMilestone {
  return {
    title: 'Einführung in Pilotbereichen',
    plannedDate: null,
    baselineDate: null,
    forecastDate: null,
    actualDate: null,
    ...fields,
  };
}

function obligation(deadline: string | null): StatusObligation {
  return { label: '§ 7a EGovG NRW', title: 'Elektronische Aktenführung', deadline };
}

function kpi(plan: number | null, actual: number | null, year = 2021): StatusKpi {
  return { title: 'K2 Online-Anträge', unit: 'count', values: [{ year, plan, actual }] };
}

function override(fields: Partial<StatusOverride> = {}): StatusOverride {
  return {
    status: 'green',
    justification: 'Verzug mit dem Lenkungskreis abgestimmt',
    author: 'Steuerungsdienst',
    createdAt: '2021-06-01',
    expiresAt: '2021-09-30',
    ...fields,
  };
}

/** A milestone planned `days` before AS_OF, not yet reached. */
function overdueBy(days: number): StatusMilestone {
  return milestone({ plannedDate: addDays(AS_OF, -days) });
}

describe('[STATUS] milestone overdue', () => {
  it.each<[string, number, TStatus]>([
    ['due today is not overdue and leaves the project green', 0, 'green'],
    ['1 day overdue makes the project amber', 1, 'amber'],
    ['89 days overdue makes the project amber', 89, 'amber'],
    ['exactly 90 days overdue still makes the project amber', 90, 'amber'],
    ['91 days overdue makes the project red', 91, 'red'],
    ['planned in the future leaves the project green', -10, 'green'],
  ])('[STATUS] milestone %s', (_, days, expected) => {
    const result = computeProjectStatus(project({ milestones: [overdueBy(days)] }), AS_OF);
    expect(result.computed).toBe(expected);
    expect(result.status).toBe(expected);
  });

  it('[STATUS] milestone with an actual date is never overdue', () => {
    const reached = milestone({ plannedDate: '2019-07-01', actualDate: '2020-01-15' });
    const result = computeProjectStatus(project({ milestones: [reached] }), AS_OF);
    expect(result.computed).toBe('green');
    expect(result.reasons).toEqual([]);
  });

  it('[STATUS] milestone overdue reason names title, days and planned date', () => {
    const input = project({ milestones: [milestone({ plannedDate: '2021-03-02' })] });
    expect(computeProjectStatus(input, AS_OF).reasons).toEqual([
      {
        level: 'red',
        rule: 'milestone-overdue',
        message:
          'Meilenstein „Einführung in Pilotbereichen“ 120 Tage überfällig (geplant 02.03.2021)',
      },
    ]);
  });

  it('[STATUS] milestone 1 day overdue says "1 Tag"', () => {
    const [reason] = computeProjectStatus(project({ milestones: [overdueBy(1)] }), AS_OF).reasons;
    expect(reason?.message).toBe(
      'Meilenstein „Einführung in Pilotbereichen“ 1 Tag überfällig (geplant 29.06.2021)',
    );
  });

  it('[STATUS] milestone overdue uses the programme threshold', () => {
    const thresholds = { ...DEFAULT_STATUS_THRESHOLDS, milestoneRedOverdueDays: 30 };
    const input = project({ milestones: [overdueBy(31)] });
    expect(computeProjectStatus(input, AS_OF, thresholds).computed).toBe('red');
  });
});

describe('[STATUS] forecast slip', () => {
  const baselineDate = '2021-12-01';

  it.each<[string, number, string | null, TStatus]>([
    ['30 days behind baseline leaves the project green', 30, null, 'green'],
    ['31 days behind baseline makes the project amber', 31, null, 'amber'],
    ['31 days behind baseline is ignored once the milestone is reached', 31, '2021-06-01', 'green'],
    ['ahead of baseline leaves the project green', -40, null, 'green'],
  ])('[STATUS] forecast %s', (_, slip, actualDate, expected) => {
    const m = milestone({ baselineDate, forecastDate: addDays(baselineDate, slip), actualDate });
    expect(computeProjectStatus(project({ milestones: [m] }), AS_OF).computed).toBe(expected);
  });

  it('[STATUS] forecast slip reason names forecast, days and baseline', () => {
    const m = milestone({ baselineDate, forecastDate: '2022-01-15' });
    expect(computeProjectStatus(project({ milestones: [m] }), AS_OF).reasons).toEqual([
      {
        level: 'amber',
        rule: 'forecast-slip',
        message:
          'Meilenstein „Einführung in Pilotbereichen“: Prognose 15.01.2022 liegt 45 Tage hinter dem Basisplan (01.12.2021)',
      },
    ]);
  });

  it('[STATUS] forecast without baseline is no slip', () => {
    const m = milestone({ forecastDate: '2030-01-01' });
    expect(computeProjectStatus(project({ milestones: [m] }), AS_OF).computed).toBe('green');
  });
});

describe('[STATUS] legal obligation deadline', () => {
  it.each<[string, number, 1 | 2, TStatus]>([
    ['passed yesterday makes a Reifegrad 1 project red', -1, 1, 'red'],
    ['passed yesterday makes a Reifegrad 2 project red', -1, 2, 'red'],
    ['ending today makes a Reifegrad 1 project amber, not red', 0, 1, 'amber'],
    ['ending today leaves a Reifegrad 2 project green', 0, 2, 'green'],
    ['179 days away makes a Reifegrad 1 project amber', 179, 1, 'amber'],
    ['exactly 180 days away leaves a Reifegrad 1 project green', 180, 1, 'green'],
    ['181 days away leaves a Reifegrad 1 project green', 181, 1, 'green'],
    ['179 days away leaves a Reifegrad 2 project green', 179, 2, 'green'],
  ])('[STATUS] deadline %s', (_, daysLeft, maturity, expected) => {
    const input = project({ maturity, obligations: [obligation(addDays(AS_OF, daysLeft))] });
    expect(computeProjectStatus(input, AS_OF).computed).toBe(expected);
  });

  it('[STATUS] passed deadline reason names the obligation and its date', () => {
    const input = project({ obligations: [obligation('2020-04-01')] });
    expect(computeProjectStatus(input, AS_OF).reasons).toEqual([
      {
        level: 'red',
        rule: 'obligation-overdue',
        message: 'Frist § 7a EGovG NRW (01.04.2020) abgelaufen, Projekt nicht abgeschlossen',
      },
    ]);
  });

  it('[STATUS] near deadline reason says how many days are left', () => {
    const input = project({ maturity: 1, obligations: [obligation('2021-10-28')] });
    expect(computeProjectStatus(input, AS_OF).reasons).toEqual([
      {
        level: 'amber',
        rule: 'deadline-near',
        message:
          'Frist § 7a EGovG NRW (28.10.2021) endet in 120 Tagen, Projekt noch in Vorbereitung (Reifegrad 1)',
      },
    ]);
  });

  it('[STATUS] deadline ending today says "endet heute"', () => {
    const input = project({ maturity: 1, obligations: [obligation(AS_OF)] });
    expect(computeProjectStatus(input, AS_OF).reasons[0]?.message).toBe(
      'Frist § 7a EGovG NRW (30.06.2021) endet heute, Projekt noch in Vorbereitung (Reifegrad 1)',
    );
  });

  it('[STATUS] obligation without a label is named by its title', () => {
    const input = project({
      obligations: [{ label: '', title: 'OZG-Umsetzung', deadline: '2020-12-31' }],
    });
    expect(computeProjectStatus(input, AS_OF).reasons[0]?.message).toBe(
      'Frist OZG-Umsetzung (31.12.2020) abgelaufen, Projekt nicht abgeschlossen',
    );
  });
});

describe('[STATUS] KPI attainment', () => {
  it.each<[string, number, number, TStatus]>([
    ['69.9 % of plan makes the project red', 1000, 699, 'red'],
    ['exactly 70 % of plan makes the project amber', 100, 70, 'amber'],
    ['94.9 % of plan makes the project amber', 1000, 949, 'amber'],
    ['exactly 95 % of plan leaves the project green', 100, 95, 'green'],
    ['above plan leaves the project green', 100, 130, 'green'],
    ['an actual of 0 makes the project red', 50, 0, 'red'],
  ])('[STATUS] KPI at %s', (_, plan, actual, expected) => {
    expect(computeProjectStatus(project({ kpis: [kpi(plan, actual)] }), AS_OF).computed).toBe(
      expected,
    );
  });

  it('[STATUS] KPI reason names title, year, actual, plan and rounded-down attainment', () => {
    expect(computeProjectStatus(project({ kpis: [kpi(334, 100)] }), AS_OF).reasons).toEqual([
      {
        level: 'red',
        rule: 'kpi-below-plan',
        message: 'Kennzahl „K2 Online-Anträge“ 2021: Ist 100 von Plan 334 (29,9 %)',
      },
    ]);
  });

  it('[STATUS] KPI just below the red threshold never reads as 70 %', () => {
    const [reason] = computeProjectStatus(project({ kpis: [kpi(10_000, 6_999)] }), AS_OF).reasons;
    expect(reason).toMatchObject({ level: 'red' });
    expect(reason?.message).toContain('(69,9 %)');
  });

  it('[STATUS] KPI judges the latest year that has both plan and actual', () => {
    const k: StatusKpi = {
      title: 'K2 Online-Anträge',
      unit: 'count',
      values: [
        { year: 2019, plan: 100, actual: 100 },
        { year: 2020, plan: 200, actual: 50 },
        { year: 2021, plan: 300, actual: null },
      ],
    };
    const result = computeProjectStatus(project({ kpis: [k] }), AS_OF);
    expect(result.computed).toBe('red');
    expect(result.reasons[0]?.message).toBe(
      'Kennzahl „K2 Online-Anträge“ 2020: Ist 50 von Plan 200 (25 %)',
    );
  });

  it('[STATUS] KPI ignores years after the asOf year', () => {
    const k: StatusKpi = {
      title: 'K1',
      unit: 'count',
      values: [
        { year: 2021, plan: 100, actual: 100 },
        { year: 2022, plan: 100, actual: 10 },
      ],
    };
    expect(computeProjectStatus(project({ kpis: [k] }), AS_OF).computed).toBe('green');
  });

  it('[STATUS] KPI with a plan of 0 is not judged and gives no data', () => {
    expect(computeProjectStatus(project({ kpis: [kpi(0, 5)] }), AS_OF).computed).toBe('none');
  });

  it('[STATUS] yes/no KPI planned "ja" but "nein" counts as 0 % and makes the project red', () => {
    const k: StatusKpi = {
      title: 'E-Akte eingeführt',
      unit: 'yesno',
      values: [{ year: 2021, plan: 1, actual: 0 }],
    };
    expect(computeProjectStatus(project({ kpis: [k] }), AS_OF).reasons).toEqual([
      {
        level: 'red',
        rule: 'kpi-below-plan',
        message: 'Kennzahl „E-Akte eingeführt“ 2021: nicht erfüllt (Ist nein, Plan ja)',
      },
    ]);
  });

  it('[STATUS] yes/no KPI fulfilled leaves the project green', () => {
    const k: StatusKpi = {
      title: 'E-Akte',
      unit: 'yesno',
      values: [{ year: 2021, plan: 1, actual: 1 }],
    };
    expect(computeProjectStatus(project({ kpis: [k] }), AS_OF).computed).toBe('green');
  });

  it('[STATUS] euro and percent KPIs show their unit in the reason', () => {
    const euro: StatusKpi = {
      title: 'Einsparung',
      unit: 'euro',
      values: [{ year: 2021, plan: 100_000, actual: 80_000 }],
    };
    const quote: StatusKpi = {
      title: 'Online-Quote',
      unit: 'percent',
      values: [{ year: 2021, plan: 80, actual: 60 }],
    };
    const messages = computeProjectStatus(project({ kpis: [euro, quote] }), AS_OF).reasons.map(
      (r) => r.message,
    );
    expect(messages).toEqual([
      'Kennzahl „Einsparung“ 2021: Ist 80.000\u00a0€ von Plan 100.000\u00a0€ (80 %)',
      'Kennzahl „Online-Quote“ 2021: Ist 60 % von Plan 80 % (75 %)',
    ]);
  });
});

describe('[STATUS] done and not assessed', () => {
  it('[STATUS] Reifegrad 3 makes the project done even with a passed deadline and overdue milestone', () => {
    const input = project({
      maturity: 3,
      milestones: [overdueBy(400)],
      obligations: [obligation('2020-04-01')],
      kpis: [kpi(100, 1)],
    });
    expect(computeProjectStatus(input, AS_OF)).toEqual({
      status: 'done',
      computed: 'done',
      reasons: [],
      override: null,
    });
  });

  it('[STATUS] Reifegrad 3 without any data is done, not "nicht bewertet"', () => {
    expect(computeProjectStatus(project({ maturity: 3 }), AS_OF).computed).toBe('done');
  });

  it('[STATUS] project without any data is not assessed', () => {
    expect(computeProjectStatus(project(), AS_OF).computed).toBe('none');
  });

  it('[STATUS] undated milestones, obligations without deadline and KPIs without actuals are no data', () => {
    const input = project({
      milestones: [milestone()],
      obligations: [obligation(null)],
      kpis: [kpi(100, null), kpi(null, 50)],
    });
    expect(computeProjectStatus(input, AS_OF).computed).toBe('none');
  });

  it.each<[string, Partial<StatusInput>]>([
    [
      'a milestone with only a baseline date',
      { milestones: [milestone({ baselineDate: '2022-01-01' })] },
    ],
    ['a reached milestone', { milestones: [milestone({ actualDate: '2020-01-01' })] }],
    ['an obligation with a future deadline', { obligations: [obligation('2030-01-01')] }],
    ['a KPI on plan', { kpis: [kpi(10, 10)] }],
  ])('[STATUS] project with %s and nothing wrong is green', (_, data) => {
    expect(computeProjectStatus(project(data), AS_OF)).toEqual({
      status: 'green',
      computed: 'green',
      reasons: [],
      override: null,
    });
  });
});

describe('[STATUS] reasons', () => {
  it('[STATUS] reasons list red first, then by rule', () => {
    const input = project({
      maturity: 1,
      milestones: [overdueBy(10), overdueBy(200)],
      obligations: [obligation(addDays(AS_OF, 30)), obligation('2020-04-01')],
      kpis: [kpi(100, 80), kpi(100, 10)],
    });
    const result = computeProjectStatus(input, AS_OF);
    expect(result.computed).toBe('red');
    expect(result.reasons.map((r) => `${r.level}:${r.rule}`)).toEqual([
      'red:obligation-overdue',
      'red:milestone-overdue',
      'red:kpi-below-plan',
      'amber:milestone-overdue',
      'amber:deadline-near',
      'amber:kpi-below-plan',
    ]);
  });

  it('[STATUS] an invalid asOf is a programming error', () => {
    expect(() => computeProjectStatus(project(), '2021-06-31')).toThrow(RangeError);
    expect(() => computeProjectStatus(project(), '2021-06-30T12:00:00Z')).toThrow(RangeError);
  });
});

describe('[STATUS] override', () => {
  const red = project({ milestones: [overdueBy(120)] });

  it('[STATUS] active override sets the status and keeps computed and reasons visible', () => {
    const result = computeProjectStatus({ ...red, override: override() }, AS_OF);
    const plain = computeProjectStatus(red, AS_OF);
    expect(result.status).toBe('green');
    expect(result.computed).toBe('red');
    expect(result.reasons).toEqual(plain.reasons);
    expect(result.override).toEqual({ ...override(), active: true });
  });

  it.each<[string, Partial<StatusOverride>, boolean]>([
    ['applies from the day it was created', { createdAt: AS_OF }, true],
    ['is not yet active before it was created', { createdAt: addDays(AS_OF, 1) }, false],
    ['is still active the day before it expires', { expiresAt: addDays(AS_OF, 1) }, true],
    ['has expired on its expiry date', { expiresAt: AS_OF }, false],
    [
      'has expired after its expiry date',
      { expiresAt: '2021-01-01', createdAt: '2020-10-01' },
      false,
    ],
    ['without expiry stays active', { expiresAt: null, createdAt: '2019-01-01' }, true],
  ])('[STATUS] override %s', (_, fields, active) => {
    const result = computeProjectStatus({ ...red, override: override(fields) }, AS_OF);
    expect(result.override?.active).toBe(active);
    expect(result.status).toBe(active ? 'green' : 'red');
    expect(result.computed).toBe('red');
    expect(result.reasons).toHaveLength(1);
  });

  it('[STATUS] override does not apply to a done project (Reifegrad 3 wins)', () => {
    const result = computeProjectStatus(
      project({ maturity: 3, override: override({ status: 'red' }) }),
      AS_OF,
    );
    expect(result.status).toBe('done');
    expect(result.override?.active).toBe(false);
  });

  it('[STATUS] override can rate a project that has no data', () => {
    const result = computeProjectStatus(
      project({ override: override({ status: 'amber' }) }),
      AS_OF,
    );
    expect(result).toMatchObject({ status: 'amber', computed: 'none' });
  });
});

describe('[STATUS] thresholds', () => {
  it('[STATUS] empty stored thresholds parse to the defaults', () => {
    expect(ZStatusThresholds.parse({})).toEqual(DEFAULT_STATUS_THRESHOLDS);
    expect(DEFAULT_STATUS_THRESHOLDS).toEqual({
      milestoneRedOverdueDays: 90,
      forecastSlipAmberDays: 30,
      deadlineAmberDays: 180,
      kpiRedBelowPercent: 70,
      kpiAmberBelowPercent: 95,
    });
  });

  it('[STATUS] thresholds reject an amber KPI threshold below the red one', () => {
    const result = ZStatusThresholds.safeParse({
      kpiRedBelowPercent: 80,
      kpiAmberBelowPercent: 75,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['kpiAmberBelowPercent'],
      message: 'Die Schwelle für Gelb muss mindestens so hoch sein wie die Schwelle für Rot.',
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['fractional days', { milestoneRedOverdueDays: 1.5 }, 'Bitte ganze Tage angeben.'],
    ['negative days', { deadlineAmberDays: -1 }, 'Die Anzahl Tage darf nicht negativ sein.'],
    ['more than ten years', { forecastSlipAmberDays: 4000 }, 'Höchstens 3650 Tage (zehn Jahre).'],
    ['a percentage over 100', { kpiAmberBelowPercent: 120 }, 'Höchstens 100 % des Plans.'],
    ['text instead of a number', { kpiRedBelowPercent: '70' }, 'Bitte einen Prozentwert angeben.'],
  ])('[STATUS] thresholds reject %s with a German message', (_, value, message) => {
    const result = ZStatusThresholds.safeParse(value);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('[STATUS] presentation', () => {
  it('[STATUS] every status has a label, a distinct shape and a description', () => {
    const shapes = STATUSES.map((s) => STATUS_PRESENTATION[s].shape);
    expect(new Set(shapes).size).toBe(STATUSES.length);
    for (const s of STATUSES) {
      expect(STATUS_PRESENTATION[s].label).not.toBe('');
      expect(STATUS_PRESENTATION[s].description).toContain(STATUS_PRESENTATION[s].label);
    }
  });

  it('[STATUS] effective status text names the computed status beside an active override', () => {
    const red = project({ milestones: [overdueBy(120)] });
    expect(
      describeEffectiveStatus(computeProjectStatus({ ...red, override: override() }, AS_OF)),
    ).toBe('grün (manuell gesetzt, berechnet: rot)');
    expect(describeEffectiveStatus(computeProjectStatus(red, AS_OF))).toBe('rot');
  });
});
