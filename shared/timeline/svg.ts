import { formatDate } from '../dates/format';
import {
  drawLegendSymbol,
  drawPrimitive,
  estimateTextWidth,
  LEGEND_SYMBOL_HEIGHT,
  LEGEND_SYMBOL_WIDTH,
  type SvgShape,
} from './draw';
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

const MARGIN = 16;
const TITLE_HEIGHT = 40;
const LEGEND_ROW_HEIGHT = 20;
const LEGEND_GAP = 18;

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
  const subtitle =
    options.subtitle ?? `Stand: ${formatDate(model.today)} · Zoomstufe: ${ZOOM_LABELS[options.zoom]}`;

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

export type TPrintFormat = 'A4' | 'A3';

/** Printable area of a landscape page in CSS pixels (96 dpi) after 10 mm margins. */
export const PRINT_PAGE_SIZE: Record<TPrintFormat, { width: number; height: number }> = {
  A4: { width: Math.floor((277 / 25.4) * 96), height: Math.floor((190 / 25.4) * 96) },
  A3: { width: Math.floor((400 / 25.4) * 96), height: Math.floor((277 / 25.4) * 96) },
};

/**
 * The timeline split into landscape pages: each page repeats title, legend and date header and
 * holds as many rows as fit once the drawing is scaled to the page width.
 */
export function renderTimelineSvgPages(
  model: TimelineModel,
  options: SvgRenderOptions & { format: TPrintFormat },
): string[] {
  const layout = getTimelineLayout(model, options.collapsed);
  const page = PRINT_PAGE_SIZE[options.format];
  const sceneWidth = SCENE_METRICS.labelWidth + buildTimelineScene(model, { zoom: options.zoom, layout, window: { rowEnd: 0 } }).metrics.chartWidth + 2 * MARGIN;
  const scale = Math.min(1, page.width / sceneWidth);
  const availableHeight = page.height / scale - svgChromeHeight(model, options);
  const pages: { start: number; end: number }[] = [];
  let start = 0;
  while (start < layout.rows.length) {
    const top = (layout.rows[start] as { y: number }).y;
    let end = start + 1;
    while (end < layout.rows.length) {
      const row = layout.rows[end] as { y: number; height: number };
      if (row.y + row.height - top > availableHeight) break;
      end += 1;
    }
    pages.push({ start, end });
    start = end;
  }
  if (pages.length === 0) pages.push({ start: 0, end: 0 });
  const title = options.title ?? 'Zeitplan';
  return pages.map((rowRange, index) =>
    renderTimelineSvg(model, {
      ...options,
      rowRange,
      title: pages.length > 1 ? `${title} (Seite ${index + 1} von ${pages.length})` : title,
    }),
  );
}
