import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { charactersOf, subsetFont } from './font-subset';
import { findFonts } from './fonts';

/**
 * SVG → PNG for the DOCX (Word shows no SVG without a PNG fallback), with resvg. The PNG is
 * made when the DOCX is rendered, not stored in the snapshot: resvg is deterministic for the
 * same input, version and fonts, and the fonts are the PDF's — DejaVu Sans from the report font
 * directory, with the system's fonts switched off — so the picture does not depend on what else
 * is installed on the server, and re-rendering a snapshot gives the same bytes.
 */

/**
 * Print resolution of the figure at its printed size: 150 dpi draws the 7 pt labels with about
 * 15 pixels per em, enough for print; 200 dpi took half as long again (mostly PNG encoding).
 */
export const RASTER_DPI = 150;

const fontCache = new Map<string, Buffer>();
function fontFile(file: string): Buffer {
  let data = fontCache.get(file);
  if (!data) {
    data = readFileSync(file);
    fontCache.set(file, data);
  }
  return data;
}

const SUBSET_DIR = path.join(tmpdir(), 'cockpit-report-fonts');

/**
 * The font cut down to the characters of the pages (font-subset.ts), as a file, since resvg
 * takes fonts by path only. Named by its content, so concurrent renderings share it safely.
 */
function subsetFile(file: string, characters: Set<number>): string {
  const subset = subsetFont(fontFile(file), characters);
  const name = path.join(SUBSET_DIR, `${createHash('sha256').update(subset).digest('hex').slice(0, 32)}.ttf`);
  if (!existsSync(name)) {
    mkdirSync(SUBSET_DIR, { recursive: true });
    const partial = `${name}.${process.pid}.tmp`;
    writeFileSync(partial, subset);
    renameSync(partial, name);
  }
  return name;
}

/**
 * The pages as PNG at `pixelsPerUnit`. They render in the libuv thread pool, so several pages
 * (and the PDF beside them) render at once.
 */
export async function rasterisePages(svgs: readonly string[], pixelsPerUnit: number): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  const fonts = findFonts();
  const characters = charactersOf(svgs);
  const fontFiles = [subsetFile(fonts.regular, characters), subsetFile(fonts.bold, characters)];
  const images = await Promise.all(
    svgs.map((svg) =>
      renderAsync(svg, {
        fitTo: { mode: 'zoom', value: pixelsPerUnit },
        background: '#ffffff',
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
      }),
    ),
  );
  return images.map((image) => image.asPng());
}
