import { isoToUtcMs } from './iso-date';

/**
 * The formatters are built on first use: constructing an Intl formatter loads locale data, which
 * every page that merely imports this module (the Zeitplan among them) would otherwise pay for
 * while it starts.
 */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}
const dateFormat = lazy(
  () => new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
);
const dateTimeFormat = lazy(
  () =>
    new Intl.DateTimeFormat('de-DE', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Berlin',
    }),
);
const numberFormat = lazy(() => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }));
const euroFormat = lazy(
  () => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
);

/**
 * "2020-04-01" → "01.04.2020"; empty for a missing date. ISO dates reorder into the German
 * form directly (Intl is the slow path, kept for anything that is not a plain ISO date).
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
  return dateFormat().format(new Date(isoToUtcMs(value)));
}

/** A moment (UTC timestamp) shown in Berlin time: "23.11.2026, 14:05". */
export function formatDateTime(value: Date | number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return dateTimeFormat().format(new Date(value));
}

/** 1234.5 → "1.234,5". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return numberFormat().format(value);
}

/** 265000 → "265.000 €". */
export function formatEuro(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return euroFormat().format(value);
}

/** 265000 → "265 T€" as the municipalities write budget figures. */
export function formatThousandEuro(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return `${numberFormat().format(Math.round(value / 100) / 10)} T€`;
}
