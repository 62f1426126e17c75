import { describe, expect, it } from 'vitest';
import { exportFileName, pngScale } from './export';

describe('timeline export', () => {
  it('[EXPORT] file names are ASCII slugs with the Stichtag', () => {
    expect(exportFileName('Zeitplan Digitaler Masterplan Kreis Unna', '2020-11-23', 'svg')).toBe(
      'zeitplan-digitaler-masterplan-kreis-unna-2020-11-23.svg',
    );
    expect(exportFileName('Schulträgeraufgaben & Größe', '2020-11-23', 'png')).toBe('schultraegeraufgaben-groesse-2020-11-23.png');
    expect(exportFileName('§§', '2020-11-23', 'png')).toBe('zeitplan-2020-11-23.png');
  });

  it('[EXPORT] the PNG is scaled down to fit the browser canvas limits', () => {
    expect(pngScale(2000, 1000, 2)).toBe(2);
    expect(pngScale(3000, 160_000, 2) * 160_000).toBeLessThanOrEqual(32_767);
    const scale = pngScale(20_000, 20_000, 2);
    expect(20_000 * scale * 20_000 * scale).toBeLessThanOrEqual(260_000_000);
  });
});
