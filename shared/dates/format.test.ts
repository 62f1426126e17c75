import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatNumber, formatThousandEuro } from './format';
import { daysBetween, isIsoDate, isoToUtcMs } from './iso-date';

describe('[DATES] German formatting and calendar maths', () => {
  it('formats ISO dates the German way', () => {
    expect(formatDate('2020-04-01')).toBe('01.04.2020');
    expect(formatDate('2020-02-29')).toBe('29.02.2020');
    expect(formatDate(null)).toBe('');
  });

  it('formats numbers and money the German way', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatEuro(265000)).toMatch(/^265\.000\s€$/);
    expect(formatThousandEuro(265000)).toBe('265 T€');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2020-13-01')).toBe(false);
    expect(isIsoDate('01.04.2020')).toBe(false);
  });

  it('counts days across leap years and stays stable when asked repeatedly', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1);
    expect(isoToUtcMs('2020-04-01')).toBe(Date.UTC(2020, 3, 1));
    expect(isoToUtcMs('2020-04-01')).toBe(Date.UTC(2020, 3, 1));
  });
});
