/**
 * Auto-pan while a bar end or milestone is dragged: near an edge of the visible chart (or beyond
 * it) the chart scrolls that way, so that a date outside the visible period can be reached.
 */

/** Width of the zone inside each edge of the chart area in which a drag pans, in px. */
export const AUTO_PAN_ZONE = 40;
/** Fastest pan, in px per animation frame: reached one zone width beyond the edge. */
export const AUTO_PAN_MAX_SPEED = 24;

/**
 * Pan for one animation frame, in px (negative: back in time, 0: none), for a pointer at
 * `clientX` over a chart area from `left` to `right` (screen px). Grows linearly with the depth
 * into the zone: half the maximum at the edge, the maximum one zone width beyond it, so that the
 * user controls the speed by how far the pointer goes. At least 1 px inside the zone: the chart
 * then visibly starts to move.
 */
export function autoPanSpeed(
  clientX: number,
  left: number,
  right: number,
  { zone = AUTO_PAN_ZONE, maxSpeed = AUTO_PAN_MAX_SPEED }: { zone?: number; maxSpeed?: number } = {},
): number {
  // A narrow chart keeps a middle part where the pointer can rest without panning.
  const width = Math.max(0, right - left);
  const edge = Math.min(zone, width / 3);
  if (edge <= 0) return 0;
  const speedAt = (depth: number) => Math.min(maxSpeed, Math.ceil((maxSpeed * depth) / (2 * edge)));
  const leftDepth = left + edge - clientX;
  if (leftDepth > 0) return -speedAt(leftDepth);
  const rightDepth = clientX - (right - edge);
  if (rightDepth > 0) return speedAt(rightDepth);
  return 0;
}
