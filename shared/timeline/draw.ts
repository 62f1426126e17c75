import { statusIconHalfWidth, statusIconParts } from './status-shape';
import type { LegendEntry } from './legend';
import { SCENE_METRICS, STATUS_ICON_CX, type ScenePrimitive, type TMilestoneVariant } from './scene';
import { phaseColour, TIMELINE_COLOURS as C } from './theme';
import { estimateTextWidth, MARKER_FONT_SIZE, PHASE_FONT_SIZE, truncateText } from './text-fit';

/**
 * Turns scene primitives into basic SVG shapes (rect, line, path, polygon, text, g) with inline
 * presentation attributes. The React Gantt renders these shapes as elements and the SVG
 * serialiser writes them as markup, so the browser, the download and the PDF look the same.
 * Only attributes that svg-to-pdfkit understands are used: no CSS classes, no markers.
 */

export type SvgTag = 'rect' | 'line' | 'path' | 'polygon' | 'text' | 'g';

export interface SvgShape {
  tag: SvgTag;
  /** SVG attribute names as written in markup (`stroke-width`, `text-anchor`). */
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgShape[];
}

export const LABEL_FONT_SIZE = 11;
export const HEADER_FONT_SIZE = 11;
/** Room between a project's title and the status icon after it. */
export const TITLE_ICON_GAP = 4;

/** Where a project row's title must end: a small gap before the status icon's left edge. */
export const TITLE_RIGHT = STATUS_ICON_CX - statusIconHalfWidth(SCENE_METRICS.statusIconRadius) - TITLE_ICON_GAP;

const r2 = (value: number): number => Math.round(value * 100) / 100;

export function diamondPoints(cx: number, cy: number, r: number): string {
  return `${r2(cx)},${r2(cy - r)} ${r2(cx + r)},${r2(cy)} ${r2(cx)},${r2(cy + r)} ${r2(cx - r)},${r2(cy)}`;
}

function milestoneShape(variant: TMilestoneVariant, cx: number, cy: number, r: number): SvgShape {
  const points = diamondPoints(cx, cy, r);
  switch (variant) {
    case 'planned':
      return { tag: 'polygon', attrs: { points, fill: '#ffffff', stroke: C.milestone, 'stroke-width': 1.5 } };
    case 'forecast':
      return {
        tag: 'polygon',
        attrs: { points, fill: 'none', stroke: C.milestone, 'stroke-width': 1.5, 'stroke-dasharray': '2.5 2' },
      };
    case 'actual':
      return { tag: 'polygon', attrs: { points, fill: C.milestone, stroke: C.milestone, 'stroke-width': 1 } };
    case 'baseline':
      return { tag: 'polygon', attrs: { points, fill: '#ffffff', stroke: C.milestoneBaseline, 'stroke-width': 1 } };
  }
}

/** Fill opacities of an open bar's steps, from the open side to the dated end. */
const OPEN_BAR_STEPS = [0.12, 0.24, 0.4, 0.62];
const OPEN_BAR_CAP = 3;

/**
 * The bar of a project with one planned date, in the box (x, y, width, height): a solid cap at
 * the dated side, standing out above and below like a bracket, and from there steps fading
 * towards the open side between dashed edges, so the bar visibly has no start (or no end).
 * Steps rather than a gradient: a gradient needs a document-wide id, which the rows of the
 * browser and the pages of the report would have to share.
 */
function openBarShapes(open: 'start' | 'end', x: number, y: number, width: number, height: number): SvgShape[] {
  const colour = C.barWithoutPhases;
  const body = width - OPEN_BAR_CAP;
  const step = body / OPEN_BAR_STEPS.length;
  // The cap sits at the dated side: right without a start, left without an end.
  const capX = open === 'start' ? x + body : x;
  const bodyX = open === 'start' ? x : x + OPEN_BAR_CAP;
  const shapes: SvgShape[] = OPEN_BAR_STEPS.map((opacity, index) => ({
    tag: 'rect',
    attrs: {
      x: r2(open === 'start' ? bodyX + index * step : bodyX + body - (index + 1) * step),
      y,
      width: r2(step),
      height,
      fill: colour,
      'fill-opacity': opacity,
    },
  }));
  const edge = (edgeY: number): SvgShape => ({
    tag: 'line',
    attrs: {
      x1: r2(bodyX),
      y1: edgeY,
      x2: r2(bodyX + body),
      y2: edgeY,
      stroke: colour,
      'stroke-width': 1,
      'stroke-dasharray': '3 2',
    },
  });
  shapes.push(edge(y + 0.5), edge(y + height - 0.5), {
    tag: 'rect',
    attrs: { x: r2(capX), y: y - 2, width: OPEN_BAR_CAP, height: height + 4, fill: colour },
  });
  return shapes;
}

/** Small triangle showing whether a row is expanded (drawn, since PDF fonts lack ▸/▾). */
function expanderShape(x: number, cy: number, expanded: boolean): SvgShape {
  const points = expanded
    ? `${r2(x)},${r2(cy - 3)} ${r2(x + 8)},${r2(cy - 3)} ${r2(x + 4)},${r2(cy + 3)}`
    : `${r2(x + 1)},${r2(cy - 4)} ${r2(x + 7)},${r2(cy)} ${r2(x + 1)},${r2(cy + 4)}`;
  return { tag: 'polygon', attrs: { points, fill: C.mutedText } };
}

function text(x: number, y: number, value: string, attrs: Record<string, string | number> = {}): SvgShape {
  return {
    tag: 'text',
    attrs: { x: r2(x), y: r2(y), 'font-size': LABEL_FONT_SIZE, fill: C.text, ...attrs },
    text: value,
  };
}

/** Shapes of one primitive. The row label is only drawn this way in the static SVG. */
export function drawPrimitive(p: ScenePrimitive): SvgShape[] {
  const m = SCENE_METRICS;
  switch (p.type) {
    case 'headerTick':
      return [
        {
          tag: 'rect',
          attrs: {
            x: r2(p.x),
            y: p.y,
            width: r2(p.width),
            height: p.height,
            fill: C.headerBackground,
            stroke: C.border,
            'stroke-width': 0.5,
          },
        },
        text(p.x + 4, p.y + p.height - 7, truncateText(p.text, p.width - 6, HEADER_FONT_SIZE, p.tier === 'top' ? 'bold' : 'normal'), {
          'font-size': HEADER_FONT_SIZE,
          ...(p.tier === 'top' ? { 'font-weight': 'bold' } : {}),
        }),
      ];
    case 'markerLabel': {
      const colour = p.marker === 'today' ? C.today : C.deadline;
      return [
        {
          tag: 'line',
          attrs: { x1: r2(p.x), y1: p.y, x2: r2(p.x), y2: p.y + m.markerLaneHeight, stroke: colour, 'stroke-width': 1.5, 'data-marker': p.marker },
        },
        text(p.x + 3, p.y + 13, p.text, { 'font-size': MARKER_FONT_SIZE, fill: colour, 'font-weight': 'bold', 'data-marker': p.marker }),
      ];
    }
    case 'rowLabel': {
      const cy = p.y + p.height / 2;
      const baseline = cy + 4;
      const indent = p.depth === 0 ? 0 : (p.depth - 1) * m.indentWidth;
      const shapes: SvgShape[] = [];
      if (p.expandable) shapes.push(expanderShape(p.x + 4 + indent, cy, p.expanded));
      const textX = p.x + m.toggleWidth + indent;
      if (p.kind === 'group') {
        // "30 Projekte" at the right of the label column, as on screen (where collapsed groups
        // show nothing else of their projects); the title gives way to it.
        let titleRight = p.x + m.labelWidth - 8;
        if (p.projectCount !== null) {
          const count = p.projectCount === 1 ? '1 Projekt' : `${p.projectCount} Projekte`;
          const countX = titleRight - estimateTextWidth(count, LABEL_FONT_SIZE);
          shapes.push(text(countX, baseline, count, { fill: C.mutedText }));
          titleRight = countX - 8;
        }
        shapes.push(
          text(textX, baseline, truncateText(p.title, titleRight - textX, LABEL_FONT_SIZE, 'bold'), {
            'font-weight': 'bold',
          }),
        );
        return shapes;
      }
      let titleX = textX;
      if (p.code) {
        shapes.push(
          text(textX, baseline, truncateText(p.code, m.codeWidth - 4, LABEL_FONT_SIZE, 'bold'), {
            'font-weight': 'bold',
          }),
        );
        titleX += m.codeWidth;
      }
      shapes.push(text(titleX, baseline, truncateText(p.title, TITLE_RIGHT - titleX, LABEL_FONT_SIZE)));
      if (p.statusText) {
        shapes.push(
          text(
            m.statusColumnX + 2 * m.statusIconRadius + 6,
            baseline,
            truncateText(p.statusText, m.maturityColumnX - m.statusColumnX - 2 * m.statusIconRadius - 8, LABEL_FONT_SIZE),
          ),
        );
      }
      if (p.maturity !== null) shapes.push(text(m.maturityColumnX + 10, baseline, String(p.maturity)));
      return shapes;
    }
    case 'statusIcon':
      return statusIconParts(p.status, p.cx, p.cy, p.r).map((part) => ({
        tag: 'path',
        attrs: { d: part.d, fill: part.fill, stroke: part.stroke, 'stroke-width': part.strokeWidth },
      }));
    case 'rowBackground':
      return [
        {
          tag: 'rect',
          attrs: {
            x: r2(p.x),
            y: p.y,
            width: r2(p.width),
            height: p.height,
            fill: p.kind === 'group' ? C.groupBackground : p.striped ? C.rowStripe : C.rowBackground,
          },
        },
      ];
    case 'gridLine':
      return [
        {
          tag: 'line',
          attrs: {
            x1: r2(p.x),
            y1: p.y1,
            x2: r2(p.x),
            y2: p.y2,
            stroke: p.major ? C.gridLineMajor : C.gridLine,
            'stroke-width': 1,
          },
        },
      ];
    case 'groupSpan':
      return [
        {
          tag: 'rect',
          attrs: { x: r2(p.x), y: p.y, width: r2(p.width), height: p.height, fill: C.groupSpan, rx: 1 },
        },
      ];
    case 'baselineBar':
      return [
        {
          tag: 'rect',
          attrs: { x: r2(p.x), y: p.y, width: r2(p.width), height: p.height, fill: C.baseline },
        },
      ];
    case 'projectBar':
      if (p.open !== null) return openBarShapes(p.open, p.x, p.y, p.width, p.height);
      return [
        {
          tag: 'rect',
          attrs: p.hasPhases
            ? {
                x: r2(p.x),
                y: p.y,
                width: r2(p.width),
                height: p.height,
                fill: C.barTrack,
                stroke: C.border,
                'stroke-width': 0.5,
                rx: 2,
              }
            : { x: r2(p.x), y: p.y, width: r2(p.width), height: p.height, fill: C.barWithoutPhases, rx: 2 },
        },
      ];
    case 'phaseSegment':
      // The white outline separates adjacent phases independently of their colours.
      return [
        {
          tag: 'rect',
          attrs: {
            x: r2(p.x),
            y: p.y,
            width: r2(p.width),
            height: p.height,
            fill: phaseColour(p.phaseIndex),
            stroke: '#ffffff',
            'stroke-width': 1,
          },
        },
      ];
    case 'phaseName':
      // White on every phase colour has at least 4.5:1 contrast (theme.ts). The pointer passes
      // through to the segment beneath, whose tooltip names the phase in full.
      return [text(p.x, p.y, p.text, { 'font-size': PHASE_FONT_SIZE, fill: '#ffffff', 'pointer-events': 'none' })];
    case 'milestone':
      return [milestoneShape(p.variant, p.cx, p.cy, p.r)];
    case 'dependency': {
      const colour = p.violated ? C.dependencyViolated : C.dependency;
      return [
        {
          tag: 'path',
          attrs: {
            d: p.path,
            fill: 'none',
            stroke: colour,
            'stroke-width': p.violated ? 1.6 : 1.2,
            ...(p.violated ? { 'stroke-dasharray': '4 3' } : {}),
          },
        },
        { tag: 'polygon', attrs: { points: p.arrowHead, fill: colour } },
      ];
    }
    case 'deadline':
      return [
        {
          tag: 'line',
          attrs: {
            x1: r2(p.x),
            y1: p.y1,
            x2: r2(p.x),
            y2: p.y2,
            stroke: C.deadline,
            'stroke-width': 1.5,
            'stroke-dasharray': '6 3',
            'data-marker': 'deadline',
          },
        },
      ];
    case 'today':
      return [
        { tag: 'line', attrs: { x1: r2(p.x), y1: p.y1, x2: r2(p.x), y2: p.y2, stroke: C.today, 'stroke-width': 2, 'data-marker': 'today' } },
      ];
  }
}

export const LEGEND_SYMBOL_WIDTH = 26;
export const LEGEND_SYMBOL_HEIGHT = 14;

/** The symbol of a legend entry inside a LEGEND_SYMBOL_WIDTH × LEGEND_SYMBOL_HEIGHT box at (x, y). */
export function drawLegendSymbol(entry: LegendEntry, x: number, y: number): SvgShape[] {
  const w = LEGEND_SYMBOL_WIDTH;
  const h = LEGEND_SYMBOL_HEIGHT;
  const cy = y + h / 2;
  switch (entry.kind) {
    case 'phase':
      return [{ tag: 'rect', attrs: { x, y: y + 2, width: w, height: h - 4, fill: phaseColour(entry.phaseIndex) } }];
    case 'phases': {
      // Three segments in the first phase colours, outlined as in the bars.
      const third = w / 3;
      return [0, 1, 2].map((index) => ({
        tag: 'rect' as const,
        attrs: { x: r2(x + index * third), y: y + 2, width: r2(third), height: h - 4, fill: phaseColour(index), stroke: '#ffffff', 'stroke-width': 1 },
      }));
    }
    case 'barWithoutPhases':
      return [{ tag: 'rect', attrs: { x, y: y + 2, width: w, height: h - 4, fill: C.barWithoutPhases, rx: 2 } }];
    case 'openBar':
      return openBarShapes(entry.open, x, y + 2, w, h - 4);
    case 'baseline':
      return [{ tag: 'rect', attrs: { x, y: cy - 2, width: w, height: 4, fill: C.baseline } }];
    case 'milestone':
      return [milestoneShape(entry.variant, x + w / 2, cy, entry.variant === 'baseline' ? 4 : 6)];
    case 'dependency': {
      const colour = entry.violated ? C.dependencyViolated : C.dependency;
      return [
        {
          tag: 'path',
          attrs: {
            d: `M${x} ${cy} H${x + w - 6}`,
            fill: 'none',
            stroke: colour,
            'stroke-width': entry.violated ? 1.6 : 1.2,
            ...(entry.violated ? { 'stroke-dasharray': '4 3' } : {}),
          },
        },
        { tag: 'polygon', attrs: { points: `${x + w},${cy} ${x + w - 6},${cy - 4} ${x + w - 6},${cy + 4}`, fill: colour } },
      ];
    }
    case 'deadline':
      return [
        {
          tag: 'line',
          attrs: {
            x1: x + w / 2,
            y1: y,
            x2: x + w / 2,
            y2: y + h,
            stroke: C.deadline,
            'stroke-width': 1.5,
            'stroke-dasharray': '4 2',
            'data-marker': 'deadline',
          },
        },
      ];
    case 'today':
      return [
        { tag: 'line', attrs: { x1: x + w / 2, y1: y, x2: x + w / 2, y2: y + h, stroke: C.today, 'stroke-width': 2, 'data-marker': 'today' } },
      ];
    case 'status':
      return statusIconParts(entry.status, x + w / 2, cy, 6).map((part) => ({
        tag: 'path',
        attrs: { d: part.d, fill: part.fill, stroke: part.stroke, 'stroke-width': part.strokeWidth },
      }));
  }
}
