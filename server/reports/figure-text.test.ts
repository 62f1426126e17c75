import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { unnaProgramme } from '../../seed/data/unna';
import { werlProgramme } from '../../seed/data/werl';
import type { TStatus } from '../../shared/domain/vocabulary';
import { drawPrimitive, LABEL_FONT_SIZE, TITLE_ICON_GAP } from '../../shared/timeline/draw';
import type { TimelineModel } from '../../shared/timeline/model';
import { buildTimelineScene, type ScenePrimitive } from '../../shared/timeline/scene';
import { statusIconParts } from '../../shared/timeline/status-shape';
import { project } from '../../shared/timeline/test-model';
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

const STATUSES: TStatus[] = ['red', 'amber', 'green', 'none', 'done'];

/** Leftmost point any status icon at (cx, cy, r) reaches, its outline's stroke included. */
function iconLeft(cx: number, cy: number, r: number): number {
  let left = Infinity;
  for (const status of STATUSES) {
    for (const part of statusIconParts(status, cx, cy, r)) {
      const numbers = (part.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      for (let i = 0; i < numbers.length; i += 2) left = Math.min(left, (numbers[i] as number) - part.strokeWidth / 2);
    }
  }
  return left;
}

/** Every project of the seeded plans (Werl and Unna) as a row of the figure. */
function seededModel(): TimelineModel {
  const programmes = [werlProgramme, unnaProgramme];
  const fields = programmes.flatMap((programme) => programme.fieldsOfAction ?? []);
  return {
    groups: fields.map((field) => ({ id: field.key, title: field.title })),
    rows: programmes.flatMap((programme) =>
      (programme.projects ?? []).map((p) =>
        project({ id: p.key, groupId: p.fieldOfActionKey, parentId: p.parentKey ?? null, code: p.code ?? null, title: p.title }),
      ),
    ),
    dependencies: [],
    deadlines: [],
    today: '2020-06-30',
  };
}

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

  it('[FIGURE] every seeded project title ends a gap before its status icon, the longest cut with "…"', () => {
    const scene = buildTimelineScene(seededModel(), { zoom: 'year' });
    const labels = scene.primitives.filter(
      (p): p is Extract<ScenePrimitive, { type: 'rowLabel' }> => p.type === 'rowLabel' && p.kind === 'project',
    );
    const icons = new Map(
      scene.primitives.flatMap((p) => (p.type === 'statusIcon' ? [[p.rowKey, iconLeft(p.cx, p.cy, p.r)] as const] : [])),
    );
    expect(labels.length).toBeGreaterThan(20);
    const cut: string[] = [];
    for (const label of labels) {
      const title = drawPrimitive(label).find((shape) => shape.tag === 'text' && shape.attrs['font-weight'] !== 'bold')!;
      const text = title.text as string;
      expect(label.title.startsWith(text.replace(/…$/, ''))).toBe(true);
      if (text !== label.title) cut.push(text);
      const x = title.attrs.x as number;
      const left = icons.get(label.rowKey) as number;
      expect(x + estimateTextWidth(text, LABEL_FONT_SIZE), text).toBeLessThanOrEqual(left - TITLE_ICON_GAP);
      expect(x + dejaVuWidth(text, LABEL_FONT_SIZE), text).toBeLessThanOrEqual(left - TITLE_ICON_GAP);
    }
    // The title of the defect report: Werl's 5.8 ran into its icon as "Dokumentenmanagementsys…".
    expect(cut).toContain('Dokumentenmanagement…');
  });
});
