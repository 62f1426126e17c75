import { STATUS_PRESENTATION, type TStatusShape } from '../../../shared/status';
import type { TStatus } from '../../../shared/schemas/domain';

/** The shape carries the status as well as the colour does (BITV 2.0: never colour alone). */
export function StatusShape({ shape, size = 14 }: { shape: TStatusShape; size?: number }) {
  const common = { width: size, height: size, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  switch (shape) {
    case 'octagon':
      return (
        <svg {...common}>
          <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" fill="currentColor" />
          <rect x="4" y="7" width="8" height="2" fill="#fff" />
        </svg>
      );
    case 'triangle':
      return (
        <svg {...common}>
          <polygon points="8,1 15,15 1,15" fill="currentColor" />
          <rect x="7.2" y="6" width="1.6" height="5" fill="#000" />
          <rect x="7.2" y="12" width="1.6" height="1.6" fill="#000" />
        </svg>
      );
    case 'circle':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
        </svg>
      );
    case 'check':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <polyline points="4.5,8.5 7,11 11.5,5.5" fill="none" stroke="#fff" strokeWidth="2" />
        </svg>
      );
    case 'dash':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <rect x="4.5" y="7.2" width="7" height="1.6" fill="currentColor" />
        </svg>
      );
  }
}

export function StatusBadge({ status, detail }: { status: TStatus; detail?: string }) {
  const presentation = STATUS_PRESENTATION[status];
  return (
    <span className={`status-badge status-badge--${status}`} title={presentation.description}>
      <StatusShape shape={presentation.shape} />
      <span>{presentation.label}</span>
      {detail && <span className="status-badge__detail">{detail}</span>}
    </span>
  );
}
