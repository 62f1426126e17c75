/**
 * Fitting text into the drawing without measuring it: the scene is built on the server (PDF) as
 * well as in the browser, so widths are estimated per character, from the class of character it
 * is. Each class's width is an upper bound for the fonts the drawing is set in: DejaVu Sans (the
 * report's PDF and PNG, and the sans-serif of Linux browsers) runs wider than Helvetica and Arial
 * in every class, so the bounds, taken from its advance widths, hold on screen too. A text cut to
 * an estimate therefore never runs past the room it was cut for; kerning only narrows it.
 */

export type TTextWeight = 'normal' | 'bold';

/**
 * Widest advance in the class in DejaVu Sans (normal) and DejaVu Sans Bold, rounded up to 0.01 em.
 * "Narrow" and "lowercase" are named after most of their members; the classes are made by width.
 */
const CLASSES = [
  { name: 'narrow', normal: 0.42, bold: 0.5, members: "fijlrtIJÌÍÎÏìíîï.,:;!¡|¦/\\'‘’‚·()[]-\u00ad" },
  {
    name: 'lowercase',
    normal: 0.64,
    bold: 0.72,
    members: 'abcdeghknopqsuvxyzàáâãäåçèéêëñòóôõöøùúûüýÿðþß"*_`´¨¯¸°§?¿{}$¢£¤¥€¶«»‹›•²³¹ªº“”„–',
  },
  { name: 'digit', normal: 0.64, bold: 0.7, members: '0123456789' },
  { name: 'uppercase', normal: 0.79, bold: 0.86, members: 'ABCDEFGHKLNOPQRSTUVXYZÀÁÂÃÄÅÇÈÉÊËÐÑÒÓÔÕÖØÙÚÛÜÝÞµ' },
  { name: 'wide', normal: 1, bold: 1.11, members: 'MWmwÆæ@%—…©®¼½¾' },
  { name: 'space', normal: 0.32, bold: 0.35, members: ' \u00a0' },
  // Everything else (+ = & #, letters of other scripts, symbols) counts as wide: CJK runs one em.
  { name: 'other', normal: 1, bold: 1.11, members: '' },
] as const;

const OTHER = CLASSES.length - 1;
/** The class of each UTF-16 code unit up to the currency symbols (General Punctuation's "…", "–", then "€"). */
const CLASS_OF = new Uint8Array(0x20b0).fill(OTHER);
CLASSES.forEach((cls, index) => {
  for (const char of cls.members) CLASS_OF[char.charCodeAt(0)] = index;
});
const EM: Record<TTextWeight, Float64Array> = {
  normal: Float64Array.from(CLASSES, (cls) => cls.normal),
  bold: Float64Array.from(CLASSES, (cls) => cls.bold),
};

/** Width of the code unit at `index` in em (a surrogate pair counts as two "other" halves). */
function charEm(em: Float64Array, text: string, index: number): number {
  const code = text.charCodeAt(index);
  return em[code < CLASS_OF.length ? (CLASS_OF[code] as number) : OTHER] as number;
}

const ELLIPSIS = '…';

/** Width of `text` at `fontSize`, an upper bound for the fonts of the drawing. */
export function estimateTextWidth(text: string, fontSize: number, weight: TTextWeight = 'normal'): number {
  const em = EM[weight];
  let width = 0;
  for (let i = 0; i < text.length; i++) width += charEm(em, text, i);
  return width * fontSize;
}

/**
 * `text` whole when its estimate fits `maxWidth`, else its longest start that fits with "…"
 * after it (at least one character).
 */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: TTextWeight = 'normal'): string {
  const em = EM[weight];
  const limit = maxWidth / fontSize;
  const room = limit - charEm(em, ELLIPSIS, 0);
  let width = 0;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    width += charEm(em, text, i);
    if (width <= room) cut = i + 1;
    else if (width > limit) return `${text.slice(0, Math.max(1, cut)).trimEnd()}${ELLIPSIS}`;
  }
  return text;
}

/** The bold labels of the legal deadlines' and today's markers in the date header. */
export const MARKER_FONT_SIZE = 10;

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
