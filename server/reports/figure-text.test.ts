import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateTextWidth, PHASE_FONT_SIZE, PHASE_TEXT_PADDING, phaseTextInBar, type TTextWeight } from '../../shared/timeline/text-fit';
import { findFonts } from './fonts';

/**
 * The figure's texts against the font the report sets them in (DejaVu Sans, fonts.ts): the
 * drawing cuts names to estimated widths (shared/timeline/text-fit.ts), and what it cuts must fit
 * where the PDF and the DOCX's PNG draw it. Widths are the sum of the characters' advances, as
 * pdfkit measures them, without kerning (which would only narrow them).
 */
let doc: PDFKit.PDFDocument;
const fonts = findFonts();
beforeAll(() => {
  doc = new PDFDocument({ autoFirstPage: false });
});

function dejaVuWidth(text: string, fontSize: number, weight: TTextWeight = 'normal'): number {
  doc.font(weight === 'bold' ? fonts.bold : fonts.regular).fontSize(fontSize);
  let width = 0;
  for (const char of text) width += doc.widthOfString(char);
  return width;
}

/** ASCII, Latin-1 and the typographic characters of German text. */
const CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...'–—‘’‚“”„…€•‹›',
];

describe('[FIGURE] texts cut to fit, measured in DejaVu Sans', () => {
  it('[FIGURE] no character is estimated narrower than DejaVu Sans draws it, in regular and bold', () => {
    const narrower: string[] = [];
    for (const weight of ['normal', 'bold'] as const) {
      for (const char of CHARACTERS) {
        const drawn = dejaVuWidth(char, 10, weight);
        if (estimateTextWidth(char, 10, weight) < drawn) narrower.push(`${weight} "${char}": ${estimateTextWidth(char, 10, weight)} < ${drawn}`);
      }
    }
    expect(narrower).toEqual([]);
  });

  it('[FIGURE] an all-capitals phase name stays inside its bar segment, at every segment width', () => {
    for (const name of ['OZG-UMSETZUNG MMMM', 'WWW-PORTAL UND E-AKTE', 'MUSTERVERWALTUNG DMS']) {
      for (let width = 10; width <= 300; width += 1) {
        const shown = phaseTextInBar(name, width);
        if (shown === null) continue;
        // The name starts PHASE_TEXT_PADDING into the segment and must end as far from its end.
        expect(PHASE_TEXT_PADDING + dejaVuWidth(shown, PHASE_FONT_SIZE), `${name} at ${width}: "${shown}"`).toBeLessThanOrEqual(
          width - PHASE_TEXT_PADDING,
        );
      }
    }
  });
});
