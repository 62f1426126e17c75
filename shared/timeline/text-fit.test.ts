import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateText } from './text-fit';
import { KNOWN_PHASES } from './theme';

/**
 * Names as the plans write them (mostly lowercase, capitals at the start of words). Whether cut
 * texts fit in the report's font is checked against DejaVu Sans in server/reports/figure-text.test.ts.
 */
const NAMES = [
  ...KNOWN_PHASES,
  'Vorbereitende Arbeiten',
  'Umsetzung der pflichtigen gesetzlichen Vorgaben',
  'Start des neuen Internetauftritts und fortlaufende Pflege',
  'Erarbeitung eines Konzepts und einer Dienstanweisung zur elektronischen Aktenführung',
  'Einrichtung und Einführung (in Pilotbereichen)',
  'Anbindung an das „Digitale Archiv NRW“ und Schaffung von Schnittstellen',
];

/** The cut before widths by character class: 0.62 em a character, the "…" counted as one. */
function flatCut(text: string, maxWidth: number, fontSize: number): string {
  if (text.length * fontSize * 0.62 <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.62)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

describe('text width estimate', () => {
  it('[TEXT] capitals and wide letters count wider than lowercase, narrow letters and spaces narrower', () => {
    const em = (text: string) => estimateTextWidth(text, 1) / text.length;
    expect(em('OZGUMSETZUNG')).toBeGreaterThan(em('umsetzung'));
    expect(em('MMWW')).toBeGreaterThan(em('OZGUMSETZUNG'));
    expect(em('illi')).toBeLessThan(em('umsetzung'));
    expect(em('   ')).toBeLessThan(em('illi'));
    expect(estimateTextWidth('OZG', 10, 'bold')).toBeGreaterThan(estimateTextWidth('OZG', 10));
  });

  it('[TEXT] a cut name with its "…" fits the width it was cut for; a name that fits stays whole', () => {
    for (const name of [...NAMES, 'OZG-UMSETZUNG MMMM']) {
      for (let width = 20; width <= 400; width += 5) {
        const shown = truncateText(name, width, 10);
        if (shown === name) {
          expect(estimateTextWidth(name, 10)).toBeLessThanOrEqual(width);
          continue;
        }
        expect(shown).toMatch(/…$/);
        expect(name.startsWith(shown.slice(0, -1))).toBe(true);
        if (shown.length > 2) expect(estimateTextWidth(shown, 10), `${name} at ${width}`).toBeLessThanOrEqual(width);
        // One more character (after the spaces the cut dropped) would not have fitted.
        let next = shown.length - 1;
        while (name[next] === ' ') next += 1;
        expect(estimateTextWidth(`${name.slice(0, next + 1)}…`, 10)).toBeGreaterThan(width);
      }
    }
  });

  it('[TEXT] names in lowercase keep about as many characters as with the former flat estimate', () => {
    let kept = 0;
    let keptBefore = 0;
    for (const name of NAMES) {
      for (let width = 40; width <= 400; width += 2) {
        const now = truncateText(name, width, 10).length;
        const before = flatCut(name, width, 10).length;
        expect(now, `${name} at ${width}`).toBeGreaterThanOrEqual(before - 2);
        kept += now;
        keptBefore += before;
      }
    }
    expect(kept / keptBefore).toBeGreaterThanOrEqual(0.98);
  });
});
