import type { TReportTimelinePage } from '../../../shared/schemas/report';
import { drawLegendSymbol, estimateTextWidth, LEGEND_SYMBOL_HEIGHT, LEGEND_SYMBOL_WIDTH } from '../../../shared/timeline/draw';
import { timelineLegend } from '../../../shared/timeline/legend';
import type { TimelineModel } from '../../../shared/timeline/model';
import type { TimeScale, TTimelineZoom } from '../../../shared/timeline/scale';
import { getTimelineLayout, getTimelineScale, SCENE_METRICS } from '../../../shared/timeline/scene';
import { escapeXml, renderTimelineSvg, serialiseShape, svgChromeHeight } from '../../../shared/timeline/svg';
import { TIMELINE_COLOURS, TIMELINE_FONT_FAMILY } from '../../../shared/timeline/theme';
import { FIGURE_AREA, FIGURE_MIN_SCALE, svgSize } from '../../reports/figure-page';

/**
 * The Gantt figure cut into landscape print pages that keep every text at least
 * FIGURE_MIN_FONT_PT when printed. Rows are split over pages, each repeating title, legend and
 * date header (as renderTimelineSvgPages does, but for the report's page area and minimum
 * scale rather than "scaled to the page width"). A date axis too wide for one page at that
 * scale is cut into periods of whole years; each period page repeats the label column, so a
 * row can be read on every page.
 */

/** Geometry of renderTimelineSvg (shared/timeline/svg.ts): outer margin and title block. */
const SVG_MARGIN = 16;
const SVG_TITLE_HEIGHT = 40;
/** Left edge of the chart in the drawing: margin plus label column. */
const CHART_LEFT = SVG_MARGIN + SCENE_METRICS.labelWidth;
/** Legend layout of renderTimelineSvg, repeated for the narrower period pages. */
const LEGEND_ROW_HEIGHT = 20;
const LEGEND_GAP = 18;
const LEGEND_FONT_SIZE = 10.5;

/** The widest drawing one page takes at the minimum scale. */
const MAX_PAGE_WIDTH = FIGURE_AREA.width / FIGURE_MIN_SCALE;
const MAX_BAND_WIDTH = MAX_PAGE_WIDTH - CHART_LEFT - SVG_MARGIN;

const ZOOMS: readonly TTimelineZoom[] = ['quarter', 'halfyear', 'year'];

/** The finest zoom whose whole date axis fits one page at the minimum scale, else years. */
export function printZoom(model: TimelineModel): TTimelineZoom {
  return ZOOMS.find((zoom) => getTimelineScale(model, zoom).width <= MAX_BAND_WIDTH) ?? 'year';
}

interface Band {
  x0: number;
  x1: number;
  /** "2017–2020" */
  label: string;
}

/** Whole years, as few bands as possible, the years spread evenly over them. */
function yearBands(scale: TimeScale): Band[] {
  const years = scale.ticks('top').filter((tick) => tick.unit === 'year');
  if (scale.width <= MAX_BAND_WIDTH || years.length < 2) return [{ x0: 0, x1: scale.width, label: '' }];
  for (let count = Math.ceil(scale.width / MAX_BAND_WIDTH); count <= years.length; count++) {
    const perBand = Math.ceil(years.length / count);
    const bands: Band[] = [];
    for (let i = 0; i < years.length; i += perBand) {
      const first = years[i]!;
      const last = years[Math.min(i + perBand, years.length) - 1]!;
      bands.push({
        x0: first.x,
        x1: last.x + last.width,
        label: first === last ? first.text : `${first.text}–${last.text}`,
      });
    }
    if (bands.every((band) => band.x1 - band.x0 <= MAX_BAND_WIDTH)) return bands;
  }
  return years.map((year) => ({ x0: year.x, x1: year.x + year.width, label: year.text }));
}

/** The legend of renderTimelineSvg, wrapped to the given width. */
function legendMarkup(model: TimelineModel, width: number): { markup: string; height: number } {
  const entries = timelineLegend(model);
  let x = 0;
  let y = 0;
  let markup = '';
  for (const entry of entries) {
    const itemWidth = LEGEND_SYMBOL_WIDTH + 6 + estimateTextWidth(entry.text, LEGEND_FONT_SIZE) + LEGEND_GAP;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += LEGEND_ROW_HEIGHT;
    }
    markup += drawLegendSymbol(entry, x, y).map(serialiseShape).join('');
    markup += serialiseShape({
      tag: 'text',
      attrs: {
        x: x + LEGEND_SYMBOL_WIDTH + 6,
        y: y + LEGEND_SYMBOL_HEIGHT - 3,
        'font-size': LEGEND_FONT_SIZE,
        fill: TIMELINE_COLOURS.text,
      },
      text: entry.text,
    });
    x += itemWidth;
  }
  return { markup, height: entries.length > 0 ? y + LEGEND_ROW_HEIGHT + 8 : 0 };
}

const r2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * The drawing's markup for one horizontal part of a page: without the texts that start outside
 * [x0, x1), and without the groups placed at or beyond x1. A PDF would still carry hidden texts,
 * and text extraction and search would find the other period's dates on every page. The
 * renderer positions with translate() only, anchors texts at their start and draws the chart
 * in a group moved right of the label column, so positions add up along the translations.
 */
export function contentWithin(markup: string, x0: number, x1: number): string {
  const offsets: number[] = [0];
  const tag = /<(\/?)(\w+)([^>]*?)(\/?)>/g;
  let out = '';
  let from = 0;
  const skipTo = (index: number, end: number) => {
    out += markup.slice(from, index);
    from = end;
    tag.lastIndex = end;
  };
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    const [whole, closing, name, attrs, selfClosing] = match;
    const offset = offsets[offsets.length - 1]!;
    if (name === 'g') {
      if (closing) {
        offsets.pop();
        continue;
      }
      if (selfClosing) continue;
      const translate = /transform="translate\(([-\d.]+)/.exec(attrs!)?.[1];
      const inner = offset + (translate ? Number(translate) : 0);
      if (inner >= x1) {
        skipTo(match.index, closingTag(markup, match.index + whole.length));
        continue;
      }
      offsets.push(inner);
      continue;
    }
    if ((name === 'rect' || name === 'line') && selfClosing) {
      // Shapes wholly outside the part are left out too: less to draw, nothing to hide.
      const [from, to] = name === 'rect' ? rectSpan(attrs!) : lineSpan(attrs!);
      if (offset + to < x0 || offset + from > x1) skipTo(match.index, match.index + whole.length);
      continue;
    }
    if (name !== 'text' || closing || selfClosing) continue;
    const x = offset + Number(/\bx="([-\d.]+)"/.exec(attrs!)?.[1] ?? 0);
    const end = markup.indexOf('</text>', match.index + whole.length);
    if (end < 0) break;
    if (x < x0 || x >= x1) skipTo(match.index, end + '</text>'.length);
    else tag.lastIndex = end + '</text>'.length;
  }
  return out + markup.slice(from);
}

function attribute(attrs: string, name: string): number {
  return Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attrs)?.[1] ?? 0);
}
function rectSpan(attrs: string): [number, number] {
  const x = attribute(attrs, 'x');
  return [x, x + attribute(attrs, 'width')];
}
function lineSpan(attrs: string): [number, number] {
  const a = attribute(attrs, 'x1');
  const b = attribute(attrs, 'x2');
  return [Math.min(a, b), Math.max(a, b)];
}

/** The index just after the </g> that closes the group whose content starts at `from`. */
function closingTag(markup: string, from: number): number {
  const tag = /<(\/?)g\b[^>]*?(\/?)>/g;
  tag.lastIndex = from;
  let depth = 1;
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    if (match[2]) continue;
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return markup.length;
}

/**
 * One period of a drawing: title, legend, then the period's part of the chart and the label
 * column beside it — two copies of the same drawing, moved so that date header and rows stay
 * aligned. No clipping (it made rasterising several times slower): the period's copy is drawn
 * first, the label column on white covers what lies left of the period, and white margins what
 * lies right of it.
 */
function periodPage(
  drawing: string,
  band: Band,
  text: { title: string; subtitle: string; description: string },
  legend: { markup: string; height: number },
): string {
  const open = /<svg\b[^>]*>/.exec(drawing)![0];
  // The drawing's own white background would cover the other copy, and its frame would run
  // into the margins; the page draws both itself.
  const content = drawing
    .slice(open.length, drawing.lastIndexOf('</svg>'))
    .replace(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/, '')
    .replace(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="none" stroke="[^"]+" stroke-width="1"\/>$/, '');
  const { height: drawingHeight } = svgSize(drawing);
  const bandWidth = r2(band.x1 - band.x0);
  const chartRight = r2(CHART_LEFT + bandWidth);
  const width = r2(chartRight + SVG_MARGIN);
  const top = SVG_MARGIN + SVG_TITLE_HEIGHT;
  const bodyTop = top + legend.height;
  const bodyHeight = drawingHeight - top;
  const height = r2(bodyTop + bodyHeight);
  const shiftY = r2(bodyTop - top);
  const white = (x: number, y: number, w: number, h: number) =>
    `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${r2(h)}" fill="#ffffff"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${TIMELINE_FONT_FAMILY}" font-size="11" role="img">`,
    `<title>${escapeXml(`${text.title} – ${text.subtitle}`)}</title>`,
    `<desc>${escapeXml(text.description)}</desc>`,
    white(0, 0, width, height),
    `<g transform="translate(${r2(-band.x0)} ${shiftY})">${contentWithin(content, CHART_LEFT + band.x0, CHART_LEFT + band.x1)}</g>`,
    // Opaque under the label column, so that no seam between its row backgrounds shows the chart.
    white(SVG_MARGIN, bodyTop, SCENE_METRICS.labelWidth, bodyHeight),
    `<g transform="translate(0 ${shiftY})">${contentWithin(content, 0, CHART_LEFT)}</g>`,
    // Beyond the edges too: a cover ending where the drawing is clipped leaves a hairline seam.
    white(-2, -2, SVG_MARGIN + 2, height + 4),
    white(chartRight, -2, width - chartRight + 2, height + 4),
    white(-2, -2, width + 4, bodyTop + 2),
    `<text x="${SVG_MARGIN}" y="${SVG_MARGIN + 16}" font-size="16" font-weight="bold" fill="${TIMELINE_COLOURS.text}">${escapeXml(text.title)}</text>`,
    `<text x="${SVG_MARGIN}" y="${SVG_MARGIN + 32}" font-size="11" fill="${TIMELINE_COLOURS.mutedText}">${escapeXml(text.subtitle)}</text>`,
    `<g transform="translate(${SVG_MARGIN} ${top})">${legend.markup}</g>`,
    `<rect x="${SVG_MARGIN}" y="${bodyTop}" width="${r2(SCENE_METRICS.labelWidth + bandWidth)}" height="${r2(bodyHeight - SVG_MARGIN)}" fill="none" stroke="${TIMELINE_COLOURS.border}" stroke-width="1"/>`,
    '</svg>',
  ].join('');
}

/**
 * As few row pages as the minimum scale allows, the rows spread evenly over them, so that the
 * pages print at one scale as large as the fullest page permits (figureScale).
 */
function splitRows(rows: readonly { y: number; height: number }[], maxHeight: number): { start: number; end: number }[] {
  const greedy = (limit: number) => {
    const ranges: { start: number; end: number }[] = [];
    for (let start = 0; start < rows.length; ) {
      const top = rows[start]!.y;
      let end = start + 1;
      while (end < rows.length && rows[end]!.y + rows[end]!.height - top <= limit) end += 1;
      ranges.push({ start, end });
      start = end;
    }
    return ranges;
  };
  const fewest = greedy(maxHeight);
  if (fewest.length <= 1) return fewest;
  const total = rows[rows.length - 1]!.y + rows[rows.length - 1]!.height - rows[0]!.y;
  const step = Math.min(...rows.map((row) => row.height));
  for (let limit = total / fewest.length; limit < maxHeight; limit += step) {
    const balanced = greedy(limit);
    if (balanced.length <= fewest.length) return balanced;
  }
  return fewest;
}

export interface PrintFigure {
  zoom: TTimelineZoom;
  title: string;
  subtitle: string;
  collapsed?: ReadonlySet<string>;
}

export function timelinePrintPages(model: TimelineModel, figure: PrintFigure): TReportTimelinePage[] {
  const { zoom, collapsed } = figure;
  const scale = getTimelineScale(model, zoom);
  const bands = yearBands(scale);
  const split = bands.length > 1;
  const narrowest = Math.min(...bands.map((band) => band.x1 - band.x0));
  const legend = split ? legendMarkup(model, CHART_LEFT + narrowest - SVG_MARGIN) : null;
  const chrome = split
    ? svgChromeHeight(model, { zoom, collapsed, legend: false }) + legend!.height
    : svgChromeHeight(model, { zoom, collapsed, legend: true });
  const layout = getTimelineLayout(model, collapsed);
  const rowRanges = splitRows(layout.rows, FIGURE_AREA.height / FIGURE_MIN_SCALE - chrome);

  const total = rowRanges.length * bands.length;
  const projectRows = (range: { start: number; end: number }) =>
    layout.rows.slice(range.start, range.end).filter((row) => row.kind === 'project').length;
  const pages: TReportTimelinePage[] = [];
  rowRanges.forEach((rowRange, r) => {
    const before = rowRanges.slice(0, r).reduce((sum, range) => sum + projectRows(range), 0);
    const count = projectRows(rowRange);
    const rowsLabel = count === 0 ? 'keine Projekte' : `Projektzeilen ${before + 1}–${before + count}`;
    const drawing = split ? renderTimelineSvg(model, { zoom, collapsed, rowRange, title: '', subtitle: '', legend: false }) : '';
    bands.forEach((band) => {
      const part = total > 1 ? `Teil ${pages.length + 1} von ${total}` : '';
      const title = part ? `${figure.title} (${part})` : figure.title;
      const label = [part, rowRanges.length > 1 ? rowsLabel : '', split ? `Zeitraum ${band.label}` : '']
        .filter(Boolean)
        .join(', ');
      if (!split) {
        pages.push({ svg: renderTimelineSvg(model, { zoom, collapsed, rowRange, title, subtitle: figure.subtitle, legend: true }), label });
        return;
      }
      const subtitle = `${figure.subtitle} · Zeitraum ${band.label}`;
      pages.push({
        svg: periodPage(drawing, band, { title, subtitle, description: `${title}: ${label}.` }, legend!),
        label,
      });
    });
  });
  return pages;
}
