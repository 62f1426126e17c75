import { MARKER_FONT_SIZE } from './text-fit';
import type { TimelineModel } from './model';
import type { TimeScale, TTimelineZoom } from './scale';
import { getTimelineLayout, getTimelineScale, SCENE_METRICS } from './scene';
import {
  escapeXml,
  legendMarkup,
  PHASE_NAME_ATTRIBUTE,
  PHASE_SEGMENT_ATTRIBUTE,
  renderTimelineSvg,
  SVG_MARGIN,
  SVG_TITLE_HEIGHT,
  svgChromeHeight,
  svgSize,
} from './svg';
import { PHASE_TEXT_PADDING, phaseTextInBar } from './text-fit';
import { TIMELINE_COLOURS, TIMELINE_FONT_FAMILY } from './theme';

/**
 * The timeline cut into landscape print pages that keep every text readable: used by the
 * browser's print (print.ts) and by the Sachstandsbericht (server/services/reports). Each gives
 * its page area and the smallest scale its drawing may be printed at; the drawing is never
 * shrunk below that scale to fit the page width. Instead:
 * - rows are split over pages, spread evenly, each page repeating title, legend and date header;
 * - a date axis too wide for one page is cut into periods of whole header periods (years, at
 *   zoom Monat quarters), and each period page repeats the label column, so that a row can be
 *   read on every page.
 * Page order: all periods of the first rows, then all periods of the next rows. A reader
 * follows a set of projects through time and lays those pages side by side; the next set of
 * projects starts on a new stack.
 */

/** The smallest printed text, in points: 7 pt is the usual floor for legible small print. */
export const PRINT_MIN_FONT_PT = 7;
/** The smallest font size the timeline renderer uses, in SVG units: the marker labels. */
export const TIMELINE_MIN_FONT_UNITS = MARKER_FONT_SIZE;
/** Points per SVG unit at which the smallest text prints at PRINT_MIN_FONT_PT. */
export const PRINT_MIN_SCALE_PT = PRINT_MIN_FONT_PT / TIMELINE_MIN_FONT_UNITS;
/** Points per CSS pixel (72 pt and 96 px to the inch). */
export const PT_PER_CSS_PX = 0.75;

/**
 * The area one page's drawing may fill and the smallest scale it may be printed at, in the
 * same unit (the report's PDF points, the browser's CSS pixels) per SVG unit.
 */
export interface PrintArea {
  width: number;
  height: number;
  minScale: number;
}

/** Left edge of the chart in the drawing: margin plus label column. */
const CHART_LEFT = SVG_MARGIN + SCENE_METRICS.labelWidth;

/** The widest part of the date axis one page holds beside the label column. */
export function maxPeriodWidth(area: PrintArea): number {
  return area.width / area.minScale - CHART_LEFT - SVG_MARGIN;
}

export interface TimelinePeriod {
  x0: number;
  x1: number;
  /** "2017–2020"; "Q1 2020–Q2 2020" at zoom Monat */
  label: string;
}

/**
 * Whole periods of the date header's upper tier, as few bands as possible, the periods spread
 * evenly over them; one band when the whole axis fits.
 */
export function timelinePeriods(scale: TimeScale, maxWidth: number): TimelinePeriod[] {
  const periods = scale.ticks('top');
  if (scale.width <= maxWidth || periods.length < 2) return [{ x0: 0, x1: scale.width, label: '' }];
  for (let count = Math.ceil(scale.width / maxWidth); count <= periods.length; count++) {
    const perBand = Math.ceil(periods.length / count);
    const bands: TimelinePeriod[] = [];
    for (let i = 0; i < periods.length; i += perBand) {
      const first = periods[i]!;
      const last = periods[Math.min(i + perBand, periods.length) - 1]!;
      bands.push({
        x0: first.x,
        x1: last.x + last.width,
        label: first === last ? first.text : `${first.text}–${last.text}`,
      });
    }
    if (bands.every((band) => band.x1 - band.x0 <= maxWidth)) return bands;
  }
  return periods.map((period) => ({ x0: period.x, x1: period.x + period.width, label: period.text }));
}

export interface RowRange {
  start: number;
  end: number;
}

/**
 * As few row pages as the minimum scale allows, the rows spread evenly over them, so that the
 * pages print at one scale as large as the fullest page permits.
 */
export function splitRows(rows: readonly { y: number; height: number }[], maxHeight: number): RowRange[] {
  const greedy = (limit: number) => {
    const ranges: RowRange[] = [];
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
    const segment = new RegExp(`\\b${PHASE_SEGMENT_ATTRIBUTE}="([-\\d.]+) ([-\\d.]+)"`).exec(attrs!);
    if (segment) {
      // A phase's name on the part of its segment this page shows: at the part's start, cut to it.
      skipTo(match.index, end + '</text>'.length);
      out += phaseNameWithin(attrs!, offset + Number(segment[1]), offset + Number(segment[2]), x, x0, x1, offset);
      continue;
    }
    if (x < x0 || x >= x1) skipTo(match.index, end + '</text>'.length);
    else tag.lastIndex = end + '</text>'.length;
  }
  return out + markup.slice(from);
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * The text element of a phase name for the part [x0, x1) of a page (absolute positions; the
 * element's own are `offset` less): where its segment [segmentStart, segmentEnd) meets the part,
 * from the later of its own place and the part's start, cut anew to what of the segment the part
 * shows; nothing where that is too little.
 */
function phaseNameWithin(attrs: string, segmentStart: number, segmentEnd: number, x: number, x0: number, x1: number, offset: number): string {
  if (segmentEnd <= x0 || segmentStart >= x1) return '';
  const start = Math.max(x, x0 + PHASE_TEXT_PADDING);
  const name = (new RegExp(`\\b${PHASE_NAME_ATTRIBUTE}="([^"]*)"`).exec(attrs)?.[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity] as string);
  const shown = phaseTextInBar(name, Math.min(segmentEnd, x1) - start + PHASE_TEXT_PADDING);
  if (shown === null) return '';
  const placed = attrs.replace(/\bx="[-\d.]+"/, `x="${r2(start - offset)}"`);
  return `<text${placed}>${escapeXml(shown)}</text>`;
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

export interface TimelinePageText {
  title: string;
  subtitle: string;
  /** The accessible description of a period page; a page of the whole axis describes its projects. */
  description?: string;
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
  band: TimelinePeriod,
  text: TimelinePageText,
  legend: { markup: string; height: number; width: number },
): string {
  const open = /<svg\b[^>]*>/.exec(drawing)![0];
  // The drawing's own white background would cover the other copy, and its frame would run
  // into the margins; the page draws both itself.
  const content = drawing
    .slice(open.length, drawing.lastIndexOf('</svg>'))
    // The inner drawing's own title and description (empty) would be read twice on every page.
    .replace(/^<title>[^<]*<\/title><desc>[^<]*<\/desc>/, '')
    .replace(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/, '')
    .replace(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="none" stroke="[^"]+" stroke-width="1"\/>$/, '');
  const { height: drawingHeight } = svgSize(drawing);
  const bandWidth = r2(band.x1 - band.x0);
  const chartRight = r2(CHART_LEFT + bandWidth);
  const width = r2(Math.max(chartRight, SVG_MARGIN + legend.width) + SVG_MARGIN);
  const top = SVG_MARGIN + SVG_TITLE_HEIGHT;
  const bodyTop = top + legend.height;
  const bodyHeight = drawingHeight - top;
  const height = r2(bodyTop + bodyHeight);
  const shiftY = r2(bodyTop - top);
  const frameBottom = r2(bodyTop + bodyHeight - SVG_MARGIN);
  const description = text.description ?? `${text.title} – ${text.subtitle}`;
  const white = (x: number, y: number, w: number, h: number) =>
    `<rect x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${r2(h)}" fill="#ffffff"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${TIMELINE_FONT_FAMILY}" font-size="11" role="img">`,
    `<title>${escapeXml(`${text.title} – ${text.subtitle}`)}</title>`,
    `<desc>${escapeXml(description)}</desc>`,
    white(0, 0, width, height),
    `<g transform="translate(${r2(-band.x0)} ${shiftY})">${contentWithin(content, CHART_LEFT + band.x0, CHART_LEFT + band.x1)}</g>`,
    // Opaque under the label column, so that no seam between its row backgrounds shows the chart.
    white(SVG_MARGIN, bodyTop, SCENE_METRICS.labelWidth, bodyHeight),
    `<g transform="translate(0 ${shiftY})">${contentWithin(content, 0, CHART_LEFT)}</g>`,
    // Beyond the edges too: a cover ending where the drawing is clipped leaves a hairline seam.
    white(-2, -2, SVG_MARGIN + 2, height + 4),
    white(chartRight, -2, width - chartRight + 2, height + 4),
    white(-2, -2, width + 4, bodyTop + 2),
    // Below the frame: a dependency arrow to a row on the next page would run into the margin.
    white(-2, frameBottom, width + 4, height - frameBottom + 2),
    `<text x="${SVG_MARGIN}" y="${SVG_MARGIN + 16}" font-size="16" font-weight="bold" fill="${TIMELINE_COLOURS.text}">${escapeXml(text.title)}</text>`,
    `<text x="${SVG_MARGIN}" y="${SVG_MARGIN + 32}" font-size="11" fill="${TIMELINE_COLOURS.mutedText}">${escapeXml(text.subtitle)}</text>`,
    `<g transform="translate(${SVG_MARGIN} ${top})"><title>Legende</title>${legend.markup}</g>`,
    `<rect x="${SVG_MARGIN}" y="${bodyTop}" width="${r2(SCENE_METRICS.labelWidth + bandWidth)}" height="${r2(bodyHeight - SVG_MARGIN)}" fill="none" stroke="${TIMELINE_COLOURS.border}" stroke-width="1"/>`,
    '</svg>',
  ].join('');
}

/** Where one page lies in the whole: which rows and which period it holds. */
export interface TimelinePageSlot {
  /** From 0, in print order. */
  index: number;
  total: number;
  rows: RowRange;
  /** How many pages the rows are split over. */
  rowPages: number;
  /** The page's project rows, counted from 1 over all pages; null on a page without any. */
  projects: { first: number; last: number } | null;
  /** The page's part of the date axis; null when the whole axis fits one page. */
  period: TimelinePeriod | null;
}

export interface TimelinePagesOptions {
  zoom: TTimelineZoom;
  collapsed?: ReadonlySet<string>;
  area: PrintArea;
  text: (slot: TimelinePageSlot) => TimelinePageText;
}

/**
 * The print pages of the timeline. Every page fits `area` at `area.minScale` or more, unless a
 * single header period is wider than the page (not the case for the zoom levels and paper sizes
 * used: one year at zoom Quartal, one quarter at zoom Monat fits A4).
 */
/**
 * The periods in which something of the plan is drawn: a bar, open bar, phase, baseline or
 * milestone of a row shown, or a legal deadline. The axis runs from the earliest date to today
 * and the last deadline, so a plan of 2017–2020 printed in 2026 would otherwise print pages of
 * empty rows. The page titles name each period, so a gap between them shows. At least one.
 */
function periodsWithContent(
  model: TimelineModel,
  layout: ReturnType<typeof getTimelineLayout>,
  scale: TimeScale,
  periods: TimelinePeriod[],
): TimelinePeriod[] {
  // First and last day of each period (ascending); a date span marks the periods it meets, found
  // by binary search: one pass over the plan, not one per period (5,000 rows at zoom Monat).
  const firsts = periods.map((period) => scale.dayAt(period.x0));
  const lasts = periods.map((period) => scale.dayAt(period.x1 - scale.pxPerDay / 2));
  const used = new Uint8Array(periods.length);
  let unused = periods.length;
  const mark = (start: string | null, end: string | null) => {
    if (start === null && end === null) return;
    const from = start ?? (end as string);
    const to = end ?? (start as string);
    let low = 0;
    let high = periods.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((lasts[middle] as string) < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < periods.length && (firsts[i] as string) <= to; i += 1) {
      if (used[i] === 0) unused -= 1;
      used[i] = 1;
    }
  };
  for (const deadline of model.deadlines) mark(deadline.date, deadline.date);
  for (const row of layout.rows) {
    // A busy plan fills every period long before its last row.
    if (unused === 0) return periods;
    if (row.kind !== 'project') continue;
    const { project } = row;
    mark(project.plannedStart, project.plannedEnd);
    if (project.baselineStart && project.baselineEnd) mark(project.baselineStart, project.baselineEnd);
    for (const phase of project.phases) mark(phase.start, phase.end);
    for (const milestone of project.milestones) {
      for (const date of [milestone.plannedDate, milestone.baselineDate, milestone.forecastDate, milestone.actualDate]) mark(date, date);
    }
  }
  const kept = periods.filter((_, index) => used[index] === 1);
  return kept.length > 0 ? kept : periods.slice(0, 1);
}

/**
 * How the timeline is cut into pages, before any page is drawn: the periods of the date axis,
 * the legend of the period pages and the row ranges. timelinePages draws this plan; its page
 * count is rowRanges × bands.
 */
export function timelinePagePlan(model: TimelineModel, options: Pick<TimelinePagesOptions, 'zoom' | 'collapsed' | 'area'>) {
  const { zoom, collapsed, area } = options;
  const scale = getTimelineScale(model, zoom);
  const layout = getTimelineLayout(model, collapsed);
  const periods = timelinePeriods(scale, maxPeriodWidth(area));
  const split = periods.length > 1;
  const bands = split ? periodsWithContent(model, layout, scale, periods) : periods;
  // The legend wraps to the widest period page; a narrower period's page is widened to it, so
  // that every page has the same legend and chrome height, and the legend as few lines as fit.
  const widest = Math.max(...bands.map((band) => band.x1 - band.x0));
  const legendWidth = CHART_LEFT + widest - SVG_MARGIN;
  const legend = split ? { ...legendMarkup(model, legendWidth), width: legendWidth } : null;
  const chrome = split
    ? svgChromeHeight(model, { zoom, collapsed, legend: false }) + legend!.height
    : svgChromeHeight(model, { zoom, collapsed, legend: true });
  const rowRanges = splitRows(layout.rows, area.height / area.minScale - chrome);
  if (rowRanges.length === 0) rowRanges.push({ start: 0, end: 0 });
  return { bands, split, legend, layout, rowRanges };
}

export function timelinePages(
  model: TimelineModel,
  options: TimelinePagesOptions,
): { svg: string; slot: TimelinePageSlot }[] {
  const { zoom, collapsed } = options;
  const { bands, split, legend, layout, rowRanges } = timelinePagePlan(model, options);
  const total = rowRanges.length * bands.length;
  const pages: { svg: string; slot: TimelinePageSlot }[] = [];
  let projectsBefore = 0;
  for (const rowRange of rowRanges) {
    const count = layout.rows.slice(rowRange.start, rowRange.end).filter((row) => row.kind === 'project').length;
    const projects = count === 0 ? null : { first: projectsBefore + 1, last: projectsBefore + count };
    projectsBefore += count;
    const drawing = split ? renderTimelineSvg(model, { zoom, collapsed, rowRange, title: '', subtitle: '', legend: false }) : '';
    for (const band of bands) {
      const slot: TimelinePageSlot = {
        index: pages.length,
        total,
        rows: rowRange,
        rowPages: rowRanges.length,
        projects,
        period: split ? band : null,
      };
      const text = options.text(slot);
      const svg = split
        ? periodPage(drawing, band, text, legend!)
        : renderTimelineSvg(model, { zoom, collapsed, rowRange, title: text.title, subtitle: text.subtitle, legend: true });
      pages.push({ svg, slot });
    }
  }
  return pages;
}

/** The one scale, at most `maxScale`, at which every page fits the area. */
export function commonScale(pages: readonly { width: number; height: number }[], area: PrintArea, maxScale: number): number {
  let scale = maxScale;
  for (const page of pages) scale = Math.min(scale, area.width / page.width, area.height / page.height);
  return scale;
}
