import { addDays } from '../../../shared/dates/iso-date';

/** "What changed" looks back this many days from asOf. */
export const CHANGE_WINDOW_DAYS = 30;

/** The date the change window starts (exclusive): asOf − 30 days. */
export function changeWindowStart(asOf: string): string {
  return addDays(asOf, -CHANGE_WINDOW_DAYS);
}

/** The first moment the audit query reads: a day of margin before the window, for time zones. */
export function auditWindowStart(asOf: string): Date {
  return new Date(Date.parse(`${changeWindowStart(asOf)}T00:00:00Z`) - 86_400_000);
}
