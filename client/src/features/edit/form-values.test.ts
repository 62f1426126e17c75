import { describe, expect, it } from 'vitest';
import { auditChanges, formatAuditValue } from '../project/history-format';
import { numberToText, parseGermanNumber } from './form-values';

describe('[FORM] German numbers', () => {
  it.each([
    ['265.000', 265000],
    ['1.234,5', 1234.5],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['-3', -3],
    ['', null],
    ['  ', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parseGermanNumber(text)).toBe(expected);
  });

  it('reads garbage as NaN, so the shared schema reports it', () => {
    expect(parseGermanNumber('zwölf')).toBeNaN();
    expect(parseGermanNumber('1,2,3')).toBeNaN();
  });

  it('writes numbers back without grouping so they read back the same', () => {
    expect(numberToText(265000)).toBe('265000');
    expect(parseGermanNumber(numberToText(1234.5))).toBe(1234.5);
    expect(numberToText(null)).toBe('');
  });
});

describe('[HISTORY] audit entries in German', () => {
  it('labels the changed fields and formats dates, numbers, maturity and empty values', () => {
    expect(auditChanges({ forecastDate: null, maturity: 1 }, { forecastDate: '2027-06-30', maturity: 2 })).toEqual([
      { key: 'forecastDate', label: 'Prognose', before: '–', after: '30.06.2027' },
      { key: 'maturity', label: 'Umsetzungsstand (1–3)', before: '1 – in Vorbereitung', after: '2 – in Bearbeitung' },
    ]);
  });

  it('shows yearly KPI values and enum labels', () => {
    expect(formatAuditValue('values', [{ year: 2026, plan: 500, actual: 420.5 }])).toBe('2026: Plan 500, Ist 420,5');
    expect(formatAuditValue('kind', 'investive')).toBe('investiv');
    expect(formatAuditValue('role', 'steering')).toBe('Steuerungsdienst');
  });

  it('hides bookkeeping ids of dependencies', () => {
    expect(auditChanges(null, { predecessorId: 1, successorId: 2, predecessor: 'DMS', successor: 'E-Akte' }).map((c) => c.label)).toEqual([
      'Voraussetzung',
      'Abhängiges Projekt',
    ]);
  });
});
