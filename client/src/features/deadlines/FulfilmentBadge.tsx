import { FULFILMENT_LABELS, type TFulfilment } from '../../../../shared/schemas/report';
import type { TStatusShape } from '../../../../shared/status';
import { StatusShape } from '../../ui/StatusBadge';

/** Shape and text, as for the traffic light: never colour alone. */
const SHAPES: Record<TFulfilment, TStatusShape> = {
  fulfilled: 'check',
  partly: 'triangle',
  open: 'dash',
  overdue: 'octagon',
};

export function FulfilmentBadge({ fulfilment }: { fulfilment: TFulfilment }) {
  return (
    <span className={`status-badge fulfilment--${fulfilment}`}>
      <StatusShape shape={SHAPES[fulfilment]} />
      <span>{FULFILMENT_LABELS[fulfilment]}</span>
    </span>
  );
}
