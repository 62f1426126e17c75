/**
 * Calendar dates (deadlines, milestones) travel and are stored as ISO `YYYY-MM-DD` text.
 * All arithmetic here is done in UTC so that a date never shifts with the server's time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type IsoDate = string;

/** True for a real calendar date such as 2020-02-29; false for 2023-02-30 or 2020-13-01. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/**
 * Milliseconds since the epoch of midnight UTC of the given calendar date. A portfolio holds few
 * distinct dates but the status engine asks for them hundreds of thousands of times, so the
 * results are memoised (bounded, cleared when full).
 */
const utcMsCache = new Map<string, number>();
const DATE_CACHE_LIMIT = 20_000;

export function isoToUtcMs(value: IsoDate): number {
  const cached = utcMsCache.get(value);
  if (cached !== undefined) return cached;
  const ms = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  if (utcMsCache.size >= DATE_CACHE_LIMIT) utcMsCache.clear();
  utcMsCache.set(value, ms);
  return ms;
}

export function utcMsToIso(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoToUtcMs(to) - isoToUtcMs(from)) / MS_PER_DAY);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return utcMsToIso(isoToUtcMs(date) + days * MS_PER_DAY);
}

/** Today's calendar date in Europe/Berlin, the municipalities' time zone. */
export function todayInBerlin(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
