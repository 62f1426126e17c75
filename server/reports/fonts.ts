import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * DejaVu Sans (Debian: fonts-dejavu-core) is embedded rather than pdfkit's built-in Helvetica:
 * a tagged PDF needs embedded fonts, and DejaVu covers ä ö ü ß € „ “ – and the Ampel glyphs.
 */
const FONT_DIRS = [
  process.env.REPORT_FONT_DIR,
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/TTF',
  '/usr/local/share/fonts',
].filter((dir): dir is string => Boolean(dir));

export function findFonts(): { regular: string; bold: string } {
  for (const dir of FONT_DIRS) {
    const regular = path.join(dir, 'DejaVuSans.ttf');
    const bold = path.join(dir, 'DejaVuSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return { regular, bold };
  }
  throw new Error(
    `DejaVu Sans not found in ${FONT_DIRS.join(', ')}: install fonts-dejavu-core or set REPORT_FONT_DIR`,
  );
}
