import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES, type TStatus } from '../schemas/domain';
import { compareStatusSeverity, rollUpStatuses, statusSeverity } from './rollup';

describe('[STATUS] roll-up of a group', () => {
  it('[STATUS] empty group has no statuses and counts as not assessed', () => {
    expect(rollUpStatuses([])).toEqual({
      distribution: { red: 0, amber: 0, green: 0, none: 0, done: 0 },
      worst: 'none',
      total: 0,
    });
  });

  it('[STATUS] group counts every status and names the worst', () => {
    expect(rollUpStatuses(['green', 'amber', 'done', 'green', 'none'])).toEqual({
      distribution: { red: 0, amber: 1, green: 2, none: 1, done: 1 },
      worst: 'amber',
      total: 5,
    });
  });

  it.each<[TStatus[], TStatus]>([
    [['green', 'red', 'amber'], 'red'],
    [['green', 'amber'], 'amber'],
    [['done', 'green'], 'green'],
    [['none', 'done'], 'done'],
    [['none', 'none'], 'none'],
  ])('[STATUS] worst of %j is %s (red > amber > green > done > none)', (statuses, worst) => {
    expect(rollUpStatuses(statuses).worst).toBe(worst);
  });

  it('[STATUS] comparator sorts worst first', () => {
    const sorted = (['none', 'green', 'done', 'red', 'amber'] as TStatus[]).sort(
      compareStatusSeverity,
    );
    expect(sorted).toEqual(['red', 'amber', 'green', 'done', 'none']);
  });

  it('[STATUS] distribution adds up to the total and the worst is never beaten by a member', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES)), (statuses) => {
        const { distribution, worst, total } = rollUpStatuses(statuses);
        expect(total).toBe(statuses.length);
        expect(Object.values(distribution).reduce((a, b) => a + b, 0)).toBe(total);
        for (const s of statuses)
          expect(statusSeverity(s)).toBeLessThanOrEqual(statusSeverity(worst));
        if (total > 0) expect(distribution[worst]).toBeGreaterThan(0);
      }),
    );
  });

  it('[STATUS] roll-up does not depend on the order of projects', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES)), (statuses) => {
        expect(rollUpStatuses([...statuses].reverse())).toEqual(rollUpStatuses(statuses));
      }),
    );
  });
});
