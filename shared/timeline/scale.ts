import { addDays, daysBetween, type IsoDate } from '../dates/iso-date';

/**
 * Time scale of the timeline: calendar date ↔ horizontal pixel position, and the two-tier date
 * header. Linear in days (a leap year is one pixel-day longer), so that bars of equal duration
 * have equal length at every zoom level. Pure: no clock, no DOM.
 */

export const ZOOM_LEVELS = ['month', 'quarter', 'halfyear', 'year'] as const;
export type TTimelineZoom = (typeof ZOOM_LEVELS)[number];

export const ZOOM_LABELS: Record<TTimelineZoom, string> = {
  month: 'Monat',
  quarter: 'Quartal',
  halfyear: 'Halbjahr',
  year: 'Jahr',
};

/** Chosen so that one period of the finer header tier is roughly 120–150 px wide. */
export const PIXELS_PER_DAY: Record<TTimelineZoom, number> = {
  month: 4,
  quarter: 1.6,
  halfyear: 0.8,
  year: 0.4,
};

export type TPeriodUnit = 'month' | 'quarter' | 'halfyear' | 'year';

/** Which period each header tier shows at each zoom level. */
export const HEADER_TIERS: Record<TTimelineZoom, { top: TPeriodUnit; bottom: TPeriodUnit }> = {
  month: { top: 'quarter', bottom: 'month' },
  quarter: { top: 'year', bottom: 'quarter' },
  halfyear: { top: 'year', bottom: 'halfyear' },
  year: { top: 'year', bottom: 'halfyear' },
};

/** Abbreviations as the Duden writes them ("Jan.", "März", "Sept."). */
const MONTH_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const MONTH_LONG = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const ROMAN_HALF = ['I', 'II'];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function iso(year: number, month: number, day = 1): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 of an ISO date, by integer arithmetic ("days from civil", H. Hinnant):
 * x() runs for every date of every row scrolled into view, and this avoids Date objects.
 */
export function dayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const MONTHS_PER_UNIT: Record<TPeriodUnit, number> = { month: 1, quarter: 3, halfyear: 6, year: 12 };

/** First day of the period (month, quarter, half-year, year) that contains `date`. */
export function periodStart(date: IsoDate, unit: TPeriodUnit): IsoDate {
  const [year, month] = parts(date);
  const span = MONTHS_PER_UNIT[unit];
  const firstMonth = Math.floor((month - 1) / span) * span + 1;
  return iso(year, firstMonth);
}

/** First day of the period following the one that contains `date`. */
export function nextPeriodStart(date: IsoDate, unit: TPeriodUnit): IsoDate {
  const [year, month] = parts(periodStart(date, unit));
  const next = month - 1 + MONTHS_PER_UNIT[unit];
  return iso(year + Math.floor(next / 12), (next % 12) + 1);
}

/** Short header text and a spelled-out title for the period starting at `start`. */
export function periodLabel(
  start: IsoDate,
  unit: TPeriodUnit,
  zoom: TTimelineZoom,
): { text: string; title: string } {
  const [year, month] = parts(start);
  switch (unit) {
    case 'month':
      return { text: `${MONTH_SHORT[month - 1]} ${year}`, title: `${MONTH_LONG[month - 1]} ${year}` };
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return { text: `Q${quarter} ${year}`, title: `${quarter}. Quartal ${year}` };
    }
    case 'halfyear': {
      const half = month <= 6 ? 1 : 2;
      // The coarse zoom has half the room per half-year, hence the compact "I/2019" form.
      const text = zoom === 'year' ? `${ROMAN_HALF[half - 1]}/${year}` : `${half}. Hj. ${year}`;
      return { text, title: `${half}. Halbjahr ${year}` };
    }
    case 'year':
      return { text: String(year), title: `Jahr ${year}` };
  }
}

export interface TimeTick {
  unit: TPeriodUnit;
  /** First day of the period. */
  start: IsoDate;
  /** First day of the next period (exclusive end). */
  end: IsoDate;
  x: number;
  width: number;
  text: string;
  /** Spelled out for assistive technology: "1. Quartal 2019". */
  title: string;
}

export interface TimeScale {
  readonly zoom: TTimelineZoom;
  /** First day shown (a 1 January). */
  readonly start: IsoDate;
  /** First day after the shown range (a 1 January). */
  readonly end: IsoDate;
  readonly pxPerDay: number;
  readonly width: number;
  /** Left edge of the given day. */
  x(date: IsoDate): number;
  /** The day whose left edge is nearest to `x`: snapping to whole days for dragging. */
  dateAt(x: number): IsoDate;
  /** The day that contains `x`. */
  dayAt(x: number): IsoDate;
  /** Periods of one header tier that intersect [xStart, xEnd). */
  ticks(tier: 'top' | 'bottom', xStart?: number, xEnd?: number): TimeTick[];
}

/**
 * A scale over whole calendar years: `start` is moved back to 1 January of its year and `end` on
 * to 1 January of the following year, so that header periods are never cut off.
 */
export function createTimeScale(zoom: TTimelineZoom, start: IsoDate, end: IsoDate): TimeScale {
  const first = periodStart(start, 'year');
  const last = nextPeriodStart(end < start ? start : end, 'year');
  const pxPerDay = PIXELS_PER_DAY[zoom];
  const width = daysBetween(first, last) * pxPerDay;

  const origin = dayNumber(first);
  const x = (date: IsoDate): number => (dayNumber(date) - origin) * pxPerDay;
  const dateAt = (px: number): IsoDate => addDays(first, Math.round(px / pxPerDay));
  // The epsilon absorbs floating-point error so that dayAt(x(d)) is d itself.
  const dayAt = (px: number): IsoDate => addDays(first, Math.floor(px / pxPerDay + 1e-7));

  const ticks = (tier: 'top' | 'bottom', xStart = 0, xEnd = width): TimeTick[] => {
    const unit = HEADER_TIERS[zoom][tier];
    const result: TimeTick[] = [];
    const from = Math.max(0, Math.min(xStart, width));
    let periodFirst = periodStart(dayAt(from), unit);
    if (periodFirst < first) periodFirst = first;
    while (periodFirst < last) {
      const periodEnd = nextPeriodStart(periodFirst, unit);
      const left = x(periodFirst);
      if (left >= xEnd) break;
      const label = periodLabel(periodFirst, unit, zoom);
      result.push({
        unit,
        start: periodFirst,
        end: periodEnd,
        x: left,
        width: x(periodEnd) - left,
        text: label.text,
        title: label.title,
      });
      periodFirst = periodEnd;
    }
    return result;
  };

  return { zoom, start: first, end: last, pxPerDay, width, x, dateAt, dayAt, ticks };
}

/** Earliest and latest of the given dates, or null when there is none. */
export function dateExtent(dates: Iterable<IsoDate | null | undefined>): { start: IsoDate; end: IsoDate } | null {
  let min: IsoDate | null = null;
  let max: IsoDate | null = null;
  for (const date of dates) {
    if (!date) continue;
    if (min === null || date < min) min = date;
    if (max === null || date > max) max = date;
  }
  return min === null || max === null ? null : { start: min, end: max };
}

/** One step finer (towards months); stays at the finest level. */
export function zoomIn(zoom: TTimelineZoom): TTimelineZoom {
  const index = ZOOM_LEVELS.indexOf(zoom);
  return ZOOM_LEVELS[Math.max(0, index - 1)] ?? zoom;
}

/** One step coarser (towards years); stays at the coarsest level. */
export function zoomOut(zoom: TTimelineZoom): TTimelineZoom {
  const index = ZOOM_LEVELS.indexOf(zoom);
  return ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, index + 1)] ?? zoom;
}
