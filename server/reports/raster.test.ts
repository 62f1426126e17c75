import { readFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { charactersOf, subsetFont } from './font-subset';
import { findFonts } from './fonts';
import { rasterisePages } from './raster';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="90" viewBox="0 0 420 90" font-family="Helvetica, Arial, sans-serif" font-size="11">
<rect x="0" y="0" width="420" height="90" fill="#ffffff"/>
<text x="8" y="20" font-size="16" font-weight="bold" fill="#1f2937">Zeitplan der Projekte – Übersicht</text>
<text x="8" y="40" fill="#4b5563">Anschaffung eines zentral einsetzbaren E-Payment-Moduls · Größe „Öffnung“ ✓ § 7a</text>
<text x="8" y="60" font-weight="bold">Stufe 2: Online-Wiederzulassung … Zuständigkeit &amp; Pflege</text>
<text x="8" y="80" font-size="10">Auffälligkeiten, Fluss, fließend, Schiff 2021–2023</text>
</svg>`;

describe('[REPORT] rasterising the figure', () => {
  it('[REPORT] renders the same pixels with the cut-down fonts as with the full DejaVu Sans', async () => {
    const fonts = findFonts();
    const full = await renderAsync(SVG, {
      fitTo: { mode: 'zoom', value: 2 },
      background: '#ffffff',
      font: { loadSystemFonts: false, fontFiles: [fonts.regular, fonts.bold], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    });
    const [subset] = await rasterisePages([SVG], 2);
    expect(subset!.equals(full.asPng())).toBe(true);
  });

  it('[REPORT] gives the same bytes every time', async () => {
    const [a] = await rasterisePages([SVG], 2);
    const [b] = await rasterisePages([SVG], 2);
    expect(a!.equals(b!)).toBe(true);
  });

  it('[REPORT] cuts DejaVu Sans down to a fraction, keeping every glyph id', () => {
    const font = readFileSync(findFonts().regular);
    const subset = subsetFont(font, charactersOf([SVG]));
    expect(subset.length).toBeLessThan(font.length / 3);
    expect(subset.subarray(0, 4).equals(font.subarray(0, 4))).toBe(true);
    expect(subsetFont(font, charactersOf([SVG])).equals(subset)).toBe(true);
  });
});
