/**
 * Fitting text into the drawing without measuring it: the scene is built on the server (PDF) as
 * well as in the browser, so widths are estimated from the character count, generously, since
 * PDF and browser fonts run wider than Helvetica.
 */

/** Rough text width for Helvetica-like fonts; used to truncate and to lay out labels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Generous width of an average character, in em: what truncateText assumes. */
export const TEXT_WIDTH_PER_EM = 0.62;

/** Cuts with "…"; estimates generously, since PDF and browser fonts run wider than Helvetica. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (text.length * fontSize * TEXT_WIDTH_PER_EM <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * TEXT_WIDTH_PER_EM)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

export const PHASE_FONT_SIZE = 10;
/** Space between a phase segment's left edge and its name. */
export const PHASE_TEXT_PADDING = 4;
/** Fewer characters than this (with the "…") say nothing: the segment keeps its colour only. */
const PHASE_TEXT_MIN_CHARS = 4;

/**
 * The phase's name as written inside its bar segment, as the municipalities' plans write it into
 * the cells of their schedule tables; cut with "…" to the segment, or null when the segment is too
 * narrow for a readable part of it (the name is still in the tooltip and the accessible name).
 */
export function phaseTextInBar(name: string, segmentWidth: number): string | null {
  const room = segmentWidth - 2 * PHASE_TEXT_PADDING;
  if (room <= 0 || name.length === 0) return null;
  const shown = truncateText(name, room, PHASE_FONT_SIZE);
  if (shown === name) return name;
  return shown.length > PHASE_TEXT_MIN_CHARS ? shown : null;
}
