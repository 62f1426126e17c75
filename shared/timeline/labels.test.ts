import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate as sharedFormatDate } from '../dates/format';
import { addDays } from '../dates/iso-date';
import { deadlineMarkerName, formatDate, milestoneStateText, slipText } from './labels';
import { project } from './test-model';

describe('timeline labels', () => {
  it('[LABELS] the fast date format equals the shared German date format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const date = addDays('1990-01-01', offset);
        expect(formatDate(date)).toBe(sharedFormatDate(date));
      }),
    );
    expect(formatDate('2020-04-01')).toBe('01.04.2020');
    expect(formatDate(null)).toBe('');
  });

  it('[LABELS] milestone state: reached, overdue, open', () => {
    const milestone = { id: 'm', title: 'M', plannedDate: '2020-01-01', baselineDate: null, forecastDate: null, actualDate: null, phase: null };
    expect(milestoneStateText(milestone, '2020-01-02')).toBe('überfällig seit 1 Tag');
    expect(milestoneStateText(milestone, '2020-01-01')).toBe('offen');
    expect(milestoneStateText({ ...milestone, actualDate: '2020-01-05' }, '2020-02-01')).toBe('erreicht am 05.01.2020');
  });

  it('[LABELS] slip against the baseline in days', () => {
    const base = project({ id: 'p', groupId: 'g', plannedEnd: '2020-04-10', baselineEnd: '2020-04-01' });
    expect(slipText(base)).toBe('Ende 9 Tage später als Basisplan');
    expect(slipText({ ...base, plannedEnd: '2020-03-31' })).toBe('Ende 1 Tag früher als Basisplan');
    expect(slipText({ ...base, plannedEnd: '2020-04-01' })).toBe('Ende wie Basisplan');
    expect(slipText({ ...base, baselineEnd: null })).toBeNull();
  });

  it('[LABELS] a deadline marker line is named by its legal reference and date', () => {
    const deadline = { id: 'egovg-7a', label: '§ 7a EGovG NRW', title: 'Elektronische Aktenführung', date: '2020-04-01' };
    expect(deadlineMarkerName(deadline)).toBe('§ 7a EGovG NRW, Frist 01.04.2020');
  });
});
