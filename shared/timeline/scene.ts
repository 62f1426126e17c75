import { addDays } from '../dates/iso-date';
import { isDependencyViolated, projectDependencies } from './dependencies';
import {
  baselineLabel,
  dependencyLabel,
  deadlineLabel,
  groupLabel,
  maturityText,
  milestoneLabel,
  milestoneMainDate,
  phaseLabel,
  projectBarLabel,
  projectStatus,
  rowLabelText,
  statusText,
  todayLabel,
  todayName,
} from './labels';
import { layoutTimelineRows, type LayoutProjectRow, type LayoutRow, type TimelineLayout } from './layout';
import type { TimelineModel, TimelineProject } from './model';
import { createTimeScale, type TimeScale, type TTimelineZoom } from './scale';
import {
  BAR_TARGET,
  LABEL_TARGET,
  milestoneTargetId,
  type DependencyPrimitive,
  type PhaseNamePrimitive,
  type ScenePrimitive,
  type SceneRow,
  type TMilestoneVariant,
} from './primitives';
import { statusShape } from './status-shape';
import { estimateTextWidth, MARKER_FONT_SIZE, PHASE_FONT_SIZE, PHASE_TEXT_PADDING, phaseTextInBar } from './text-fit';
import { KNOWN_PHASES, PHASE_COLOURS } from './theme';

/**
 * The scene: what the timeline shows, as a flat list of drawable primitives in paint order, for a
 * window of rows and a horizontal range. The React Gantt draws the primitives of the visible
 * window; the SVG serialiser draws the whole scene. Neither decides positions or texts itself.
 *
 * Coordinates: `header` primitives are relative to the top-left of the date header; `labels`
 * primitives to the top-left of the label column body; `grid` and `rows` primitives to the
 * top-left of the chart body (x = 0 is scale.start, y = 0 is the first row).
 *
 * The model is treated as immutable: derived data (phase colours, scales, row geometry) is cached
 * per model object.
 */

export * from './primitives';

export const SCENE_METRICS = {
  labelWidth: 400,
  headerTierHeight: 22,
  markerLaneHeight: 18,
  barTop: 8,
  barHeight: 14,
  baselineTop: 24,
  baselineHeight: 4,
  milestoneRadius: 7,
  baselineMilestoneRadius: 4,
  statusIconRadius: 6,
  /** Label column: expand toggle, indentation per level, code, title, status, Reifegrad. */
  toggleWidth: 18,
  indentWidth: 14,
  codeWidth: 62,
  statusColumnX: 250,
  maturityColumnX: 372,
  groupSpanTop: 13,
  groupSpanHeight: 6,
  /**
   * Screen width of an open bar (a project with only one planned date): fixed, so that it reads
   * as "somewhere before/after", not as a duration, at every zoom.
   */
  openBarWidth: 44,
} as const;

/** Centre of a project row's status icon in the label column, just right of the status column's start. */
export const STATUS_ICON_CX = SCENE_METRICS.statusColumnX + SCENE_METRICS.statusIconRadius + 2;

export interface TimelineWindow {
  rowStart?: number;
  rowEnd?: number;
  xStart?: number;
  xEnd?: number;
}

export interface SceneOptions {
  zoom: TTimelineZoom;
  /** Keys of collapsed rows (ignored when `layout` is given). */
  collapsed?: ReadonlySet<string>;
  /** A layout computed by the caller (memoised across scroll frames). */
  layout?: TimelineLayout;
  /** Visible part; defaults to everything. */
  window?: TimelineWindow;
  /** Leave out the date header (default: included). */
  header?: boolean;
  /** Leave out grid lines, deadline and today lines (default: included). */
  markers?: boolean;
}

export interface TimelineScene {
  zoom: TTimelineZoom;
  scale: TimeScale;
  layout: TimelineLayout;
  metrics: { labelWidth: number; headerHeight: number; chartWidth: number; bodyHeight: number };
  window: { rowStart: number; rowEnd: number; xStart: number; xEnd: number; yStart: number; yEnd: number };
  /** Everything drawable in the window, in paint order (built on first access). */
  readonly primitives: ScenePrimitive[];
  /** The row-bound primitives grouped per visible row. */
  rows: SceneRow[];
  /** Date header: period ticks, deadline and today labels. */
  header: ScenePrimitive[];
  /** Row backgrounds, vertical lines and dependency arrows, in paint order. */
  grid: ScenePrimitive[];
  /** The dependency arrows among `grid`. */
  dependencies: DependencyPrimitive[];
}

/* ------------------------------------------------------------------------------------------ */
/* Model-level derived data, cached per model object                                           */
/* ------------------------------------------------------------------------------------------ */

interface MarkerLanes {
  laneByKey: Map<string, number>;
  laneCount: number;
}

interface ModelCache {
  phaseIndex: Map<string, number>;
  /** Phase names some project uses, and whether a dated project has none (for the legend). */
  usedPhases: Set<string>;
  /** Two phases in use share a colour: the bars carry the phases' names (see phasesNamedInBars). */
  phasesNamedInBars: boolean;
  barWithoutPhases: boolean;
  extent: { start: string; end: string };
  scales: Map<TTimelineZoom, TimeScale>;
  markerLanes: Map<TTimelineZoom, MarkerLanes>;
  groupSpans: Map<string, { start: string; end: string }>;
  openBars: OpenBarSummary;
  layout: { collapsed: ReadonlySet<string> | undefined; layout: TimelineLayout } | null;
}

/**
 * Projects with only one planned date, drawn as open bars: whether one lacks its start, whether
 * one lacks its end (for the legend), and the earliest and latest of their known dates (for the
 * opening position). They are not part of a group's span: that is a Laufzeit from start to end.
 */
export interface OpenBarSummary {
  withoutStart: boolean;
  withoutEnd: boolean;
  /** null when there is no open bar. */
  range: { start: string; end: string } | null;
}

/**
 * What the Gantt needs from the whole model before its first row: which phases the projects use
 * (in order of first use), whether a project with dates has none, the earliest and latest date of
 * any project, phase or milestone, each group's planned span and the projects with one date.
 */
export interface ModelSummary {
  usedPhases: string[];
  barWithoutPhases: boolean;
  /** null when no project has a date. */
  dateRange: { start: string; end: string } | null;
  groupSpans: Map<string, { start: string; end: string }>;
  openBars: OpenBarSummary;
}

/** Adds a project's planned dates to `openBars` when it has exactly one of them. */
export function addOpenBar(openBars: OpenBarSummary, plannedStart: string | null, plannedEnd: string | null): void {
  const date = plannedStart === null ? plannedEnd : plannedEnd === null ? plannedStart : null;
  if (date === null) return;
  if (plannedStart === null) openBars.withoutStart = true;
  else openBars.withoutEnd = true;
  if (!openBars.range) openBars.range = { start: date, end: date };
  else {
    if (date < openBars.range.start) openBars.range.start = date;
    if (date > openBars.range.end) openBars.range.end = date;
  }
}

const modelCaches = new WeakMap<TimelineModel, ModelCache>();
const knownSummaries = new WeakMap<TimelineModel, ModelSummary>();

/**
 * Hands over a summary computed where it is cheaper than a pass over the model: the decoder of the
 * wire form has every date as an index into a sorted table. It must equal summariseModel(model)
 * (wire.test.ts checks that the scenes are the same).
 */
export function provideModelSummary(model: TimelineModel, summary: ModelSummary): void {
  if (!modelCaches.has(model)) knownSummaries.set(model, summary);
}

/** The summary in one plain loop over the projects. */
export function summariseModel(model: TimelineModel): ModelSummary {
  const usedPhases = new Set<string>();
  let barWithoutPhases = false;
  const groupSpans = new Map<string, { start: string; end: string }>();
  const openBars: OpenBarSummary = { withoutStart: false, withoutEnd: false, range: null };
  let min: string | null = null;
  let max: string | null = null;
  const include = (date: string | null): void => {
    if (date === null) return;
    if (min === null || date < min) min = date;
    if (max === null || date > max) max = date;
  };
  for (const project of model.rows) {
    const { plannedStart, plannedEnd } = project;
    include(plannedStart);
    include(plannedEnd);
    include(project.baselineStart);
    include(project.baselineEnd);
    for (const phase of project.phases) {
      usedPhases.add(phase.name);
      include(phase.start);
      include(phase.end);
    }
    for (const milestone of project.milestones) {
      include(milestone.plannedDate);
      include(milestone.baselineDate);
      include(milestone.forecastDate);
      include(milestone.actualDate);
    }
    if (plannedStart && plannedEnd) {
      if (project.phases.length === 0) barWithoutPhases = true;
      const span = groupSpans.get(project.groupId);
      if (!span) groupSpans.set(project.groupId, { start: plannedStart, end: plannedEnd });
      else {
        if (plannedStart < span.start) span.start = plannedStart;
        if (plannedEnd > span.end) span.end = plannedEnd;
      }
    } else addOpenBar(openBars, plannedStart, plannedEnd);
  }
  const dateRange = min !== null && max !== null ? { start: min as string, end: max as string } : null;
  return { usedPhases: [...usedPhases], barWithoutPhases, dateRange, groupSpans, openBars };
}

/**
 * Everything derived from the whole model, cached per model object: it is needed before the first
 * paint, when the code is still cold, so every extra pass over thousands of projects shows in the
 * time to the first rows.
 */
function modelCache(model: TimelineModel): ModelCache {
  const cached = modelCaches.get(model);
  if (cached) return cached;
  const summary = knownSummaries.get(model) ?? summariseModel(model);
  knownSummaries.delete(model);

  // The organisation's numbering (the same on all its timelines), else the order of first use.
  const phaseIndex = new Map<string, number>();
  KNOWN_PHASES.forEach((name, index) => phaseIndex.set(name, index));
  let nextPhaseIndex = KNOWN_PHASES.length;
  for (const [name, index] of Object.entries(model.phaseIndex ?? {})) {
    phaseIndex.set(name, index);
    if (index >= nextPhaseIndex) nextPhaseIndex = index + 1;
  }
  for (const name of summary.usedPhases) if (!phaseIndex.has(name)) phaseIndex.set(name, nextPhaseIndex++);
  // Earliest and latest date anywhere in the model, today and the legal deadlines included.
  let min = model.today;
  let max = model.today;
  for (const date of [...model.deadlines.map((deadline) => deadline.date), summary.dateRange?.start, summary.dateRange?.end]) {
    if (date === undefined) continue;
    if (date < min) min = date;
    if (date > max) max = date;
  }
  const colourSlots = new Set<number>();
  for (const name of summary.usedPhases) colourSlots.add((phaseIndex.get(name) as number) % PHASE_COLOURS.length);
  const created: ModelCache = {
    phaseIndex,
    usedPhases: new Set(summary.usedPhases),
    phasesNamedInBars: colourSlots.size < summary.usedPhases.length,
    barWithoutPhases: summary.barWithoutPhases,
    extent: { start: min, end: max },
    scales: new Map(),
    markerLanes: new Map(),
    groupSpans: summary.groupSpans,
    openBars: summary.openBars,
    layout: null,
  };
  modelCaches.set(model, created);
  return created;
}

/**
 * Where a chart opens: today a third from the left edge, when projects run around today. When
 * all project bars lie in the past (or the future) that view would show empty rows (a single
 * later milestone does not change that): then the last bar end (or first bar start) is brought
 * into view, a third from the nearer edge. Open bars count with their one date: a plan of
 * deadlines only ("bis Ende 2022") opens on them too. Returns the left edge in px.
 */
export function initialScrollX(model: TimelineModel, zoom: TTimelineZoom, viewWidth: number): number {
  const scale = getTimelineScale(model, zoom);
  const cache = modelCache(model);
  let range: { start: string; end: string } | null = null;
  const spans = cache.openBars.range ? [cache.openBars.range, ...cache.groupSpans.values()] : cache.groupSpans.values();
  for (const span of spans) {
    if (!range) range = { ...span };
    else {
      if (span.start < range.start) range.start = span.start;
      if (span.end > range.end) range.end = span.end;
    }
  }
  let x = scale.x(model.today) - viewWidth / 3;
  if (range && range.end < model.today && scale.x(range.end) < x) x = scale.x(range.end) - (viewWidth * 2) / 3;
  else if (range && range.start > model.today && scale.x(range.start) > x + viewWidth) x = scale.x(range.start) - viewWidth / 3;
  return Math.round(Math.max(0, Math.min(Math.max(0, scale.width - viewWidth), x)));
}

/** The scale of the model's whole date range at `zoom` (cached). */
export function getTimelineScale(model: TimelineModel, zoom: TTimelineZoom): TimeScale {
  const cache = modelCache(model);
  let scale = cache.scales.get(zoom);
  if (!scale) {
    // Room after the last date, so that a marker label there (e.g. OZG 31.12.2022) is not cut off.
    scale = createTimeScale(zoom, cache.extent.start, addDays(cache.extent.end, 90));
    cache.scales.set(zoom, scale);
  }
  return scale;
}

/**
 * Colour index of every phase name in the model: as the model's phaseIndex gives it (the
 * organisation's numbering), else known phases first, others as they appear.
 */
export function getPhaseIndex(model: TimelineModel): ReadonlyMap<string, number> {
  return modelCache(model).phaseIndex;
}

/** Whether some project lacks its planned start, or its planned end, but has the other date. */
export function getOpenBarUsage(model: TimelineModel): { withoutStart: boolean; withoutEnd: boolean } {
  const { withoutStart, withoutEnd } = modelCache(model).openBars;
  return { withoutStart, withoutEnd };
}

/** The phase names the projects use, and whether a project with dates has no phases. */
/**
 * Whether the bars carry their phases' names. Only where the colours cannot tell the phases apart:
 * phases named per project (Werl's plan has 21 names) share the eight phase colours, and a legend
 * in which one colour stands for three phases explains nothing. Where each phase in use has a
 * colour of its own, the legend names them and the bars stay plain.
 */
export function phasesNamedInBars(model: TimelineModel): boolean {
  return modelCache(model).phasesNamedInBars;
}

export function getPhaseUsage(model: TimelineModel): { used: ReadonlySet<string>; barWithoutPhases: boolean } {
  const cache = modelCache(model);
  return { used: cache.usedPhases, barWithoutPhases: cache.barWithoutPhases };
}

/** Layout with the given collapse state; the last one per model is cached. */
export function getTimelineLayout(model: TimelineModel, collapsed?: ReadonlySet<string>): TimelineLayout {
  const cache = modelCache(model);
  if (cache.layout && cache.layout.collapsed === collapsed) return cache.layout.layout;
  const layout = layoutTimelineRows(model, { collapsed });
  cache.layout = { collapsed, layout };
  return layout;
}

function markerLanes(model: TimelineModel, scale: TimeScale): MarkerLanes {
  const cache = modelCache(model);
  const cached = cache.markerLanes.get(scale.zoom);
  if (cached) return cached;
  const markers = [
    ...model.deadlines.map((deadline) => ({ key: `deadline:${deadline.id}`, date: deadline.date, text: deadline.label })),
    { key: 'today', date: model.today, text: todayName(model) },
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Greedy: each label goes into the first lane where it does not overlap the previous one.
  const laneEnds: number[] = [];
  const laneByKey = new Map<string, number>();
  for (const marker of markers) {
    const left = scale.x(marker.date) + 3;
    const right = left + estimateTextWidth(marker.text, MARKER_FONT_SIZE, 'bold') + 8;
    let lane = laneEnds.findIndex((end) => end <= left);
    if (lane === -1) {
      lane = laneEnds.length < 3 ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    }
    laneEnds[lane] = right;
    laneByKey.set(marker.key, lane);
  }
  const lanes = { laneByKey, laneCount: Math.max(1, laneEnds.length) };
  cache.markerLanes.set(scale.zoom, lanes);
  return lanes;
}

/** Height of the date header (two tiers plus the lanes of deadline/today labels). */
export function headerHeight(model: TimelineModel, zoom: TTimelineZoom): number {
  const lanes = markerLanes(model, getTimelineScale(model, zoom));
  return SCENE_METRICS.headerTierHeight * 2 + lanes.laneCount * SCENE_METRICS.markerLaneHeight;
}

/* ------------------------------------------------------------------------------------------ */
/* Row primitives                                                                              */
/* ------------------------------------------------------------------------------------------ */

/**
 * Whether the chart draws anything in a project's row: a bar (an open bar for one planned date),
 * a baseline or a milestone. A chart none of whose projects does shows empty rows.
 */
export function hasChartDates(project: TimelineProject): boolean {
  if (project.plannedStart || project.plannedEnd || (project.baselineStart && project.baselineEnd)) return true;
  return project.milestones.some((milestone) => milestoneMainDate(milestone) !== null);
}

/** Focus targets of a row in keyboard order. */
export function rowFocusTargets(row: LayoutRow): string[] {
  if (row.kind === 'group') return [LABEL_TARGET];
  const { project } = row;
  const targets = [LABEL_TARGET];
  // A project with one planned date is drawn as an open bar, a target like a bar.
  if (project.plannedStart || project.plannedEnd) targets.push(BAR_TARGET);
  const dated = project.milestones
    .map((milestone, order) => ({ milestone, order, date: milestoneMainDate(milestone) }))
    .filter((entry): entry is { milestone: (typeof entry)['milestone']; order: number; date: string } => entry.date !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  for (const entry of dated) targets.push(milestoneTargetId(entry.milestone.id));
  return targets;
}

/**
 * Left and right edge of the open bar of a project with one planned date: openBarWidth px ending
 * after the last day (no start) or beginning at the first day (no end).
 */
function openBarExtent(scale: TimeScale, start: string | null, end: string | null): { x: number; width: number } {
  const width = SCENE_METRICS.openBarWidth;
  if (end !== null) return { x: scale.x(end) + scale.pxPerDay - width, width };
  return { x: scale.x(start as string), width };
}

/** Whether a project is drawn as a bar: a full one, or an open one with one planned date. */
function isDrawnBar(project: TimelineProject): boolean {
  return project.plannedStart !== null || project.plannedEnd !== null;
}

/** Left and right edge of a bar from `start` to `end`, both days included. */
function barExtent(scale: TimeScale, start: string, end: string): { x: number; width: number } {
  const x = scale.x(start);
  const right = scale.x(end < start ? start : end) + scale.pxPerDay;
  return { x, width: Math.max(1, right - x) };
}

function buildRowPrimitives(model: TimelineModel, row: LayoutRow, scale: TimeScale, cache: ModelCache): SceneRow {
  const m = SCENE_METRICS;
  const labels: ScenePrimitive[] = [];
  const background: ScenePrimitive[] = [];
  const items: ScenePrimitive[] = [];
  const { key: rowKey, y, height } = row;

  background.push({
    key: `bg:${rowKey}`,
    layer: 'grid',
    type: 'rowBackground',
    rowKey,
    kind: row.kind,
    striped: row.index % 2 === 1,
    x: 0,
    y,
    width: scale.width,
    height,
  });

  if (row.kind === 'group') {
    const span = cache.groupSpans.get(row.group.id) ?? null;
    const label = groupLabel(row.group.title, row.projectCount, span?.start ?? null, span?.end ?? null);
    labels.push({
      key: `label:${rowKey}`,
      layer: 'labels',
      type: 'rowLabel',
      rowKey,
      kind: 'group',
      x: 0,
      y,
      width: m.labelWidth,
      height,
      depth: 0,
      code: null,
      title: row.group.title,
      statusText: null,
      maturity: null,
      maturityText: null,
      expandable: row.expandable,
      expanded: row.expanded,
      projectCount: row.projectCount,
      label,
    });
    if (span) {
      const extent = barExtent(scale, span.start, span.end);
      items.push({
        key: `span:${rowKey}`,
        layer: 'rows',
        type: 'groupSpan',
        rowKey,
        ...extent,
        y: y + m.groupSpanTop,
        height: m.groupSpanHeight,
        start: span.start,
        end: span.end,
        label,
      });
    }
    return { row, labels, background, items, targets: rowFocusTargets(row) };
  }

  const { project } = row;
  const status = projectStatus(project);
  const statusLabel = statusText(project);
  labels.push({
    key: `label:${rowKey}`,
    layer: 'labels',
    type: 'rowLabel',
    rowKey,
    kind: 'project',
    x: 0,
    y,
    width: m.labelWidth,
    height,
    depth: row.depth,
    code: project.code,
    title: project.title,
    statusText: statusLabel,
    maturity: project.maturity,
    maturityText: maturityText(project.maturity),
    expandable: row.expandable,
    expanded: row.expanded,
    projectCount: null,
    label: rowLabelText(project),
  });
  labels.push({
    key: `status:${rowKey}`,
    layer: 'labels',
    type: 'statusIcon',
    rowKey,
    status,
    shape: statusShape(status),
    cx: STATUS_ICON_CX,
    cy: y + height / 2,
    r: m.statusIconRadius,
    text: statusLabel,
    label: `Status: ${statusLabel}`,
  });

  if (project.baselineStart && project.baselineEnd) {
    items.push({
      key: `baseline:${project.id}`,
      layer: 'rows',
      type: 'baselineBar',
      rowKey,
      projectId: project.id,
      ...barExtent(scale, project.baselineStart, project.baselineEnd),
      y: y + m.baselineTop,
      height: m.baselineHeight,
      start: project.baselineStart,
      end: project.baselineEnd,
      label: baselineLabel(project),
    });
  }

  const milestoneY = y + m.barTop + m.barHeight / 2;
  const baselineMilestoneY = y + m.baselineTop + m.baselineHeight / 2;
  // One name per milestone, shared by all its diamonds (baseline, planned, forecast, actual).
  const milestoneLabels = project.milestones.map((milestone) => milestoneLabel(project, milestone, model.today));
  project.milestones.forEach((milestone, position) => {
    if (!milestone.baselineDate) return;
    items.push({
      key: `ms:${project.id}:${milestone.id}:baseline`,
      layer: 'rows',
      type: 'milestone',
      rowKey,
      projectId: project.id,
      milestoneId: milestone.id,
      targetId: milestoneTargetId(milestone.id),
      variant: 'baseline',
      date: milestone.baselineDate,
      cx: scale.x(milestone.baselineDate),
      cy: baselineMilestoneY,
      r: m.baselineMilestoneRadius,
      editable: false,
      label: milestoneLabels[position] as string,
    });
  });

  const { plannedStart, plannedEnd } = project;
  if (plannedStart || plannedEnd) {
    const open = plannedStart === null ? 'start' : plannedEnd === null ? 'end' : null;
    items.push({
      key: `bar:${project.id}`,
      layer: 'rows',
      type: 'projectBar',
      rowKey,
      projectId: project.id,
      targetId: BAR_TARGET,
      ...(open === null
        ? barExtent(scale, plannedStart as string, plannedEnd as string)
        : openBarExtent(scale, plannedStart, plannedEnd)),
      y: y + m.barTop,
      height: m.barHeight,
      start: plannedStart,
      end: plannedEnd,
      open,
      hasPhases: project.phases.length > 0,
      // Only a planned end can be moved on the chart.
      editable: project.editable && plannedEnd !== null,
      label: projectBarLabel(project, projectDependencies(model, project.id)),
    });
  }
  const phaseNames: { primitive: PhaseNamePrimitive; name: string }[] = [];
  project.phases.forEach((phase, order) => {
    const extent = barExtent(scale, phase.start, phase.end);
    items.push({
      key: `phase:${project.id}:${order}`,
      layer: 'rows',
      type: 'phaseSegment',
      rowKey,
      projectId: project.id,
      phaseName: phase.name,
      phaseIndex: cache.phaseIndex.get(phase.name) ?? -1,
      ...extent,
      y: y + m.barTop,
      height: m.barHeight,
      start: phase.start,
      end: phase.end,
      label: phaseLabel(project, phase),
    });
    const shown = cache.phasesNamedInBars ? phaseTextInBar(phase.name, extent.width) : null;
    if (shown !== null) {
      phaseNames.push({
        name: phase.name,
        primitive: {
        key: `phase-name:${project.id}:${order}`,
        layer: 'rows',
        type: 'phaseName',
        rowKey,
        projectId: project.id,
        x: extent.x + PHASE_TEXT_PADDING,
        y: y + m.barTop + m.barHeight / 2 + PHASE_FONT_SIZE * 0.35,
        segmentX: extent.x,
        segmentWidth: extent.width,
        text: shown,
        name: phase.name,
        },
      });
    }
  });
  // Above all segments (their white outlines), beneath the milestones.
  for (const { primitive } of phaseNames) items.push(primitive);

  project.milestones.forEach((milestone, position) => {
    const label = milestoneLabels[position] as string;
    const variants: [TMilestoneVariant, string][] = [];
    if (milestone.plannedDate) variants.push(['planned', milestone.plannedDate]);
    // A forecast is only news while the milestone is open and the forecast differs from the plan.
    if (milestone.forecastDate && !milestone.actualDate && milestone.forecastDate !== milestone.plannedDate) {
      variants.push(['forecast', milestone.forecastDate]);
    }
    if (milestone.actualDate) variants.push(['actual', milestone.actualDate]);
    for (const [variant, date] of variants) {
      items.push({
        key: `ms:${project.id}:${milestone.id}:${variant}`,
        layer: 'rows',
        type: 'milestone',
        rowKey,
        projectId: project.id,
        milestoneId: milestone.id,
        targetId: milestoneTargetId(milestone.id),
        variant,
        date,
        cx: scale.x(date),
        cy: milestoneY,
        r: m.milestoneRadius,
        editable: variant === 'planned' && project.editable,
        label,
      });
    }
  });

  // A milestone on a phase boundary would cover the first letters of the next phase's name: the
  // name starts right of the diamond, cut anew to the rest of its segment.
  for (const { primitive: p, name } of phaseNames) {
    let x = p.x;
    for (const item of items) {
      if (item.type === 'milestone' && item.variant !== 'baseline' && item.cx + item.r > x - 1 && item.cx - item.r < x + PHASE_FONT_SIZE) {
        x = item.cx + item.r + 2;
      }
    }
    if (x === p.x) continue;
    const shown = phaseTextInBar(name, p.segmentX + p.segmentWidth - x + PHASE_TEXT_PADDING);
    if (shown === null) {
      items.splice(items.indexOf(p), 1);
      continue;
    }
    p.x = x;
    p.text = shown;
  }

  return { row, labels, background, items, targets: rowFocusTargets(row) };
}

interface RowCacheEntry {
  model: TimelineModel;
  scale: TimeScale;
  row: SceneRow;
  /** The last scene (sceneGeneration) that showed the row. */
  used: number;
}

/**
 * Recently built rows. Bounded: scrolling through thousands of rows must not keep all their
 * primitives (and the markup renderers derive from them) alive. A hit only stamps the entry with
 * the current scene, so the rows that stay in view cost no allocation per scroll frame; when the
 * cache overflows, the least recently used half goes at once (never a row of the current scene).
 */
const ROW_CACHE_LIMIT = 200;
const rowCache = new Map<LayoutRow, RowCacheEntry>();
/** Counts scenes built; an entry's `used` is the last scene that showed its row. */
let sceneGeneration = 0;

function evictRows(): void {
  const stamps: number[] = [];
  for (const entry of rowCache.values()) stamps.push(entry.used);
  stamps.sort((a, b) => a - b);
  const cutoff = stamps[stamps.length - ROW_CACHE_LIMIT / 2] as number;
  for (const [row, entry] of rowCache) if (entry.used < cutoff) rowCache.delete(row);
}

function rowPrimitives(model: TimelineModel, row: LayoutRow, scale: TimeScale, cache: ModelCache): SceneRow {
  const cached = rowCache.get(row);
  if (cached !== undefined && cached.model === model && cached.scale === scale) {
    cached.used = sceneGeneration;
    return cached.row;
  }
  const built = buildRowPrimitives(model, row, scale, cache);
  if (cached !== undefined) {
    cached.model = model;
    cached.scale = scale;
    cached.row = built;
    cached.used = sceneGeneration;
    return built;
  }
  rowCache.set(row, { model, scale, row: built, used: sceneGeneration });
  if (rowCache.size > ROW_CACHE_LIMIT) evictRows();
  return built;
}

/** Whether a row primitive meets the horizontal range [xStart, xEnd] (unbounded kinds always do). */
function meetsRange(p: ScenePrimitive, xStart: number, xEnd: number): boolean {
  switch (p.type) {
    case 'groupSpan':
    case 'baselineBar':
    case 'projectBar':
    case 'phaseSegment':
      return p.x + p.width >= xStart && p.x <= xEnd;
    case 'phaseName':
      return p.segmentX + p.segmentWidth >= xStart && p.segmentX <= xEnd;
    case 'milestone':
      return p.cx + p.r >= xStart && p.cx - p.r <= xEnd;
    default:
      return true;
  }
}

/** Keeps the cached array itself when nothing is cut, so renderers can compare by identity. */
function clipItems(items: ScenePrimitive[], xStart: number, xEnd: number): ScenePrimitive[] {
  let kept: ScenePrimitive[] | null = null;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index] as ScenePrimitive;
    const visible = meetsRange(item, xStart, xEnd);
    if (!visible && kept === null) kept = items.slice(0, index);
    else if (visible && kept !== null) kept.push(item);
  }
  return kept ?? items;
}

/* ------------------------------------------------------------------------------------------ */
/* Scene                                                                                       */
/* ------------------------------------------------------------------------------------------ */

const round = (value: number): number => Math.round(value * 10) / 10;

function dependencyPrimitive(
  from: TimelineProject,
  to: TimelineProject,
  fromRow: LayoutRow,
  toRow: LayoutRow,
  scale: TimeScale,
): DependencyPrimitive | null {
  if (!isDrawnBar(from) || !isDrawnBar(to)) return null;
  const m = SCENE_METRICS;
  const violated = isDependencyViolated(from, to);
  // From the predecessor's end to the successor's start; an open bar (one planned date) has no
  // such date, and the arrow meets its open side instead: that the order is planned still shows.
  const openEnd = from.plannedEnd ? null : openBarExtent(scale, from.plannedStart, null);
  const x1 = openEnd ? openEnd.x + openEnd.width : scale.x(from.plannedEnd as string) + scale.pxPerDay;
  const y1 = fromRow.y + m.barTop + m.barHeight / 2;
  const x2 = to.plannedStart ? scale.x(to.plannedStart) : openBarExtent(scale, null, to.plannedEnd).x;
  const y2 = toRow.y + m.barTop + m.barHeight / 2;
  const head = 6;
  const stub = 8;
  let path: string;
  let minX = x1;
  let minY = Math.min(y1, y2);
  let maxY = Math.max(y1, y2);
  if (x2 - x1 >= stub * 2 + head) {
    path = `M${round(x1)} ${round(y1)} H${round(x1 + stub)} V${round(y2)} H${round(x2 - head)}`;
  } else {
    // Back-routing: leave the predecessor, turn between the rows, come in from the left.
    const turnY = y2 >= y1 ? toRow.y : toRow.y + toRow.height;
    path =
      `M${round(x1)} ${round(y1)} H${round(x1 + stub)} V${round(turnY)} ` +
      `H${round(x2 - stub - head)} V${round(y2)} H${round(x2 - head)}`;
    minX = Math.min(x1, x2 - stub - head);
    minY = Math.min(minY, turnY);
    maxY = Math.max(maxY, turnY);
  }
  const maxX = Math.max(x1 + stub, x2);
  return {
    key: `dep:${from.id}:${to.id}`,
    layer: 'grid',
    type: 'dependency',
    fromId: from.id,
    toId: to.id,
    violated,
    path,
    arrowHead: `${round(x2)},${round(y2)} ${round(x2 - head)},${round(y2 - 4)} ${round(x2 - head)},${round(y2 + 4)}`,
    x: round(minX),
    y: round(minY - 4),
    width: round(maxX - minX),
    height: round(maxY - minY + 8),
    label: dependencyLabel(from, to),
  };
}

/**
 * The drawable dependencies of a layout, resolved once: both ends' row indices, distinct, each with
 * an end date and a start date; their arrows are built when first shown and kept per scale. A
 * scroll frame then only compares row indices.
 */
interface ResolvedDependencies {
  count: number;
  /** Upper and lower row index of each dependency's ends. */
  low: Int32Array;
  high: Int32Array;
  fromRow: LayoutProjectRow[];
  toRow: LayoutProjectRow[];
  scale: TimeScale | null;
  /** undefined: not built yet at `scale`. */
  arrows: (DependencyPrimitive | null | undefined)[];
}

const dependencyCaches = new WeakMap<TimelineLayout, ResolvedDependencies>();

function resolvedDependencies(model: TimelineModel, layout: TimelineLayout, scale: TimeScale): ResolvedDependencies {
  let resolved = dependencyCaches.get(layout);
  if (!resolved) {
    const fromRow: LayoutProjectRow[] = [];
    const toRow: LayoutProjectRow[] = [];
    const seen = new Set<string>();
    for (const dependency of model.dependencies) {
      const fromIndex = layout.indexByProjectId.get(dependency.fromId);
      const toIndex = layout.indexByProjectId.get(dependency.toId);
      if (fromIndex === undefined || toIndex === undefined || fromIndex === toIndex) continue;
      const from = layout.rows[fromIndex] as LayoutProjectRow;
      const to = layout.rows[toIndex] as LayoutProjectRow;
      if (!isDrawnBar(from.project) || !isDrawnBar(to.project)) continue;
      const key = `${dependency.fromId}>${dependency.toId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fromRow.push(from);
      toRow.push(to);
    }
    const count = fromRow.length;
    const low = new Int32Array(count);
    const high = new Int32Array(count);
    for (let i = 0; i < count; i += 1) {
      const fromIndex = (fromRow[i] as LayoutProjectRow).index;
      const toIndex = (toRow[i] as LayoutProjectRow).index;
      low[i] = Math.min(fromIndex, toIndex);
      high[i] = Math.max(fromIndex, toIndex);
    }
    resolved = { count, low, high, fromRow, toRow, scale: null, arrows: [] };
    dependencyCaches.set(layout, resolved);
  }
  if (resolved.scale !== scale) {
    resolved.scale = scale;
    resolved.arrows = new Array<DependencyPrimitive | null | undefined>(resolved.count).fill(undefined);
  }
  return resolved;
}

/** Period grid lines, legal-deadline markers and the today line for [xStart, xEnd], from y1 to y2. */
function verticalMarkers(
  model: TimelineModel,
  scale: TimeScale,
  xStart: number,
  xEnd: number,
  y1: number,
  y2: number,
): ScenePrimitive[] {
  const markers: ScenePrimitive[] = [];
  const majorStarts = new Set(scale.ticks('top', xStart, xEnd).map((tick) => tick.start));
  for (const tick of scale.ticks('bottom', xStart, xEnd)) {
    if (tick.x === 0) continue;
    markers.push({
      key: `grid:${tick.start}`,
      layer: 'grid',
      type: 'gridLine',
      major: majorStarts.has(tick.start),
      x: tick.x,
      y1,
      y2,
    });
  }
  for (const deadline of model.deadlines) {
    const x = scale.x(deadline.date);
    if (x < xStart || x > xEnd) continue;
    markers.push({
      key: `deadline:${deadline.id}`,
      layer: 'grid',
      type: 'deadline',
      deadlineId: deadline.id,
      date: deadline.date,
      x,
      y1,
      y2,
      text: deadline.label,
      label: deadlineLabel(deadline, model.today),
    });
  }
  const todayX = scale.x(model.today);
  if (todayX >= xStart && todayX <= xEnd) {
    markers.push({
      key: 'today',
      layer: 'grid',
      type: 'today',
      date: model.today,
      x: todayX,
      y1,
      y2,
      label: todayLabel(model.today, todayName(model)),
    });
  }
  return markers;
}

/**
 * The vertical lines alone (grid, deadlines, today) for a horizontal range: they do not depend on
 * the rows, so the browser draws them once per horizontal window in a layer that stays put while
 * rows scroll past.
 */
export function buildVerticalMarkers(
  model: TimelineModel,
  zoom: TTimelineZoom,
  range: { xStart: number; xEnd: number; y1: number; y2: number },
): ScenePrimitive[] {
  const scale = getTimelineScale(model, zoom);
  return verticalMarkers(model, scale, Math.max(0, range.xStart), Math.min(scale.width, range.xEnd), range.y1, range.y2);
}

export function buildTimelineScene(model: TimelineModel, options: SceneOptions): TimelineScene {
  sceneGeneration += 1;
  const cache = modelCache(model);
  const scale = getTimelineScale(model, options.zoom);
  const layout = options.layout ?? getTimelineLayout(model, options.collapsed);
  const lanes = markerLanes(model, scale);
  const m = SCENE_METRICS;
  const tierHeight = m.headerTierHeight;
  const markerTop = tierHeight * 2;

  const rowCount = layout.rows.length;
  const rowStart = Math.max(0, Math.min(rowCount, options.window?.rowStart ?? 0));
  const rowEnd = Math.max(rowStart, Math.min(rowCount, options.window?.rowEnd ?? rowCount));
  const xStart = Math.max(0, options.window?.xStart ?? 0);
  const xEnd = Math.min(scale.width, options.window?.xEnd ?? scale.width);
  const firstRow = layout.rows[rowStart];
  const lastRow = layout.rows[rowEnd - 1];
  const yStart = firstRow ? firstRow.y : 0;
  const yEnd = lastRow ? lastRow.y + lastRow.height : yStart;

  const header: ScenePrimitive[] = [];
  const withHeader = options.header !== false;
  for (const tier of withHeader ? (['top', 'bottom'] as const) : []) {
    for (const tick of scale.ticks(tier, xStart, xEnd)) {
      header.push({
        key: `tick:${tier}:${tick.start}`,
        layer: 'header',
        type: 'headerTick',
        tier,
        x: tick.x,
        y: tier === 'top' ? 0 : tierHeight,
        width: tick.width,
        height: tierHeight,
        text: tick.text,
        label: tick.title,
      });
    }
  }

  const grid: ScenePrimitive[] = [];
  const sceneRows: SceneRow[] = [];
  for (let index = rowStart; index < rowEnd; index += 1) {
    const full = rowPrimitives(model, layout.rows[index] as LayoutRow, scale, cache);
    const items = clipItems(full.items, xStart, xEnd);
    sceneRows.push(
      items === full.items
        ? full
        : { row: full.row, labels: full.labels, background: full.background, items, targets: full.targets },
    );
    for (const primitive of full.background) grid.push(primitive);
  }

  for (const deadline of withHeader ? model.deadlines : []) {
    const x = scale.x(deadline.date);
    if (x < xStart || x > xEnd) continue;
    const lane = lanes.laneByKey.get(`deadline:${deadline.id}`) ?? 0;
    header.push({
      key: `deadline-label:${deadline.id}`,
      layer: 'header',
      type: 'markerLabel',
      marker: 'deadline',
      x,
      y: markerTop + lane * m.markerLaneHeight,
      text: deadline.label,
      label: deadlineLabel(deadline, model.today),
    });
  }
  const todayX = scale.x(model.today);
  if (withHeader && todayX >= xStart && todayX <= xEnd) {
    header.push({
      key: 'today-label',
      layer: 'header',
      type: 'markerLabel',
      marker: 'today',
      x: todayX,
      y: markerTop + (lanes.laneByKey.get('today') ?? 0) * m.markerLaneHeight,
      text: todayName(model),
      label: todayLabel(model.today, todayName(model)),
    });
  }
  if (options.markers !== false && rowEnd > rowStart) {
    grid.push(...verticalMarkers(model, scale, xStart, xEnd, yStart, yEnd));
  }

  // An arrow is drawn when both ends are visible rows and its box meets the window.
  const dependencies: DependencyPrimitive[] = [];
  const resolved = resolvedDependencies(model, layout, scale);
  for (let i = 0; i < resolved.count; i += 1) {
    if ((resolved.high[i] as number) < rowStart || (resolved.low[i] as number) >= rowEnd) continue;
    let arrow = resolved.arrows[i];
    if (arrow === undefined) {
      const fromRow = resolved.fromRow[i] as LayoutProjectRow;
      const toRow = resolved.toRow[i] as LayoutProjectRow;
      arrow = dependencyPrimitive(fromRow.project, toRow.project, fromRow, toRow, scale);
      resolved.arrows[i] = arrow;
    }
    if (!arrow || arrow.x + arrow.width + 40 < xStart || arrow.x - 40 > xEnd) continue;
    grid.push(arrow);
    dependencies.push(arrow);
  }

  // The flat list is only built when asked for: a scrolling browser reads `rows` and the layers.
  let primitives: ScenePrimitive[] | null = null;
  return {
    zoom: options.zoom,
    scale,
    layout,
    metrics: {
      labelWidth: m.labelWidth,
      headerHeight: markerTop + lanes.laneCount * m.markerLaneHeight,
      chartWidth: scale.width,
      bodyHeight: layout.height,
    },
    window: { rowStart, rowEnd, xStart, xEnd, yStart, yEnd },
    get primitives() {
      if (primitives === null) {
        primitives = [...header, ...grid];
        for (const sceneRow of sceneRows) primitives.push(...sceneRow.labels, ...sceneRow.items);
      }
      return primitives;
    },
    rows: sceneRows,
    header,
    grid,
    dependencies,
  };
}
