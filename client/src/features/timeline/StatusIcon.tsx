import { STATUSES, type TStatus } from '../../../../shared/domain/vocabulary';
import { statusIconParts } from '../../../../shared/timeline/status-shape';

/**
 * The status shape (octagon, triangle, circle, check, dash); always shown next to its text.
 * Drawn from the shared shape definition as a data-URL SVG: once as a stylesheet rule (for the
 * Gantt's label cells, where one element per row less matters while scrolling) and as an <img>.
 */

const ICON_SIZE = 14;

const ICON_URLS = Object.fromEntries(
  STATUSES.map((status) => {
    const paths = statusIconParts(status, ICON_SIZE / 2, ICON_SIZE / 2, ICON_SIZE / 2 - 1)
      .map((part) => `<path d="${part.d}" fill="${part.fill}" stroke="${part.stroke}" stroke-width="${part.strokeWidth}"/>`)
      .join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="0 0 ${ICON_SIZE} ${ICON_SIZE}">${paths}</svg>`;
    return [status, `data:image/svg+xml,${encodeURIComponent(svg)}`];
  }),
) as Record<TStatus, string>;

let stylesInstalled = false;

/** Adds `[data-status="red"]::before { background-image: … }` rules once per document. */
export function installStatusIconStyles(): void {
  if (stylesInstalled || typeof document === 'undefined') return;
  stylesInstalled = true;
  const style = document.createElement('style');
  style.dataset.timelineStatusIcons = '';
  style.textContent = STATUSES.map(
    (status) => `.tl-status[data-status="${status}"]::before{background-image:url("${ICON_URLS[status]}")}`,
  ).join('\n');
  document.head.appendChild(style);
}

export function StatusIcon({ status }: { status: TStatus }) {
  return <img className="tl-status-icon" src={ICON_URLS[status]} width={ICON_SIZE} height={ICON_SIZE} alt="" />;
}
