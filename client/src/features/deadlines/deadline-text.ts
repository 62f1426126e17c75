import { formatNumber } from '../../../../shared/dates/format';
import type { TFulfilment } from '../../../../shared/schemas/report';

/** "seit 1.234 Tagen überfällig", "noch 120 Tage", "heute fällig", "ohne Frist". */
export function daysLeftText(daysLeft: number | null, fulfilment: TFulfilment): string {
  if (daysLeft === null) return 'ohne Frist';
  if (fulfilment === 'fulfilled') return daysLeft < 0 ? 'Frist abgelaufen, erfüllt' : `noch ${dayWord(daysLeft, 'Tag', 'Tage')}, erfüllt`;
  if (daysLeft < 0) return `seit ${dayWord(-daysLeft, 'Tag', 'Tagen')} überfällig`;
  if (daysLeft === 0) return 'heute fällig';
  return `noch ${dayWord(daysLeft, 'Tag', 'Tage')}`;
}

function dayWord(days: number, one: string, many: string): string {
  return `${formatNumber(days)} ${days === 1 ? one : many}`;
}
