import { useLayoutEffect } from 'react';
import { STATUSES, type TStatus } from '../../../../shared/domain/vocabulary';
import { statusIconParts } from '../../../../shared/timeline/status-shape';

/**
 * The status shape (octagon, triangle, circle, check, dash); always shown next to its text.
 * Drawn from the shared shape definition into one SVG sprite, installed once as stylesheet rules:
 * the Gantt's label cells show it as generated content (one element per row less while
 * scrolling), the table view as an empty span. One sprite, not one image per status: every SVG
 * image the browser decodes gets a document of its own (about 5 ms each on the first render).
 */

const ICON_SIZE = 14;
/** Room between the icons of the sprite, so that no edge of a neighbour shows at odd zoom factors. */
const SPRITE_PITCH = ICON_SIZE + 4;

const SPRITE_URL = (() => {
  const icons = STATUSES.map((status, index) =>
    statusIconParts(status, ICON_SIZE / 2, index * SPRITE_PITCH + ICON_SIZE / 2, ICON_SIZE / 2 - 1)
      .map((part) => `<path d="${part.d}" fill="${part.fill}" stroke="${part.stroke}" stroke-width="${part.strokeWidth}"/>`)
      .join(''),
  ).join('');
  const height = STATUSES.length * SPRITE_PITCH;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE}" height="${height}" viewBox="0 0 ${ICON_SIZE} ${height}">${icons}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
})();

const ICON_SELECTORS = ['.tl-status[data-status]::before', '.tl-status-icon[data-status]'];

let stylesInstalled = false;

/** Adds the sprite and `[data-status="red"] { background-position: … }` rules once per document. */
export function installStatusIconStyles(): void {
  if (stylesInstalled || typeof document === 'undefined') return;
  stylesInstalled = true;
  const style = document.createElement('style');
  style.dataset.timelineStatusIcons = '';
  const perStatus = STATUSES.map((status, index) => {
    const selector = ICON_SELECTORS.map((base) => base.replace('[data-status]', `[data-status="${status}"]`)).join(',');
    return `${selector}{background-position:0 ${-index * SPRITE_PITCH}px}`;
  });
  style.textContent = [
    `${ICON_SELECTORS.join(',')}{background-image:url("${SPRITE_URL}");background-size:${ICON_SIZE}px ${STATUSES.length * SPRITE_PITCH}px}`,
    ...perStatus,
  ].join('\n');
  document.head.appendChild(style);
}

/** The shape alone, for a cell whose text says the status. */
export function StatusIcon({ status }: { status: TStatus }) {
  useLayoutEffect(installStatusIconStyles, []);
  return <span className="tl-status-icon" data-status={status} aria-hidden="true" />;
}
