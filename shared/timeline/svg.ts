import { formatDate } from '../dates/format';
import {
  drawLegendSymbol,
  drawPrimitive,
  LEGEND_SYMBOL_HEIGHT,
  LEGEND_SYMBOL_WIDTH,
  type SvgShape,
} from './draw';
import { estimateTextWidth } from './text-fit';
import type { TimelineModel } from './model';
import { ZOOM_LABELS, type TTimelineZoom } from './scale';
import { timelineLegend } from './legend';
import { buildTimelineScene, getTimelineLayout, SCENE_METRICS, type ScenePrimitive } from './scene';
import { TIMELINE_COLOURS as C, TIMELINE_FONT_FAMILY } from './theme';

/**
 * Serialises the timeline scene to a standalone SVG document: for the SVG/PNG download, for
 * printing and for the Sachstandsbericht (PDF via svg-to-pdfkit). Draws every row (no
 * virtualisation), the legend, the date header and the label column. Data elements carry their
 * German description in a <title>.
 */

export interface SvgRenderOptions {
  zoom: TTimelineZoom;
  collapsed?: ReadonlySet<string>;
  title?: string;
  /** Second line under the title; defaults to "Stand: <today> · Zoomstufe: <zoom>". */
  subtitle?: string;
  /** Draw only rows [start, end) of the layout (used for page splitting). */
  rowRange?: { start: number; end: number };
  legend?: boolean;
}

/** Outer margin of the drawing and height of its title block (title and subtitle). */
export const SVG_MARGIN = 16;
export const SVG_TITLE_HEIGHT = 40;
const MARGIN = SVG_MARGIN;
const TITLE_HEIGHT = SVG_TITLE_HEIGHT;
const LEGEND_ROW_HEIGHT = 20;
const LEGEND_GAP = 18;

/** On a phase name in the drawing: its segment's horizontal extent ("x0 x1") and whole name. */
export const PHASE_SEGMENT_ATTRIBUTE = 'data-segment';
export const PHASE_NAME_ATTRIBUTE = 'data-name';

const XML_SPECIAL = /[&<>"']/;

export function escapeXml(value: string): string {
  if (!XML_SPECIAL.test(value)) return value;
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One shape as SVG markup (also used by the browser to insert row shapes in one go). */
export function serialiseShape(shape: SvgShape): string {
  let attrs = '';
  for (const name in shape.attrs) {
    const value = shape.attrs[name] as string | number;
    attrs += ` ${name}="${typeof value === 'number' ? value : escapeXml(value)}"`;
  }
  if (shape.text !== undefined) return `<${shape.tag}${attrs}>${escapeXml(shape.text)}</${shape.tag}>`;
  if (shape.children && shape.children.length > 0) {
    return `<${shape.tag}${attrs}>${shape.children.map(serialiseShape).join('')}</${shape.tag}>`;
  }
  return `<${shape.tag}${attrs}/>`;
}

function hasLabel(p: ScenePrimitive): p is ScenePrimitive & { label: string } {
  return 'label' in p && typeof p.label === 'string' && p.type !== 'headerTick';
}

/** A primitive's shapes, grouped with its accessible description when it represents data. */
function serialisePrimitive(p: ScenePrimitive): string {
  if (p.type === 'phaseName') {
    // Marked for the print pages, which cut a segment's name anew to the part they show
    // (contentWithin in pages.ts).
    return drawPrimitive(p)
      .map((shape) =>
        serialiseShape({
          ...shape,
          attrs: { ...shape.attrs, [PHASE_SEGMENT_ATTRIBUTE]: `${p.segmentX} ${p.segmentX + p.segmentWidth}`, [PHASE_NAME_ATTRIBUTE]: p.name },
        }),
      )
      .join('');
  }
  const body = drawPrimitive(p).map(serialiseShape).join('');
  return hasLabel(p) ? `<g><title>${escapeXml(p.label)}</title>${body}</g>` : body;
}

interface LegendItem {
  x: number;
  y: number;
  shapes: SvgShape[];
}

function layoutLegend(model: TimelineModel, width: number): { items: LegendItem[]; height: number } {
  const entries = timelineLegend(model);
  const items: LegendItem[] = [];
  let x = 0;
  let y = 0;
  for (const entry of entries) {
    const itemWidth = LEGEND_SYMBOL_WIDTH + 6 + estimateTextWidth(entry.text, 10.5) + LEGEND_GAP;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LEGEND_ROW_HEIGHT;
    }
    items.push({
      x,
      y,
      shapes: [
        ...drawLegendSymbol(entry, x, y),
        {
          tag: 'text',
          attrs: { x: x + LEGEND_SYMBOL_WIDTH + 6, y: y + LEGEND_SYMBOL_HEIGHT - 3, 'font-size': 10.5, fill: C.text },
          text: entry.text,
        },
      ],
    });
    x += itemWidth;
  }
  return { items, height: entries.length > 0 ? y + LEGEND_ROW_HEIGHT + 8 : 0 };
}

/** The legend's markup wrapped to `width`, at the origin; height includes the gap below it. */
export function legendMarkup(model: TimelineModel, width: number): { markup: string; height: number } {
  const legend = layoutLegend(model, width);
  return { markup: legend.items.map((item) => item.shapes.map(serialiseShape).join('')).join(''), height: legend.height };
}

/** "Stand: <today> · Zoomstufe: <zoom>", the subtitle when none is given. */
export function defaultSubtitle(model: TimelineModel, zoom: TTimelineZoom): string {
  return `Stand: ${formatDate(model.today)} · Zoomstufe: ${ZOOM_LABELS[zoom]}`;
}

/** The intrinsic size of an SVG from its viewBox, else its width/height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const viewBox = /viewBox\s*=\s*["']([^"']+)["']/i.exec(open)?.[1];
  if (viewBox) {
    const [, , w, h] = viewBox.split(/[\s,]+/).map(Number);
    if (w && h && w > 0 && h > 0) return { width: w, height: h };
  }
  const w = Number(/\bwidth\s*=\s*["']([\d.]+)/i.exec(open)?.[1]);
  const h = Number(/\bheight\s*=\s*["']([\d.]+)/i.exec(open)?.[1]);
  return w > 0 && h > 0 ? { width: w, height: h } : { width: 800, height: 400 };
}

/** Vertical space of everything above the rows: title, legend, date header. */
export function svgChromeHeight(model: TimelineModel, options: SvgRenderOptions): number {
  const scene = buildTimelineScene(model, { zoom: options.zoom, collapsed: options.collapsed, window: { rowEnd: 0 } });
  const width = scene.metrics.labelWidth + scene.metrics.chartWidth;
  const legendHeight = options.legend === false ? 0 : layoutLegend(model, width).height;
  return MARGIN + TITLE_HEIGHT + legendHeight + scene.metrics.headerHeight + MARGIN;
}

export function renderTimelineSvg(model: TimelineModel, options: SvgRenderOptions): string {
  const layout = getTimelineLayout(model, options.collapsed);
  const scene = buildTimelineScene(model, {
    zoom: options.zoom,
    layout,
    window: { rowStart: options.rowRange?.start ?? 0, rowEnd: options.rowRange?.end ?? layout.rows.length },
  });
  const { labelWidth, headerHeight, chartWidth } = scene.metrics;
  const contentWidth = labelWidth + chartWidth;
  const bodyHeight = scene.window.yEnd - scene.window.yStart;
  const legend = options.legend === false ? { items: [], height: 0 } : layoutLegend(model, contentWidth);
  const width = contentWidth + 2 * MARGIN;
  const headerTop = MARGIN + TITLE_HEIGHT + legend.height;
  const bodyTop = headerTop + headerHeight;
  const height = bodyTop + bodyHeight + MARGIN;
  const title = options.title ?? 'Zeitplan';
  const subtitle = options.subtitle ?? defaultSubtitle(model, options.zoom);

  const header = scene.primitives.filter((p) => p.layer === 'header');
  const grid = scene.primitives.filter((p) => p.layer === 'grid');
  const labels = scene.primitives.filter((p) => p.layer === 'labels');
  const rows = scene.primitives.filter((p) => p.layer === 'rows');
  // Rows are drawn relative to the first drawn row, so a page starts right under its header.
  const bodyShift = -scene.window.yStart;
  const m = SCENE_METRICS;
  const columnHeaderY = headerHeight - 8;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${TIMELINE_FONT_FAMILY}" font-size="11" role="img">`,
  );
  out.push(`<title>${escapeXml(`${title} – ${subtitle}`)}</title>`);
  out.push(
    `<desc>${escapeXml(
      `Zeitplan mit ${layout.rows.filter((row) => row.kind === 'project').length} Projekten in ${
        layout.rows.filter((row) => row.kind === 'group').length
      } Handlungsfeldern, Basisplan, Meilensteinen, Abhängigkeiten und rechtlichen Fristen.`,
    )}</desc>`,
  );
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(
    `<text x="${MARGIN}" y="${MARGIN + 16}" font-size="16" font-weight="bold" fill="${C.text}">${escapeXml(title)}</text>`,
  );
  out.push(`<text x="${MARGIN}" y="${MARGIN + 32}" font-size="11" fill="${C.mutedText}">${escapeXml(subtitle)}</text>`);

  if (legend.items.length > 0) {
    out.push(`<g transform="translate(${MARGIN} ${MARGIN + TITLE_HEIGHT})"><title>Legende</title>`);
    for (const item of legend.items) out.push(item.shapes.map(serialiseShape).join(''));
    out.push('</g>');
  }

  // Date header with the column titles of the label column.
  out.push(`<g transform="translate(${MARGIN} ${headerTop})">`);
  out.push(
    `<rect x="0" y="0" width="${labelWidth}" height="${headerHeight}" fill="${C.headerBackground}" stroke="${C.border}" stroke-width="0.5"/>`,
  );
  const columnTitle = (x: number, value: string): string =>
    `<text x="${x}" y="${columnHeaderY}" font-size="11" font-weight="bold" fill="${C.text}">${escapeXml(value)}</text>`;
  out.push(columnTitle(m.toggleWidth, 'Nr.'));
  out.push(columnTitle(m.toggleWidth + m.codeWidth, 'Projekt'));
  out.push(columnTitle(m.statusColumnX, 'Status'));
  out.push(columnTitle(m.maturityColumnX - 6, 'RG'));
  out.push(`<g transform="translate(${labelWidth} 0)">${header.map(serialisePrimitive).join('')}</g>`);
  out.push('</g>');

  out.push(`<g transform="translate(${MARGIN} ${bodyTop + bodyShift})">`);
  out.push(`<g transform="translate(${labelWidth} 0)">`);
  out.push(grid.map(serialisePrimitive).join(''));
  out.push(rows.map(serialisePrimitive).join(''));
  out.push('</g>');
  // The label column is drawn last so that nothing of the chart overlaps it.
  for (const row of scene.rows) {
    const background = row.row.kind === 'group' ? C.groupBackground : row.row.index % 2 === 1 ? C.rowStripe : '#ffffff';
    out.push(`<rect x="0" y="${row.row.y}" width="${labelWidth}" height="${row.row.height}" fill="${background}"/>`);
  }
  out.push(labels.map(serialisePrimitive).join(''));
  out.push(
    `<line x1="${labelWidth}" y1="${scene.window.yStart}" x2="${labelWidth}" y2="${scene.window.yEnd}" stroke="${C.border}" stroke-width="1"/>`,
  );
  out.push('</g>');
  out.push(
    `<rect x="${MARGIN}" y="${headerTop}" width="${contentWidth}" height="${headerHeight + bodyHeight}" fill="none" stroke="${C.border}" stroke-width="1"/>`,
  );
  out.push('</svg>');
  return out.join('');
}
