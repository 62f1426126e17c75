import { describe, expect, it } from 'vitest';
import { computeProjectStatus, type StatusInput } from '../../../shared/status';
import { obligationLabel, rollUpProjectStatuses, subProjectPrefix } from './compute';

describe('[STATUS] obligation labels', () => {
  it.each([
    ['EGovG NRW', '§ 7a Abs. (1) - (3)', '§ 7a EGovG NRW'],
    ['EGovG NRW', '§ 3 Abs. 1 (i. V. m. § 3a Abs. 1 VwVfG NRW)', '§ 3 EGovG NRW'],
    ['OZG', '§ 1 Abs. (1), (2)', '§ 1 OZG'],
    ['EGovG NRW', '§ 13', '§ 13 EGovG NRW'],
    ['VwVfG NRW', '§ 3a Abs. 2', '§ 3a VwVfG NRW'],
    ['DSGVO', 'Art. 32', 'Art. 32 DSGVO'],
  ])('[STATUS] %s %s is cited as "%s"', (law, paragraph, label) => {
    expect(obligationLabel(law, paragraph)).toBe(label);
  });
});

const AS_OF = '2021-06-30';
const input = (fields: Partial<StatusInput>): StatusInput => ({ maturity: 2, milestones: [], obligations: [], kpis: [], ...fields });
const overdue = (title: string, planned: string) => ({ title, plannedDate: planned, baselineDate: null, forecastDate: null, actualDate: null });

describe('[STATUS] roll-up over sub-projects', () => {
  const tree = [
    { id: 1, code: '1', title: 'E-Akte', childIds: [2, 3] },
    { id: 2, code: '1.1', title: 'Pilot', childIds: [4] },
    { id: 4, code: '1.1.1', title: 'Scanstelle', childIds: [] },
    { id: 3, code: '1.2', title: 'Rollout', childIds: [] },
  ];

  it('[STATUS] the parent takes the worst status and every descendant reason names its own project once', () => {
    const own = new Map([
      [1, computeProjectStatus(input({ milestones: [overdue('Konzept', '2021-06-01')] }), AS_OF)],
      [2, computeProjectStatus(input({ milestones: [] }), AS_OF)],
      [4, computeProjectStatus(input({ milestones: [overdue('Scanner', '2021-01-01')] }), AS_OF)],
      [3, computeProjectStatus(input({ maturity: 3 }), AS_OF)],
    ]);
    const rolled = rollUpProjectStatuses(tree, own);
    expect(rolled.get(4)!.status).toBe('red');
    expect(rolled.get(2)!.status).toBe('red');
    expect(rolled.get(1)).toMatchObject({ status: 'red', computed: 'red' });
    expect(rolled.get(1)!.reasons.map((r) => [r.projectId, r.message])).toEqual([
      [4, 'Teilprojekt 1.1.1 „Scanstelle“: Meilenstein „Scanner“ 180 Tage überfällig (geplant 01.01.2021)'],
      [1, 'Meilenstein „Konzept“ 29 Tage überfällig (geplant 01.06.2021)'],
    ]);
  });

  it('[STATUS] an active override on the parent decides its effective status; the computed one stays', () => {
    const own = new Map([
      [1, computeProjectStatus(input({ override: { status: 'green', justification: 'ok', author: 'S', createdAt: '2021-06-01', expiresAt: null } }), AS_OF)],
      [2, computeProjectStatus(input({}), AS_OF)],
      [4, computeProjectStatus(input({ milestones: [overdue('Scanner', '2021-01-01')] }), AS_OF)],
      [3, computeProjectStatus(input({}), AS_OF)],
    ]);
    expect(rollUpProjectStatuses(tree, own).get(1)).toMatchObject({ status: 'green', computed: 'red' });
  });

  it('[STATUS] a finished parent with a running sub-project shows the sub-project, not "abgeschlossen"', () => {
    const own = new Map([
      [1, computeProjectStatus(input({ maturity: 3 }), AS_OF)],
      [2, computeProjectStatus(input({ maturity: 3 }), AS_OF)],
      [4, computeProjectStatus(input({ maturity: 3 }), AS_OF)],
      [3, computeProjectStatus(input({ milestones: [{ ...overdue('Go-live', '2022-01-01') }] }), AS_OF)],
    ]);
    expect(rollUpProjectStatuses(tree, own).get(1)!.status).toBe('green');
  });

  it('[STATUS] a parent in progress is never "abgeschlossen" because a sub-project is', () => {
    const own = new Map([
      [1, computeProjectStatus(input({ maturity: 2 }), AS_OF)],
      [2, computeProjectStatus(input({ maturity: 3 }), AS_OF)],
      [4, computeProjectStatus(input({ maturity: 3 }), AS_OF)],
      [3, computeProjectStatus(input({ maturity: 2 }), AS_OF)],
    ]);
    expect(rollUpProjectStatuses(tree, own).get(1)!.status).toBe('none');
    own.set(1, computeProjectStatus(input({ maturity: 3 }), AS_OF));
    expect(rollUpProjectStatuses(tree, own).get(1)!.status).toBe('done');
  });

  it('[STATUS] long sub-project titles are shortened in reasons', () => {
    expect(subProjectPrefix(null, 'x'.repeat(80))).toBe(`Teilprojekt „${'x'.repeat(59)}…“: `);
  });
});
