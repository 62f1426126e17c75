import type { TReportState } from '../../../../shared/schemas/report-request';
import { STATE_LABELS } from './labels';

export function ReportStateBadge({ state }: { state: TReportState }) {
  return <span className={`report-state report-state--${state}`}>{STATE_LABELS[state]}</span>;
}
