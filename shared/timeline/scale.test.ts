import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../dates/iso-date';
import {
  createTimeScale,
  dateExtent,
  dayNumber,
  isLeapYear,
  nextPeriodStart,
  periodLabel,
  periodStart,
  PIXELS_PER_DAY,
  ZOOM_LEVELS,
  zoomIn,
  zoomOut,
} from './scale';

const isoDate = fc
  .integer({ min: 0, max: daysBetween('2015-01-01', '2034-12-31') })
  .map((offset) => addDays('2015-01-01', offset));

describe('time scale', () => {
  it.each(ZOOM_LEVELS)('[SCALE] date → x → date is the identity at zoom %s', (zoom) => {
    const scale = createTimeScale(zoom, '2015-03-10', '2034-08-01');
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(scale.dateAt(scale.x(date))).toBe(date);
        expect(scale.dayAt(scale.x(date))).toBe(date);
      }),
    );
  });

  it.each(ZOOM_LEVELS)('[SCALE] x grows by exactly pixels-per-day per day at zoom %s', (zoom) => {
    const scale = createTimeScale(zoom, '2019-01-01', '2022-12-31');
    expect(scale.x('2020-02-29') - scale.x('2020-02-28')).toBeCloseTo(PIXELS_PER_DAY[zoom]);
    expect(scale.x('2020-03-01') - scale.x('2020-02-28')).toBeCloseTo(2 * PIXELS_PER_DAY[zoom]);
  });

  it('[SCALE] the domain is widened to whole calendar years', () => {
    const scale = createTimeScale('quarter', '2019-05-17', '2021-02-03');
    expect(scale.start).toBe('2019-01-01');
    expect(scale.end).toBe('2022-01-01');
    expect(scale.x('2019-01-01')).toBe(0);
    expect(scale.width).toBeCloseTo((365 + 366 + 365) * PIXELS_PER_DAY.quarter);
  });

  it('[SCALE] dragging snaps to the nearest day boundary', () => {
    const scale = createTimeScale('month', '2020-01-01', '2020-12-31');
    const x = scale.x('2020-04-01');
    expect(scale.dateAt(x + 1.9)).toBe('2020-04-01');
    expect(scale.dateAt(x + 2.1)).toBe('2020-04-02');
    expect(scale.dateAt(x - 2.1)).toBe('2020-03-31');
  });
});

describe('period boundaries', () => {
  it('[SCALE] quarters start on 1 January, April, July and October', () => {
    expect(periodStart('2019-03-31', 'quarter')).toBe('2019-01-01');
    expect(periodStart('2019-04-01', 'quarter')).toBe('2019-04-01');
    expect(periodStart('2019-09-30', 'quarter')).toBe('2019-07-01');
    expect(periodStart('2019-12-31', 'quarter')).toBe('2019-10-01');
    expect(nextPeriodStart('2019-11-15', 'quarter')).toBe('2020-01-01');
  });

  it('[SCALE] half-years start on 1 January and 1 July', () => {
    expect(periodStart('2019-06-30', 'halfyear')).toBe('2019-01-01');
    expect(periodStart('2019-07-01', 'halfyear')).toBe('2019-07-01');
    expect(nextPeriodStart('2019-02-01', 'halfyear')).toBe('2019-07-01');
    expect(nextPeriodStart('2019-07-01', 'halfyear')).toBe('2020-01-01');
  });

  it('[SCALE] leap years: 2020-02-29 exists, February 2020 has 29 days, 1900 was no leap year', () => {
    expect(isLeapYear(2020)).toBe(true);
    expect(isLeapYear(2019)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    const scale = createTimeScale('month', '2020-01-01', '2020-12-31');
    const february = scale.ticks('bottom').find((tick) => tick.start === '2020-02-01');
    expect(february?.end).toBe('2020-03-01');
    expect(february?.width).toBeCloseTo(29 * PIXELS_PER_DAY.month);
    expect(scale.dateAt(scale.x('2020-02-29'))).toBe('2020-02-29');
    expect(periodStart('2020-02-29', 'month')).toBe('2020-02-01');
    expect(nextPeriodStart('2020-02-29', 'month')).toBe('2020-03-01');
  });

  it('[SCALE] every tick starts where the previous one ends, without gaps', () => {
    for (const zoom of ZOOM_LEVELS) {
      const scale = createTimeScale(zoom, '2018-01-01', '2023-12-31');
      for (const tier of ['top', 'bottom'] as const) {
        const ticks = scale.ticks(tier);
        expect(ticks[0]?.x).toBe(0);
        ticks.slice(1).forEach((tick, i) => {
          expect(tick.start).toBe(ticks[i]?.end);
          expect(tick.x).toBeCloseTo((ticks[i]?.x ?? 0) + (ticks[i]?.width ?? 0));
        });
        const last = ticks[ticks.length - 1];
        expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(scale.width);
      }
    }
  });

  it('[SCALE] ticks are limited to the requested horizontal range', () => {
    const scale = createTimeScale('month', '2015-01-01', '2030-12-31');
    const ticks = scale.ticks('bottom', scale.x('2020-03-15'), scale.x('2020-06-10'));
    expect(ticks.map((tick) => tick.start)).toEqual(['2020-03-01', '2020-04-01', '2020-05-01', '2020-06-01']);
  });
});

describe('German header labels', () => {
  it('[SCALE] month zoom: quarters above months ("Q1 2019" / "Jan. 2019")', () => {
    const scale = createTimeScale('month', '2019-01-01', '2019-12-31');
    expect(scale.ticks('top').map((tick) => tick.text)).toEqual(['Q1 2019', 'Q2 2019', 'Q3 2019', 'Q4 2019']);
    expect(scale.ticks('bottom').map((tick) => tick.text)).toEqual([
      'Jan. 2019',
      'Feb. 2019',
      'März 2019',
      'Apr. 2019',
      'Mai 2019',
      'Juni 2019',
      'Juli 2019',
      'Aug. 2019',
      'Sept. 2019',
      'Okt. 2019',
      'Nov. 2019',
      'Dez. 2019',
    ]);
    expect(scale.ticks('bottom')[2]?.title).toBe('März 2019');
  });

  it('[SCALE] quarter zoom: years above quarters', () => {
    const scale = createTimeScale('quarter', '2019-01-01', '2019-12-31');
    expect(scale.ticks('top').map((tick) => tick.text)).toEqual(['2019']);
    expect(scale.ticks('bottom').map((tick) => tick.text)).toEqual(['Q1 2019', 'Q2 2019', 'Q3 2019', 'Q4 2019']);
    expect(scale.ticks('bottom')[0]?.title).toBe('1. Quartal 2019');
  });

  it('[SCALE] half-year zoom says "1. Hj. 2019", year zoom the compact "I/2019"', () => {
    expect(createTimeScale('halfyear', '2019-01-01', '2019-12-31').ticks('bottom').map((tick) => tick.text)).toEqual([
      '1. Hj. 2019',
      '2. Hj. 2019',
    ]);
    const year = createTimeScale('year', '2019-01-01', '2020-12-31');
    expect(year.ticks('top').map((tick) => tick.text)).toEqual(['2019', '2020']);
    expect(year.ticks('bottom').map((tick) => tick.text)).toEqual(['I/2019', 'II/2019', 'I/2020', 'II/2020']);
    expect(periodLabel('2019-07-01', 'halfyear', 'year').title).toBe('2. Halbjahr 2019');
  });
});

describe('helpers', () => {
  it('[SCALE] the extent ignores missing dates', () => {
    expect(dateExtent([null, '2020-04-01', undefined, '2018-01-01', '2022-12-31'])).toEqual({
      start: '2018-01-01',
      end: '2022-12-31',
    });
    expect(dateExtent([null])).toBeNull();
  });

  it('[SCALE] zooming stops at months and years', () => {
    expect(zoomIn('quarter')).toBe('month');
    expect(zoomIn('month')).toBe('month');
    expect(zoomOut('halfyear')).toBe('year');
    expect(zoomOut('year')).toBe('year');
  });
});

describe('day numbers', () => {
  it('[SCALE] dayNumber agrees with the calendar of shared/dates', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(dayNumber(b) - dayNumber(a)).toBe(daysBetween(a, b));
      }),
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
  });
});
